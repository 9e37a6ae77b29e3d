import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/core/define'
import { defineElement } from '@workroom/core'
import { WrKioskApp } from '../../kiosk/src/app.js'
import { parseConfig } from '../../kiosk/src/config.js'
import type { ConfigState } from '../../kiosk/src/config-store.js'
import demo from '../../kiosk/public/workroom.json'

defineElement('wr-kiosk-app', WrKioskApp)

const parsed = parseConfig(structuredClone(demo))
if (!parsed.ok) throw new Error(`The demo workroom config does not parse: ${JSON.stringify(parsed.problems)}`)
const running: ConfigState = { config: parsed.config, source: 'file', problems: [] }
const broken: ConfigState = {
  source: 'none',
  problems: [
    { path: 'idle.idleSeconds', code: 'tooLow', params: { count: 20 } },
    { path: 'judicialOffice.name.zh-Hans', code: 'officeName' },
  ],
}

interface Args {
  configState: ConfigState
  elder: boolean
}

const meta: Meta<Args> = {
  title: 'Kiosk/Kiosk app',
  component: 'wr-kiosk-app',
  args: { configState: running, elder: false },
  argTypes: { configState: { control: false } },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The kiosk shell as `npm start` serves it: the demo workroom from `kiosk/public/workroom.json`. Hold the workroom name for 3 s (or Ctrl+Alt+S) for the staff screen; demo PIN 246810.',
      },
    },
  },
  render: (a) => html`<wr-kiosk-app kiosk ?elder=${a.elder} .configState=${a.configState}></wr-kiosk-app>`,
}
export default meta
type Story = StoryObj<Args>

export const Home: Story = { name: 'Home: tiles and the workroom board' }
export const Elder: Story = { name: 'Home in elder mode', args: { elder: true } }
export const NoConfig: Story = { name: 'No usable config: problems in words, no booking', args: { configState: broken } }
