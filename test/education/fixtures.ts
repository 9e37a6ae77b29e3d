// Small packs for browser tests: one valid, one full of hostile strings.
import type { CaseStory, ContentPack, Lesson, Quiz } from '@workroom/education'

const t = (zh: string, en = zh) => ({ 'zh-Hans': zh, en })
const law = t('中华人民共和国法律援助法', 'Legal Aid Law of the PRC')

export const lesson: Lesson = {
  id: 'unpaid-wages',
  topic: 'work',
  title: t('被拖欠工资怎么办', 'Unpaid wages: what to do'),
  summary: t('保存证据，申请劳动仲裁。', 'Keep evidence; go to labour arbitration.'),
  illustration: 'wages',
  audiences: ['migrant-workers'],
  pages: [
    {
      heading: t('先留好证据', 'Keep evidence first'),
      picture: 'unpaid-wages',
      blocks: [
        { type: 'paragraph', text: t('保存考勤记录。', 'Keep attendance records.') },
        { type: 'citation', source: { law, article: 42, item: 3 }, text: t('免予核查经济困难状况。', 'No means check.') },
      ],
    },
    { heading: t('去哪里讨薪', 'Where to claim'), blocks: [{ type: 'step', illustration: 'phone', text: t('打12333。', 'Call 12333.') }] },
  ],
  keyPoints: [t('劳动仲裁不收费。', 'Labour arbitration is free.')],
  sources: [{ law, article: 42, item: 3 }],
  quiz: 'wages-quiz',
}

export const story: CaseStory = {
  id: 'case-wages',
  topic: 'work',
  title: t('工钱要回来了', 'The wages came back'),
  summary: t('老张讨薪成功。', 'Lao Zhang got paid.'),
  illustration: 'wages',
  audiences: ['migrant-workers'],
  happened: [{ type: 'paragraph', text: t('包工头欠了工钱。', 'The gang master owed wages.') }],
  law: [{ type: 'citation', source: { law, article: 42, item: 3 }, text: t('免予核查经济困难状况。', 'No means check.') }],
  resolved: [{ type: 'paragraph', text: t('仲裁后拿到了工资。', 'Paid after arbitration.') }],
  youCan: [{ type: 'list', items: [t('保存证据', 'Keep evidence')] }],
  sources: [{ law, article: 42, item: 3 }],
  next: ['screener', 'booking'],
}

/** The same story told in pictures (连环画). */
export const pictureStory: CaseStory = {
  ...story,
  id: 'case-wages-pictures',
  happened: undefined,
  resolved: undefined,
  panels: [
    { picture: 'labour-site', text: t('老张在工地干了半年。', 'Lao Zhang worked on a site for six months.') },
    { picture: 'unpaid-wages', text: t('包工头欠了他3万元。', 'The gang master owed him 30,000 yuan.'), audio: 'panel-2' },
    { picture: 'legal-aid', text: t('他到司法所申请法律援助。', 'He applied for legal aid at the judicial office.') },
    { picture: 'well-done', text: t('工钱要回来了。', 'He got his wages.') },
  ],
  next: ['screener', 'booking', 'mediation'],
}

export const quiz: Quiz = {
  id: 'wages-quiz',
  topic: 'work',
  title: t('讨薪小测验', 'Wages quiz'),
  questions: [
    {
      id: 'fee',
      prompt: t('申请劳动仲裁要交钱吗？', 'Does labour arbitration cost money?'),
      options: [{ id: 'free', text: t('不要钱', 'No, it is free') }, { id: 'fee', text: t('要交钱', 'Yes') }],
      correct: ['free'],
      explanation: t('劳动争议仲裁不收费。', 'Labour arbitration is free.'),
    },
    {
      id: 'evidence',
      prompt: t('哪些可以作为证据？', 'Which can be evidence?'),
      multiple: true,
      options: [
        { id: 'attendance', text: t('考勤记录', 'Attendance records') },
        { id: 'chat', text: t('聊天记录', 'Chats') },
        { id: 'rumour', text: t('传言', 'Rumours') },
      ],
      correct: ['attendance', 'chat'],
      explanation: t('考勤和聊天记录是证据。', 'Attendance and chats are evidence.'),
    },
  ],
}

export const pack: ContentPack = {
  format: 'workroom-content/1',
  id: 'test',
  version: '1.0.0',
  authored: '2026-11-01',
  publisher: t('测试内容包', 'Test pack'),
  topics: [{ id: 'work', title: t('打工与工资', 'Work and wages'), illustration: 'wages' }],
  lessons: [lesson],
  cases: [story],
  quizzes: [quiz],
  media: [],
}

/** Payloads that would run or restyle if anything treated content as HTML. */
export const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '<style>:host{display:none}</style>',
  '<a href="javascript:window.__pwned=1">点我</a>',
  '"><svg onload="window.__pwned=1">',
]

export function hostileLesson(): Lesson {
  const h = (i: number) => t(HOSTILE[i % HOSTILE.length]!)
  return {
    ...lesson,
    title: h(0),
    summary: h(1),
    pages: [
      {
        heading: h(2),
        blocks: [
          { type: 'heading', text: h(3) },
          { type: 'paragraph', text: h(0) },
          { type: 'list', items: [h(1), h(4)] },
          { type: 'key-point', text: h(2) },
          { type: 'step', illustration: 'wages', text: h(3) },
          { type: 'citation', source: { law: h(4), article: 1 }, text: h(0) },
          { type: 'image', src: 'img/a.png', alt: h(1), caption: h(4) },
          { type: 'callout', tone: 'warning', text: h(2) },
        ],
      },
    ],
    keyPoints: [h(0)],
    sources: [{ law: h(1), article: 1 }],
  }
}
