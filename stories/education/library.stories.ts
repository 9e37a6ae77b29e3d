import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/education/define'
import { starterPackJson } from '../../packages/education/src/content/starter.js'

interface Args {
  content: unknown
  query: string
  view: unknown
  lang: string
  elder: boolean
  kiosk: boolean
  debug: boolean
}

const broken = (() => {
  const p = JSON.parse(JSON.stringify(starterPackJson)) as { version: string; lessons: { title: { 'zh-Hans': string } }[] }
  p.version = 'v1'
  p.lessons[0]!.title['zh-Hans'] = ''
  return p
})()

const meta: Meta<Args> = {
  title: 'Education/Library',
  component: 'wr-library',
  args: { content: starterPackJson, query: '', view: { name: 'home' }, lang: '', elder: false, kiosk: false, debug: false },
  parameters: {
    docs: {
      description: {
        component:
          'Embed: `<wr-library></wr-library>` shows the starter content; `<wr-library content-url="/packs/county.json"></wr-library>` a county pack (or `el.content = packJson`). Kiosk: add `kiosk`; personal device: add `keep-progress`. Case stories bubble `wr-education-screener-request` / `wr-education-booking-request`.',
      },
    },
  },
  render: (a) =>
    html`<wr-library .content=${a.content} .query=${a.query} .view=${a.view} lang=${a.lang} ?elder=${a.elder} ?kiosk=${a.kiosk} ?debug=${a.debug}></wr-library>`,
}
export default meta
type Story = StoryObj<Args>

export const Home: Story = { name: 'Home: topic tiles' }
export const English: Story = { name: 'English', args: { lang: 'en' } }
export const Elder: Story = { name: 'Elder mode', args: { elder: true } }
export const Kiosk: Story = { name: 'Kiosk', args: { kiosk: true } }
export const BadPack: Story = { name: 'Bad content pack, as residents see it (the starter content)', args: { content: broken } }
export const BadPackDebug: Story = { name: 'Bad content pack with debug (every path named)', args: { content: broken, debug: true } }
export const Search: Story = { name: 'Search: 欠薪', args: { query: '欠薪' } }
export const Topic: Story = { name: 'A topic: lessons, case stories, quizzes', args: { view: { name: 'topic', id: 'work' } } }
export const Opened: Story = { name: 'A lesson opened', args: { view: { name: 'lesson', id: 'homestead', back: { name: 'home' } } } }
export const ResidentWords: Story = { name: 'Search in residents’ words: 老板不给钱 (the screener’s vocabulary)', args: { query: '老板不给钱' } }
export const Track: Story = { name: 'The 法律明白人 track: progress and continue', args: { kiosk: true, view: { name: 'topic', id: 'mingbairen' } } }
