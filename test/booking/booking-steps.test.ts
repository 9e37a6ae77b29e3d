import { fixture, html, expect, typeText, tap, deepQueryAll } from '../helpers/index.js'
import { emulateMedia, setViewport } from '@web/test-runner-commands'
import { MemoryProvider, demoConfig, instantOf, type WrBooking } from '@workroom/booking'
import type { WrReadAloud } from '@workroom/core'
import '@workroom/booking/define'
import { day, field, heading, root, settle, tapButton, tapChoice } from './driver.js'

// Every step of <wr-booking>, walked by tapping: read-aloud on each, reflow at 320 × 256 CSS px,
// and the printed ticket.
const NOW = instantOf('2026-03-02', 8 * 60) // Monday 2 March 2026, 08:00 Beijing time

async function mount(attrs: { elder?: boolean; office?: boolean } = {}) {
  const el = await fixture<WrBooking>(
    attrs.office
      ? html`<wr-booking .provider=${new MemoryProvider({ config: demoConfig, now: () => NOW })} .config=${demoConfig} .now=${NOW} qr-prefix="WR:"
          office-name="东坪村公共法律服务工作室" office-address="青石镇东坪村党群服务中心一楼西侧" office-phone="0000-0000001"></wr-booking>`
      : html`<wr-booking .provider=${new MemoryProvider({ config: demoConfig, now: () => NOW })} .config=${demoConfig} .now=${NOW} ?elder=${!!attrs.elder} qr-prefix="WR:"></wr-booking>`,
  )
  await settle(el)
  return el
}

/** Walks service → … → confirmation (legal aid, which asks for an ID number), calling `check` on each step. */
async function walk(el: WrBooking, check: (step: string) => Promise<void> | void): Promise<void> {
  await check('service')
  await tapChoice(el, 'service', 'legal-aid')
  await tapButton(el, '下一步')
  await check('group')
  await tapChoice(el, 'group', 'elderly')
  await tapButton(el, '下一步')
  await check('day')
  await tap(day(el, '2026-03-04'))
  await settle(el)
  await check('time')
  await tapButton(el, '08:30')
  await check('details')
  field(el, 'name').focus()
  await typeText('张秀英')
  field(el, 'mobile').focus()
  await typeText('13800138000')
  field(el, 'idNumber').focus()
  await typeText('11010519491231002X')
  await tapButton(el, '下一步')
  await check('consent')
  await tapButton(el, '同意，确认预约')
  await check('done')
}

/** Anything, in the document or inside any shadow root, that sticks out past the viewport's right edge. */
function overflowing(): string[] {
  const width = document.documentElement.clientWidth
  const out: string[] = []
  if (document.documentElement.scrollWidth > width) out.push(`document scrollWidth ${document.documentElement.scrollWidth} > ${width}`)
  for (const node of deepQueryAll<HTMLElement>(document, '*')) {
    const r = node.getBoundingClientRect()
    if (r.width && r.right > width + 0.5) out.push(`<${node.localName}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ').join('.')}` : ''}> right ${Math.round(r.right)} > ${width}`)
  }
  return out
}

describe('<wr-booking> read-aloud', () => {
  it('offers read-aloud on every step, reading the heading and the main text', async () => {
    const el = await mount()
    const expected: Record<string, string> = {
      service: '法律援助申请代办',
      group: '60 岁以上',
      day: '3月3日星期二',
      time: '08:30–09:00',
      details: '为您保留此时段到 08:05（北京时间）',
      consent: '180 天',
      done: '预约码',
    }
    await walk(el, (step) => {
      const reader = root(el).querySelector<WrReadAloud>('wr-read-aloud')
      expect(reader, step).to.exist
      expect(reader!.text.startsWith(heading(el)), `${step}: starts with the heading`).to.equal(true)
      expect(reader!.text, step).to.contain(expected[step])
      expect(reader!.subject).to.equal(heading(el))
    })
  })
})

describe('<wr-booking> reflow at 320 × 256 CSS px', () => {
  before(() => setViewport({ width: 320, height: 256 }))
  after(() => setViewport({ width: 800, height: 600 }))

  for (const elder of [false, true]) {
    it(`scrolls only vertically on every step${elder ? ' in elder mode' : ''}`, async () => {
      const el = await mount({ elder })
      await walk(el, (step) => {
        expect(overflowing(), step).to.deep.equal([])
        expect(el.getBoundingClientRect().width, step).to.be.at.most(320)
        expect(el.scrollWidth, step).to.be.at.most(el.clientWidth)
      })
    })
  }
})

describe('<wr-booking> printed ticket', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' })
    await setViewport({ width: 800, height: 600 })
  })

  it('names the workroom with its address and phone to call, not just "call the workroom"', async () => {
    const el = await mount({ office: true })
    await walk(el, () => undefined)
    const contact = root(el).querySelector<HTMLElement>('.ticket .contact')!
    expect(contact.textContent).to.contain('东坪村公共法律服务工作室').and.contain('青石镇东坪村党群服务中心一楼西侧').and.contain('0000-0000001')
    expect(root(el).querySelector('.ticket')!.textContent).to.contain('也可以打下面的电话')
    await emulateMedia({ media: 'print' })
    expect(getComputedStyle(contact).display).not.to.equal('none')
  })

  it('without a phone to give, it does not point to one', async () => {
    const el = await mount()
    await walk(el, () => undefined)
    expect(root(el).querySelector('.ticket .contact')).to.equal(null)
    expect(root(el).querySelector('.ticket')!.textContent).not.to.contain('下面的电话')
  })

  const MM = 96 / 25.4
  for (const [paper, width] of [['an 80 mm receipt printer', Math.floor(72 * MM)], ['A4', Math.floor(190 * MM)]] as const) {
    it(`fits ${paper}: no overflow, buttons hidden, the code large, the QR code scannable`, async () => {
      const el = await mount()
      await walk(el, () => undefined)
      await setViewport({ width, height: 900 })
      await emulateMedia({ media: 'print' })
      await settle(el)
      expect(overflowing()).to.deep.equal([])
      for (const b of root(el).querySelectorAll('wr-button, wr-read-aloud, .actions')) expect(getComputedStyle(b).display, b.localName).to.equal('none')
      const ticket = root(el).querySelector<HTMLElement>('.ticket')!
      expect(ticket.getBoundingClientRect().width).to.be.at.most(width)
      expect(parseFloat(getComputedStyle(root(el).querySelector('.code')!).fontSize)).to.be.at.least(32)
      const qr = root(el).querySelector('wr-qr-code')!.shadowRoot!.querySelector('svg')!.getBoundingClientRect()
      expect(qr.width / MM).to.be.within(25, 40)
      // Nothing on the ticket forces a width beyond 70 mm: it still fits when the paper is that narrow.
      await setViewport({ width: Math.floor(70 * MM), height: 900 })
      expect(overflowing()).to.deep.equal([])
    })
  }
})
