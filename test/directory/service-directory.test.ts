import { setViewport } from '@web/test-runner-commands'
import { fixture, html, expect, oneEvent, waitUntil, tap, activeElementDeep, allUpdatesComplete, shadowQueryAll } from '../helpers/index.js'
import { setLanguage } from '@workroom/core'
import '@workroom/directory/define'
import type { WrServiceDirectory, DirectoryChangeDetail } from '@workroom/directory'
import demo from '../../kiosk/public/workroom.json'

const MONDAY = Date.parse('2026-03-02T09:30:00+08:00')
const EVENING = Date.parse('2026-03-02T20:00:00+08:00')
const NATIONAL_DAY = Date.parse('2026-10-01T10:00:00+08:00')
const directory = () => structuredClone(demo.directory)

async function mount(attrs: { now?: number; data?: unknown; kiosk?: boolean; entry?: string; src?: string } = {}): Promise<WrServiceDirectory> {
  const el = await fixture<WrServiceDirectory>(html`<wr-service-directory
    .data=${attrs.src ? undefined : (attrs.data ?? directory())}
    .now=${attrs.now ?? MONDAY}
    src=${attrs.src ?? ''}
    entry=${attrs.entry ?? ''}
    ?kiosk=${attrs.kiosk ?? false}
  ></wr-service-directory>`)
  await allUpdatesComplete(el)
  return el
}
const root = (el: WrServiceDirectory) => el.shadowRoot!
const names = (el: WrServiceDirectory) => shadowQueryAll(el, '.list > li h3').map((h) => h.textContent!.trim())
const chip = (el: WrServiceDirectory, label: string) => {
  const b = shadowQueryAll<HTMLButtonElement>(el, 'button.chip').find((x) => x.textContent!.trim() === label)
  if (!b) throw new Error(`no chip ${label}`)
  return b
}
const item = (el: WrServiceDirectory, id: string) => root(el).querySelector<HTMLElement>(`[data-entry="${id}"]`)!
const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ')

describe('<wr-service-directory>', () => {
  before(() => setLanguage('zh-Hans'))
  afterEach(() => setViewport({ width: 800, height: 600 }))

  it('lists every place of the demo county and says the data is a demo', async () => {
    const el = await mount()
    expect(names(el)).to.have.length(demo.directory.entries.length)
    expect(text(root(el))).to.contain('演示数据')
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain(`找到 ${demo.directory.entries.length} 个地方`)
  })

  it('finds by need and by township, tapping, and reports the filters (nothing about the resident)', async () => {
    const el = await mount()
    const changed = oneEvent(el, 'wr-directory-change')
    await tap(chip(el, '调解纠纷'))
    expect(((await changed) as CustomEvent<DirectoryChangeDetail>).detail).to.deep.equal({ need: 'mediation', township: '', openNow: false, entry: '' })
    await el.updateComplete
    expect(chip(el, '调解纠纷').getAttribute('aria-pressed')).to.equal('true')
    await tap(chip(el, '河口镇'))
    await el.updateComplete
    expect(names(el)).to.deep.equal(['临河县司法局河口司法所', '河口镇人民调解委员会', '西湾村公共法律服务工作室', '临河县公共法律服务中心'])
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('找到 4 个地方')
  })

  it('"open now" on a Monday evening leaves only 12348; an empty filter offers every place and the hotline', async () => {
    const el = await mount({ now: EVENING })
    await tap(chip(el, '只看现在开门的'))
    await el.updateComplete
    expect(names(el)).to.deep.equal(['12348 公共法律服务热线'])
    await tap(chip(el, '公证'))
    await el.updateComplete
    expect(names(el)).to.deep.equal([])
    expect(text(root(el).querySelector('.empty')!)).to.contain('现在没有开门的地方').and.contain('12348')
    const clear = root(el).querySelector<HTMLElement>('.empty wr-button')!
    await tap(clear.shadowRoot!.querySelector('button')!)
    await el.updateComplete
    expect(names(el)).to.have.length(demo.directory.entries.length)
  })

  it('the holiday calendar marks offices closed on National Day, with the holiday and the next opening; 12348 stays open', async () => {
    const el = await mount({ now: NATIONAL_DAY })
    const centre = text(item(el, 'linhe-legal-aid-centre'))
    expect(centre).to.contain('今天放假休息（国庆节）').and.contain('10月8日').and.contain('08:30')
    expect(item(el, 'linhe-legal-aid-centre').querySelector('.status.closed')).to.exist
    expect(item(el, 'hotline-12348').querySelector('.status.open')).to.exist
  })

  it('one office closed today for a county closure says why, the others are open', async () => {
    const data = { ...directory(), closures: [{ date: '2026-03-02', reason: '搬迁新址', placeIds: ['hekou-office'] }] }
    const el = await mount({ data })
    expect(text(item(el, 'hekou-office'))).to.contain('今天不开门：搬迁新址')
    expect(text(item(el, 'qingshi-office'))).to.contain('现在开门，12:00 关门')
  })

  it('on the web a phone is a tel: link and directions a map link', async () => {
    const el = await mount({ entry: 'qingshi-office' })
    expect(root(el).querySelector('a.phone')!.getAttribute('href')).to.equal('tel:00000000000')
    expect(root(el).querySelector('.directions a')!.getAttribute('href')).to.match(/^https:\/\/uri\.amap\.com\/marker\?position=108\.940500,34\.206100/)
    expect(root(el).querySelector('wr-qr-code')).to.equal(null)
  })

  it('on a kiosk a phone is big digits (no link out) and directions a QR code of the map link', async () => {
    const el = await mount({ entry: 'qingshi-office', kiosk: true })
    expect(root(el).querySelector('a')).to.equal(null)
    const phone = root(el).querySelector<HTMLElement>('.phone.big')!
    expect(phone.textContent!.trim()).to.equal('0000-0000000')
    expect(parseFloat(getComputedStyle(phone).fontSize)).to.be.at.least(30)
    const qr = root(el).querySelector<HTMLElement & { value: string }>('wr-qr-code')!
    expect(qr.value).to.match(/^https:\/\/uri\.amap\.com\/marker\?/)
  })

  it('each place reads aloud in the order it shows: name, status, services, address, phone digit by digit, hours', async () => {
    const el = await mount({ entry: 'qingshi-office' })
    const speech = root(el).querySelector<HTMLElement & { text: string }>('wr-read-aloud')!.text
    expect(speech).to.contain('临河县司法局青石司法所').and.contain('现在开门，12:00 关门').and.contain('青石镇人民路 18 号').and.contain('0 0 0 0 0 0 0 0 0 0 0')
    expect(speech.indexOf('青石司法所')).to.be.below(speech.indexOf('地址'))
  })

  it('"more" opens a place with focus on its name; back returns focus to where it was', async () => {
    const el = await mount()
    const more = item(el, 'linhe-notary').querySelector<HTMLElement>('wr-button')!
    await tap(more.shadowRoot!.querySelector('button')!)
    await allUpdatesComplete(el)
    expect(activeElementDeep()!.id).to.equal('entry-title')
    expect(activeElementDeep()!.textContent).to.contain('临河县公证处')
    await tap(root(el).querySelector<HTMLElement>('wr-button.back')!.shadowRoot!.querySelector('button')!)
    await allUpdatesComplete(el)
    expect(item(el, 'linhe-notary').contains(activeElementDeep()) || item(el, 'linhe-notary').querySelector('wr-button')!.shadowRoot!.contains(activeElementDeep())).to.equal(true)
  })

  it('loads by URL, from a workroom config’s directory too', async () => {
    // The test server turns .json files into modules: serve the config as a county server would.
    const src = URL.createObjectURL(new Blob([JSON.stringify(demo)], { type: 'application/json' }))
    const el = await mount({ src })
    await waitUntil(() => names(el).length > 0, 'the directory loads')
    expect(names(el)).to.have.length(demo.directory.entries.length)
  })

  it('bad data never breaks the page: it says so plainly, gives 12348, and names the problem in the console', async () => {
    const errors: string[] = []
    const original = console.error
    console.error = (m: string) => errors.push(m)
    try {
      const el = await mount({ data: { version: '1', county: { 'zh-Hans': '临河县' }, entries: [] } })
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('机构名录暂时打不开')
      expect(text(root(el))).to.contain('12348')
      expect(errors.join()).to.contain('entries')
    } finally {
      console.error = original
    }
  })

  it('reflows at 320 px without horizontal scrolling, list and place alike', async () => {
    await setViewport({ width: 320, height: 640 })
    for (const entry of ['', 'linhe-labour-arbitration']) {
      const el = await mount({ entry, kiosk: true })
      expect(el.scrollWidth, entry || 'list').to.be.at.most(320)
      expect(document.documentElement.scrollWidth).to.be.at.most(320)
    }
  })
})
