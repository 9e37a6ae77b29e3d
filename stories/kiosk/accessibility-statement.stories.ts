import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, nothing } from 'lit'
import '../../kiosk/src/accessibility/define.js'
import { parseConfig, type WorkroomConfig } from '../../kiosk/src/config.js'
import demo from '../../kiosk/public/workroom.json'

function demoConfig(): WorkroomConfig {
  const r = parseConfig(structuredClone(demo))
  if (!r.ok) throw new Error(`The demo workroom config does not parse: ${JSON.stringify(r.problems)}`)
  return r.config
}

interface Args {
  config?: WorkroomConfig
  lang: string
  elder: boolean
}

const meta: Meta<Args> = {
  title: 'Kiosk/Accessibility statement',
  component: 'wr-accessibility-statement',
  args: { config: demoConfig(), lang: '', elder: false },
  argTypes: { config: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'The kiosk’s accessibility statement (from the staff screen and the footer), generated from `kiosk/src/accessibility/statement.json` like `docs/accessibility.md`; problems are reported to the workroom’s phone from its config.',
      },
    },
  },
  render: (a) => html`<wr-accessibility-statement kiosk .config=${a.config} lang=${a.lang || nothing} ?elder=${a.elder}></wr-accessibility-statement>`,
}
export default meta
type Story = StoryObj<Args>

export const Statement: Story = { name: 'Statement' }
export const English: Story = { name: 'English', args: { lang: 'en' } }
export const Elder: Story = { name: 'Elder mode', args: { elder: true } }
export const NoConfig: Story = { name: 'Before a config is loaded (12348 only)', args: { config: undefined } }
