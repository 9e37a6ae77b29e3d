import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, nothing } from 'lit'
import '@workroom/directory/define'
import demo from '../../kiosk/public/workroom.json'

/** The demo county's directory, from the kiosk's demo config. */
const directory = structuredClone(demo.directory)
/** The same county on a day the Hekou judicial office is closed (moving to a new address). */
const oneClosed = { ...structuredClone(demo.directory), closures: [{ date: '2026-03-02', reason: '搬迁新址，3 月 3 日起在新址办公', placeIds: ['hekou-office'] }] }

// Fixed clocks, Beijing time: a Monday morning, a Monday evening, and National Day (a public holiday).
const MONDAY = Date.parse('2026-03-02T09:30:00+08:00')
const EVENING = Date.parse('2026-03-02T20:00:00+08:00')
const NATIONAL_DAY = Date.parse('2026-10-01T10:00:00+08:00')

interface Args {
  data: unknown
  now: number
  need: string
  township: string
  openNow: boolean
  entry: string
  here: string
  lang: string
  elder: boolean
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Directory/Service directory',
  component: 'wr-service-directory',
  args: { data: directory, now: MONDAY, need: '', township: '', openNow: false, entry: '', here: '', lang: '', elder: false, kiosk: false },
  argTypes: {
    data: { control: false },
    now: { control: 'date' },
    need: { control: 'select', options: ['', 'legal-aid', 'consultation', 'mediation', 'notarisation', 'arbitration', 'litigation', 'hotline'] },
    township: { control: 'select', options: ['', 'qingshi', 'hekou'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The county’s legal service institutions (机构名录) from the workroom config’s `directory` (or `src=` a directory JSON): find by need, township and “open now”, on the State Council holiday calendar. Phones are `tel:` links on the web and big digits on a kiosk; directions are a map link on the web and a QR code on a kiosk.',
      },
    },
  },
  render: (a) =>
    html`<wr-service-directory
      .data=${a.data}
      .now=${a.now}
      need=${a.need || nothing}
      township=${a.township || nothing}
      ?open-now=${a.openNow}
      entry=${a.entry || nothing}
      here=${a.here || nothing}
      lang=${a.lang || nothing}
      ?elder=${a.elder}
      ?kiosk=${a.kiosk}
    ></wr-service-directory>`,
}
export default meta
type Story = StoryObj<Args>

export const All: Story = { name: 'Every place (web)' }
export const Kiosk: Story = { name: 'Kiosk: big phone digits, you are here', args: { kiosk: true, here: 'dongping-workroom', township: 'qingshi' } }
export const Filtered: Story = { name: 'Filtered: mediation in Qingshi', args: { need: 'mediation', township: 'qingshi' } }
export const OpenNow: Story = { name: 'Open now (Monday morning)', args: { openNow: true, need: 'legal-aid' } }
export const Empty: Story = { name: 'Empty: open now in the evening (only 12348)', args: { openNow: true, now: EVENING, need: 'notarisation' } }
export const OneClosed: Story = { name: 'One office closed today', args: { data: oneClosed, township: 'hekou' } }
export const Holiday: Story = { name: 'A public holiday (National Day)', args: { now: NATIONAL_DAY } }
export const Entry: Story = { name: 'One place (web: tel: link, map link)', args: { entry: 'qingshi-office' } }
export const EntryKiosk: Story = { name: 'One place (kiosk: big digits, map QR code)', args: { entry: 'qingshi-office', kiosk: true, here: 'qingshi-office' } }
export const EntryHoliday: Story = { name: 'One place on a holiday', args: { entry: 'linhe-legal-aid-centre', now: NATIONAL_DAY } }
export const Elder: Story = { name: 'Elder mode (kiosk)', args: { elder: true, kiosk: true, need: 'legal-aid' } }
export const English: Story = { name: 'English', args: { lang: 'en', need: 'arbitration' } }
export const NoData: Story = { name: 'No directory yet', args: { data: undefined } }
export const BadData: Story = { name: 'A directory that does not validate', args: { data: { version: '1', county: { 'zh-Hans': '临河县' }, entries: [] } } }
