import { setViewport } from '@web/test-runner-commands'
import { fixture, html, expect, oneEvent, waitUntil, expectNoAxeViolations } from '../helpers/index.js'
import { setLanguage } from '@workroom/core'
import '../../kiosk/src/board/define.js'
import type { WrWorkroomBoard } from '../../kiosk/src/board/workroom-board.js'
import { parseConfig, type WorkroomConfig } from '../../kiosk/src/config.js'
import {
  boardData,
  groupOpeningHours,
  nextAdviserSession,
  peopleOn,
  shanghaiDate,
  weekdayOf,
  weekdayRuns,
  forSpeech,
} from '../../kiosk/src/board/board-data.js'
import demo from '../../kiosk/public/workroom.json'

function demoConfig(): WorkroomConfig {
  const r = parseConfig(structuredClone(demo))
  if (!r.ok) throw new Error(`demo config does not parse: ${JSON.stringify(r.problems)}`)
  return r.config
}

/** An instant from a Shanghai wall-clock date and time. */
const at = (date: string, hhmm = '10:00'): number => Date.parse(`${date}T${hhmm}:00+08:00`)
const MONDAY = at('2026-11-23')

const root = (el: WrWorkroomBoard): ShadowRoot => el.shadowRoot!
// Time ranges are isolated left to right (U+2066 … U+2069, invisible) so they read start → end in Uyghur.
const plain = (s: string): string => s.replace(/[\u2066-\u2069]/g, '')
const textOf = (el: WrWorkroomBoard): string => plain(root(el).textContent!).replace(/\s+/g, ' ')
const headings = (el: WrWorkroomBoard, sel: string): string[] => [...root(el).querySelectorAll(sel)].map((h) => h.textContent!.trim())

async function board(config: WorkroomConfig, variant: 'panel' | 'page', now = MONDAY, attrs: { elder?: boolean; kiosk?: boolean } = {}): Promise<WrWorkroomBoard> {
  return fixture<WrWorkroomBoard>(
    html`<wr-workroom-board .config=${config} variant=${variant} .now=${now} ?elder=${attrs.elder ?? false} ?kiosk=${attrs.kiosk ?? false}></wr-workroom-board>`,
  )
}

describe('workroom board data', () => {
  it('dates and weekdays are Shanghai time, whatever the UTC date', () => {
    expect(shanghaiDate(Date.parse('2026-11-22T16:30:00Z'))).to.equal('2026-11-23')
    expect(weekdayOf('2026-11-23')).to.equal(1)
    expect(weekdayOf('2026-11-29')).to.equal(7)
  })

  it('finds the adviser on Tuesday 2026-11-24 09:00–11:30 when asked on Monday', () => {
    const s = nextAdviserSession(demoConfig(), MONDAY)!
    expect(s).to.include({ date: '2026-11-24', start: '09:00', end: '11:30', serviceId: 'adviser', staffName: '王律师', ongoing: false })
    expect(s.place!['zh-Hans']).to.equal('东坪村公共法律服务工作室')
  })

  it('counts a session under way now, and skips it once it has ended', () => {
    const config = demoConfig()
    expect(nextAdviserSession(config, at('2026-11-24', '10:00'))).to.include({ date: '2026-11-24', ongoing: true })
    expect(nextAdviserSession(config, at('2026-11-24', '11:30'))).to.include({ date: '2026-12-01', ongoing: false })
  })

  it('skips a Tuesday inside the National Day holiday to the next working Tuesday', () => {
    // 2026-10-06 is a Tuesday within 10-01…10-07.
    expect(nextAdviserSession(demoConfig(), at('2026-10-05'))).to.include({ date: '2026-10-13', start: '09:00' })
  })

  it('skips a Tuesday inside the Spring Festival holiday', () => {
    // 2026-02-17 is a Tuesday within 02-15…02-23.
    expect(nextAdviserSession(demoConfig(), at('2026-02-16'))).to.include({ date: '2026-02-24' })
  })

  it('opens on a make-up workday when the config says which weekday it follows', () => {
    const config = demoConfig()
    expect(nextAdviserSession(config, at('2026-10-08'))).to.include({ date: '2026-10-13' })
    config.booking.makeUpDayRulesFrom = 2 // 调休 Saturday 2026-10-10 works like a Tuesday
    expect(nextAdviserSession(config, at('2026-10-08'))).to.include({ date: '2026-10-10' })
  })

  it('honours the service being closed for a day and the workroom closing', () => {
    const config = demoConfig()
    const adviser = config.booking.services.find((s) => s.id === 'adviser')!
    adviser.exceptions = [{ date: '2026-11-24', kind: 'closed' }]
    config.booking.closures = [{ date: '2026-12-01', reason: '村里开大会' }]
    expect(nextAdviserSession(config, MONDAY)).to.include({ date: '2026-12-08' })
  })

  it('says there is none when nothing is scheduled within 60 days, or there is no adviser service', () => {
    const config = demoConfig()
    const adviser = config.booking.services.find((s) => s.id === 'adviser')!
    adviser.rules = []
    adviser.exceptions = [{ date: '2027-01-30', kind: 'extra', start: '09:00', end: '10:00', slotMinutes: 30, capacity: 1 }]
    expect(nextAdviserSession(config, MONDAY)).to.equal(undefined)
    expect(nextAdviserSession(config, MONDAY, 70)).to.include({ date: '2027-01-30' })
    config.booking.services = config.booking.services.filter((s) => s.kind !== 'legal-consultation')
    expect(nextAdviserSession(config, MONDAY)).to.equal(undefined)
  })

  it('lists today’s rota and whereabouts together, keeping an entry whose person is unknown', () => {
    const config = demoConfig()
    config.board.whereabouts.push({ date: '2026-11-23', personId: 'nobody-here', where: { 'zh-Hans': '县里开会' }, from: '09:00' })
    const day = peopleOn(config, '2026-11-23', 1)
    expect(day.map((d) => d.personId)).to.deep.equal(['mediator-li', 'clerk-zhou', 'nobody-here'])
    expect(day[0]).to.deep.include({ onDuty: true })
    expect(day[0]!.whereabouts[0]!.from).to.equal('14:30')
    expect(day[2]!.person).to.equal(undefined)
    expect(day[2]!.onDuty).to.equal(false)
  })

  it('closes on a public holiday: no rota, no opening hours', () => {
    const data = boardData(demoConfig(), at('2026-10-05'))
    expect(data.dayKind.kind).to.equal('holiday')
    expect(data.todayPeople).to.deep.equal([])
    expect(data.openingToday).to.deep.equal([])
  })

  it('collects the next 7 days of whereabouts, and today’s opening times', () => {
    const data = boardData(demoConfig(), MONDAY)
    expect(data.upcoming.map((d) => d.date)).to.deep.equal(['2026-11-24'])
    expect(data.upcoming[0]!.entries.map((e) => e.personId)).to.deep.equal(['adviser-wang', 'clerk-zhou'])
    expect(data.openingToday).to.deep.equal([
      { open: '08:30', close: '12:00' },
      { open: '14:30', close: '17:30' },
    ])
  })

  it('groups opening hours by weekdays and finds runs of days', () => {
    expect(
      groupOpeningHours([
        { weekdays: [5, 1, 2, 3, 4], open: '14:30', close: '17:30' },
        { weekdays: [1, 2, 3, 4, 5], open: '08:30', close: '12:00' },
        { weekdays: [6], open: '09:00', close: '11:00' },
      ]),
    ).to.deep.equal([
      { weekdays: [1, 2, 3, 4, 5], times: [{ open: '08:30', close: '12:00' }, { open: '14:30', close: '17:30' }] },
      { weekdays: [6], times: [{ open: '09:00', close: '11:00' }] },
    ])
    expect(weekdayRuns([1, 2, 3, 5, 7, 6])).to.deep.equal([
      [1, 3],
      [5, 7],
    ])
    expect(weekdayRuns([])).to.deep.equal([])
  })

  it('ends every spoken line with a full stop so the voice pauses', () => {
    expect(forSpeech(['所务公开', '今天值班：', ' '], 'zh-Hans')).to.equal('所务公开。\n今天值班：')
    expect(forSpeech(['Notice board'], 'en')).to.equal('Notice board.')
  })
})

describe('<wr-workroom-board>', () => {
  afterEach(async () => {
    await setLanguage('zh-Hans')
    await setViewport({ width: 800, height: 600 })
  })

  it('panel: shows today’s date and names who is on duty today, with their whereabouts', async () => {
    const el = await board(demoConfig(), 'panel')
    const text = textOf(el)
    expect(text).to.contain('今天是11月23日 星期一')
    expect(text).to.contain('李调解员')
    expect(text).to.contain('周文书')
    expect(text).to.contain('14:30–17:00 调解室，邻里纠纷调解')
    expect(text).to.not.contain('王律师 ') // Tuesdays only
    expect(text).to.contain('08:30–12:00和14:30–17:30')
  })

  it('panel: the next adviser session is tomorrow, Tuesday 24 November 09:00–11:30', async () => {
    const el = await board(demoConfig(), 'panel')
    expect(textOf(el)).to.contain('明天 11月24日 星期二 09:00–11:30')
    expect(textOf(el)).to.contain('坐班的人：王律师')
  })

  it('panel: in the National Day holiday it says the workroom is closed and skips to 13 October', async () => {
    const el = await board(demoConfig(), 'panel', at('2026-10-05'))
    const text = textOf(el)
    expect(text).to.contain('今天是国庆节假期，工作室休息')
    expect(text).to.contain('10月13日 星期二 09:00–11:30')
    expect(text).to.contain('今天不开门')
  })

  it('panel: the button asks the shell to open the page (wr-board-open, bubbling and composed)', async () => {
    const el = await board(demoConfig(), 'panel', MONDAY, { kiosk: true })
    const button = root(el).querySelector<HTMLButtonElement>('button.open')!
    expect(button.textContent!.trim()).to.equal('查看所务公开')
    expect(button.getBoundingClientRect().height).to.be.at.least(48)
    setTimeout(() => button.click())
    const e = await oneEvent(document, 'wr-board-open')
    expect(e.bubbles && e.composed).to.equal(true)
  })

  it('page: one h1 with the workroom’s name and every section heading', async () => {
    const el = await board(demoConfig(), 'page')
    expect(headings(el, 'h1')).to.deep.equal(['所务公开：东坪村公共法律服务工作室'])
    expect(headings(el, 'h2')).to.deep.equal(['职责与服务', '办事流程', '工作人员', '今日值班与去向', '近期去向', '村法律顾问坐班', '开放时间', '监督电话'])
    expect(root(el).querySelectorAll('[part="section"]').length).to.equal(8)
  })

  it('page: procedures are ordered lists, duties include the booking services, staff phones are text', async () => {
    const el = await board(demoConfig(), 'page')
    const procedures = root(el).querySelector('[data-section="procedures"]')!
    expect([...procedures.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['申请人民调解', '申请法律援助'])
    const lists = procedures.querySelectorAll('ol')
    expect([...lists].map((ol) => ol.children.length)).to.deep.equal([4, 4])
    const duties = root(el).querySelector('[data-section="duties"]')!.textContent!
    expect(duties).to.contain('调解邻里、婚姻家庭、土地等矛盾纠纷')
    expect(duties).to.contain('找村里的法律顾问咨询')
    const people = root(el).querySelector('[data-section="people"]')!.textContent!.replace(/\s+/g, ' ')
    expect(people).to.contain('王律师 村法律顾问（青石律师事务所） 电话：0000-0000002')
    expect(root(el).querySelector('a')).to.equal(null)
  })

  it('page: today, the coming week, the adviser, opening hours and the supervision phone', async () => {
    const el = await board(demoConfig(), 'page')
    const section = (id: string) => plain(root(el).querySelector(`[data-section="${id}"]`)!.textContent!).replace(/\s+/g, ' ')
    expect(section('today')).to.contain('周文书').and.contain('工作室值班').and.contain('李调解员')
    expect(section('upcoming')).to.contain('明天 11月24日 星期二').and.contain('09:00–11:30 工作室坐班').and.contain('西坪组入户走访')
    expect(section('adviser')).to.contain('明天 11月24日 星期二 09:00–11:30')
    expect(section('hours')).to.contain('周一至周五 08:30–12:00和14:30–17:30')
    expect(section('supervision')).to.contain('12348')
  })

  it('page: read-aloud carries the page’s main text', async () => {
    const el = await board(demoConfig(), 'page')
    const reader = root(el).querySelector('wr-read-aloud')!
    expect(reader.text).to.contain('所务公开：东坪村公共法律服务工作室')
    expect(reader.text).to.contain('1. 到工作室或在这台机器上预约')
    expect(reader.text).to.contain('监督电话')
  })

  it('works in English', async () => {
    await setLanguage('en')
    const el = await board(demoConfig(), 'page')
    await waitUntil(() => root(el).querySelector('h1')!.textContent!.startsWith('Public notice board'), 'still not English', { timeout: 5000 })
    const text = textOf(el)
    expect(text).to.contain('Dongping Village Public Legal Service Workroom')
    expect(text).to.contain('Tomorrow Tuesday 24 November, 09:00–11:30')
    expect(text).to.contain('Monday to Friday: 08:30–12:00 and 14:30–17:30')
    expect(text).to.contain('Asking for people\'s mediation')
  })

  it('elder mode renders larger type', async () => {
    const normal = await board(demoConfig(), 'page')
    const elder = await board(demoConfig(), 'page', MONDAY, { elder: true })
    const size = (el: WrWorkroomBoard) => parseFloat(getComputedStyle(root(el).querySelector('h1')!).fontSize)
    expect(size(elder)).to.be.greaterThan(size(normal))
    expect(elder.hasAttribute('elder')).to.equal(true)
  })

  it('a whereabouts entry for an unknown person, and empty lists, render sensibly', async () => {
    const config = demoConfig()
    config.board.whereabouts = [{ date: '2026-11-23', personId: 'nobody-here', where: { 'zh-Hans': '县里开会' }, from: '09:00', to: '12:00' }]
    config.board.procedures = []
    const el = await board(config, 'page')
    expect(plain(root(el).querySelector('[data-section="today"]')!.textContent!)).to.contain('工作人员').and.contain('09:00–12:00 县里开会')
    expect(textOf(el)).to.contain('接下来 7 天还没有登记外出安排')
    expect(textOf(el)).to.contain('办事流程还没有贴出来')
    const empty = demoConfig()
    empty.board.whereabouts = []
    const panel = await board(empty, 'panel', at('2026-11-28')) // a Saturday: nobody on the rota
    expect(textOf(panel)).to.contain('今天没有安排人值班')
  })

  it('renders nothing, without throwing, before it has a config', async () => {
    const el = await fixture<WrWorkroomBoard>(html`<wr-workroom-board></wr-workroom-board>`)
    expect(root(el).children.length).to.equal(0)
  })

  it('passes axe as a panel and as a page', async () => {
    await expectNoAxeViolations(await board(demoConfig(), 'panel', MONDAY, { kiosk: true }))
    await expectNoAxeViolations(await board(demoConfig(), 'page', MONDAY, { kiosk: true }))
    await expectNoAxeViolations(await board(demoConfig(), 'page', MONDAY, { elder: true }))
  })

  it('reflows at 320 px wide without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 })
    for (const variant of ['panel', 'page'] as const) {
      const el = await board(demoConfig(), variant, MONDAY, { kiosk: true, elder: true })
      expect(document.documentElement.scrollWidth, variant).to.be.at.most(320)
      for (const box of root(el).querySelectorAll<HTMLElement>('section, .panel, .page, li, p, h1, h2, h3')) {
        expect(box.scrollWidth, `${variant}: ${box.textContent!.slice(0, 20)}`).to.be.at.most(box.clientWidth + 1)
      }
    }
  })
})
