// In-memory content for stories: the starter pack, validated once (no network).
import { loadContentPack, type Media } from '@workroom/education'
import { starterPackJson } from '../../packages/education/src/content/starter.js'

export const starter = loadContentPack(starterPackJson)
export const lessonById = (id: string) => starter.lessons.find((x) => x.id === id)!
export const caseById = (id: string) => starter.cases.find((x) => x.id === id)!
export const quizById = (id: string) => starter.quizzes.find((x) => x.id === id)!

export const sampleVideo: Media = {
  id: 'wages-video',
  topic: 'work',
  title: { 'zh-Hans': '三分钟讲清讨薪', en: 'Claiming unpaid wages in three minutes' },
  src: 'video/wages.mp4',
  captions: [
    { src: 'video/wages.zh.vtt', lang: 'zh-Hans', label: '中文字幕' },
    { src: 'video/wages.en.vtt', lang: 'en', label: 'English' },
  ],
  transcript: {
    'zh-Hans': '第一步，保存证据：考勤、工资条、聊天记录。\n第二步，找劳动监察投诉或者申请劳动仲裁，仲裁不收费。\n第三步，农民工讨薪申请法律援助，不用查经济困难状况。',
    en: 'Step one: keep evidence — attendance, pay slips, chats.\nStep two: complain to labour inspection or apply for labour arbitration, which is free.\nStep three: migrant workers claiming wages get legal aid without a means check.',
  },
}
