import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, nothing } from 'lit'
import '../../kiosk/src/board/define.js'
import { parseConfig, type WorkroomConfig } from '../../kiosk/src/config.js'
import demo from '../../kiosk/public/workroom.json'

function demoConfig(): WorkroomConfig {
  const r = parseConfig(structuredClone(demo))
  if (!r.ok) throw new Error(`The demo workroom config does not parse: ${JSON.stringify(r.problems)}`)
  return r.config
}

const config = demoConfig()
/** The same workroom with no whereabouts and no procedures entered yet. */
const emptyConfig: WorkroomConfig = { ...config, board: { ...config.board, whereabouts: [], procedures: [] } }

// Fixed clock: Monday 23 November 2026, 10:00 in Beijing (the adviser comes on Tuesdays).
const NOW = Date.parse('2026-11-23T10:00:00+08:00')

interface Args {
  variant: 'panel' | 'page'
  config: WorkroomConfig
  lang: string
  elder: boolean
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Kiosk/Workroom board',
  component: 'wr-workroom-board',
  args: { variant: 'panel', config, lang: '', elder: false, kiosk: true },
  argTypes: { variant: { control: 'inline-radio', options: ['panel', 'page'] }, config: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'The workroom’s public notice board (所务公开), from `workroom.json`. The kiosk shows the panel on its home screen and opens the page on `wr-board-open`.',
      },
    },
  },
  render: (a) =>
    html`<wr-workroom-board .config=${a.config} .now=${NOW} variant=${a.variant} lang=${a.lang || nothing} ?elder=${a.elder} ?kiosk=${a.kiosk}></wr-workroom-board>`,
}
export default meta
type Story = StoryObj<Args>

export const Panel: Story = { name: 'Panel (home screen)' }
export const Page: Story = { name: 'Page', args: { variant: 'page' } }
export const Elder: Story = { name: 'Elder mode (page)', args: { variant: 'page', elder: true } }
export const English: Story = { name: 'English (page)', args: { variant: 'page', lang: 'en' } }
export const EmptyWhereabouts: Story = { name: 'Empty whereabouts and procedures', args: { variant: 'page', config: emptyConfig } }
