import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { ref } from 'lit/directives/ref.js'
import '@workroom/education/define'
import type { Quiz, WrQuiz } from '@workroom/education'
import { quizById } from './data.js'

interface Args {
  quiz: Quiz
  /** Options to pick and check before showing (to see the feedback states). */
  answer: string[]
  lang: string
  elder: boolean
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Education/Quiz',
  component: 'wr-quiz',
  args: { quiz: quizById('wages-quiz'), answer: [], lang: '', elder: false, kiosk: false },
  parameters: { docs: { description: { component: 'Options are shuffled per attempt; stories pin `seed` so the order is the same each time.' } } },
  render: (a) =>
    html`<wr-quiz
      .quiz=${a.quiz}
      seed="1"
      lang=${a.lang}
      ?elder=${a.elder}
      ?kiosk=${a.kiosk}
      ${ref((el) => {
        if (!el || !a.answer.length) return
        const quiz = el as WrQuiz
        void quiz.updateComplete.then(() => {
          quiz.select(a.answer)
          quiz.check()
        })
      })}
    ></wr-quiz>`,
}
export default meta
type Story = StoryObj<Args>

export const Question: Story = { name: 'A question' }
export const Right: Story = { name: 'Right answer, explained', args: { answer: ['free'] } }
export const Wrong: Story = { name: 'Wrong answer, explained', args: { answer: ['fee'] } }
export const ElderFraud: Story = { name: 'Elder fraud, wrong answer with a picture', args: { quiz: quizById('elder-fraud-quiz'), answer: ['buy'] } }
export const Multiple: Story = { name: 'Multiple choice', args: { quiz: quizById('fraud-quiz') } }
export const English: Story = { name: 'English', args: { lang: 'en' } }
export const Elder: Story = { name: 'Elder mode', args: { elder: true, answer: ['fee'] } }
export const Kiosk: Story = { name: 'Kiosk', args: { kiosk: true } }
