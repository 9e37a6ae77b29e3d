import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import '@workroom/booking/define'
import { MemoryProvider, demoConfig, instantOf } from '@workroom/booking'

// The desk's code loads on demand (residents' pages never need it).
await customElements.whenDefined('wr-booking-desk')

// In memory, fixed clock (Tuesday 3 March 2026, 08:00): no network.
const NOW = instantOf('2026-03-03', 8 * 60)
const consent = { version: '1', given: true as const, at: '2026-03-02T08:00:00+08:00' }
function provider(): MemoryProvider {
  const p = new MemoryProvider({ config: demoConfig, now: () => instantOf('2026-03-02', 8 * 60) })
  const people = [
    ['adviser~adviser-wang~2026-03-03T09:00:00+08:00', '张秀英', ['large-print']],
    ['adviser~adviser-wang~2026-03-03T09:30:00+08:00', '刘建国', []],
    ['legal-aid~aid-zhao~2026-03-04T08:30:00+08:00', '马桂兰', ['wheelchair']],
  ] as const
  void (async () => {
    for (const [slot, name, needs] of people) {
      const h = await p.hold({ slotId: slot, priority: true, idempotencyKey: `story-${slot}` })
      await p.confirm({ holdId: h.holdId, details: { name, mobile: '13800138000', needs: [...needs], ...(slot.startsWith('legal-aid') ? { idNumber: '11010519491231002X' } : {}) }, consent, idempotencyKey: `story-c-${slot}` })
    }
  })()
  return p
}

interface Args {
  pinHash: string
  lang: string
  kiosk: boolean
}

const meta: Meta<Args> = {
  title: 'Booking/Booking desk',
  component: 'wr-booking-desk',
  args: { pinHash: '', lang: '', kiosk: false },
  render: (a) => html`<wr-booking-desk .provider=${provider()} .config=${demoConfig} .now=${NOW} pin-hash=${a.pinHash} lang=${a.lang} ?kiosk=${a.kiosk}></wr-booking-desk>`,
}
export default meta
type Story = StoryObj<Args>

export const Ledger: Story = { name: 'Today and upcoming' }
// PIN 2468 (PBKDF2-SHA-256, 10 000 iterations: enough for a story).
export const Locked: Story = { name: 'Locked by staff PIN (kiosk)', args: { kiosk: true, pinHash: 'pbkdf2-sha256$10000$qNXRKr6uEESghHohYdVXxw==$0PUhSnZ626fbBEabmTl8NncSf0bNRymy1DFHFmufcbk=' } }
export const LegacyPin: Story = {
  name: 'Old SHA-256 PIN setting refused',
  args: { kiosk: true, pinHash: '0000000000000000000000000000000000000000000000000000000000000000' },
}
export const English: Story = { name: 'English', args: { lang: 'en' } }
