import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/education/define'
import type { Lesson, Quiz } from '@workroom/education'
import { lessonById, quizById } from './data.js'

interface Args {
  lesson: Lesson
  quiz?: Quiz
  page: number
  lang: string
  elder: boolean
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Education/Lesson',
  component: 'wr-lesson',
  args: { lesson: lessonById('unpaid-wages'), page: 0, lang: '', elder: false, kiosk: false },
  render: (a) =>
    html`<wr-lesson
      .lesson=${a.lesson}
      .quiz=${a.quiz}
      lang=${a.lang}
      ?elder=${a.elder}
      ?kiosk=${a.kiosk}
      .page=${a.page}
    ></wr-lesson>`,
}
export default meta
type Story = StoryObj<Args>

export const FirstPage: Story = { name: 'First page' }
export const Steps: Story = { name: 'Illustrated steps', args: { page: 1 } }
export const Summary: Story = { name: 'Key points and laws cited', args: { page: 2 } }
export const EndsWithQuiz: Story = { name: 'Last page: quiz, then screening and booking', args: { page: 2, quiz: quizById('wages-quiz') } }
export const CivilCode: Story = { name: '民法典 in daily life (picture, plain words, 法律原文)', args: { lesson: lessonById('civil-code-daily') } }
export const ElderFraud: Story = { name: 'Elder fraud', args: { lesson: lessonById('elder-fraud'), page: 1 } }
export const Trainee: Story = { name: '法律明白人 track', args: { lesson: lessonById('mingbairen-role') } }
export const DomesticViolence: Story = { name: 'Domestic violence (warning callout)', args: { lesson: lessonById('domestic-violence') } }
export const English: Story = { name: 'English', args: { lang: 'en', page: 1 } }
export const Elder: Story = { name: 'Elder mode', args: { elder: true } }
export const Kiosk: Story = { name: 'Kiosk', args: { kiosk: true, page: 1 } }
