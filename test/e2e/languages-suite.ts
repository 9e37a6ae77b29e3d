// The kiosk in Tibetan or Uyghur, as a resident of that language meets it: switched with the
// language switch in the header, every screen of every flow walked (attract, screening to the
// legal-aid application's receipt, booking to the ticket, the library to a quiz, the directory, the
// board), each checked at the 1080×1920 kiosk and at a 320×640 phone (the layout is CSS alone, so
// one walk serves both sizes) with the real fonts: nothing overflows sideways, no text is cut off
// by its box, Tibetan lines are tall enough for the stacks, every time range reads start → end in
// right to left, targets are big enough and the primary action is in view; the printed ticket and
// A4 sheet as the printer gets them. Buttons are found by the words of that language (the locale
// files) or by stable hooks, never by Chinese labels. kiosk-languages-{bo,ug}.test.ts run it.
// WORKROOM_SCREENSHOTS=<dir> keeps every screen for a reader of the language to look at.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import { startKiosk, type Kiosk } from './kiosk-server.js'
import { RESIDENT, button, chooseLanguage, openFeature, openKiosk, resize, tapAnswer, where, words, type KioskPage } from './drive.js'
import { VIEWPORTS, measure, measureText, type ViewportName } from './measure.js'
import { keep, settle } from './screenshots.js'
import { afterGuard } from './layout-suite.js'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** axe-core, evaluated in the page (not a script tag: the kiosk's CSP would refuse one). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** WCAG A/AA violations axe finds on the screen now showing, through the shadow trees (lang attributes included). */
async function axeOn(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE)
  return page.evaluate(async (tags) => {
    type Rule = { id: string; nodes: { target: unknown }[] }
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    // A run that checked nothing proves nothing.
    if (!r.passes.some((p) => p.id === 'valid-lang' || p.id === 'html-has-lang')) return ['axe checked no lang attribute']
    return r.violations.map((v) => `${v.id} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
  }, WCAG)
}

const SIZES: ViewportName[] = ['portrait', 'small']
const keeping = !!process.env.WORKROOM_SCREENSHOTS
const OFFICE = '/api/booking/offices/qingshi-office'

export function languagesSuite(lang: 'bo' | 'ug'): void {
  const t = words(lang)
  let kiosk: Kiosk
  /** Chinese text not marked zh-Hans, over every screen: name → screens it was on. */
  const unmarked = new Map<string, Set<string>>()
  let screens = 0
  /** Time ranges whose order was measured, by screen (a check that found none proves nothing). */
  const ranges = new Map<string, number>()
  before(async () => {
    kiosk = await startKiosk()
  })
  after(async () => {
    await kiosk?.close()
    console.log(`${lang}: ${screens} screens checked at ${SIZES.map((s) => `${VIEWPORTS[s].width}×${VIEWPORTS[s].height}`).join(' and ')}`)
  })

  /** The demo workroom offering this language, with a county service that cannot be reached (applications wait in the outbox). */
  async function open(): Promise<KioskPage> {
    const k = await openKiosk(kiosk.browser, kiosk.url, VIEWPORTS.portrait, {
      config: (c) => ({ ...c, version: `e2e-${lang}`, languages: ['zh-Hans', 'bo', 'ug', 'en'], sync: { bookingServiceUrl: OFFICE, token: 'device-e2e', everyMinutes: 15 } }),
    })
    await k.context.route(`**${OFFICE}/**`, (route) => route.abort('internetdisconnected'))
    await chooseLanguage(k.page, lang)
    return k
  }

  /** The screen now showing, at each size: kept, measured, and what a resident would notice listed in `found`. */
  async function check(page: Page, found: string[], name: string, { primary = true, print = false } = {}): Promise<void> {
    await settle(page)
    screens++
    for (const size of print ? (['portrait'] as const) : SIZES) {
      const { width, height } = VIEWPORTS[size]
      if (!print) await resize(page, { width, height })
      // A screenshot only for a person to look at: the checks measure the page itself (and skipping them keeps the two files within their time).
      if (keeping) keep(`${lang}-${name}-${size}`, await page.screenshot({ fullPage: print }))
      const m = await measure(page)
      const x = await measureText(page, lang)
      const at = `${lang} ${name} at ${size}: ${await where(page)}`
      const say = (what: string, list: string[]) => {
        if (list.length) found.push(`${at}: ${what}: ${list.join('; ')}`)
      }
      if (m.overflow > 0) found.push(`${at}: ${m.overflow} px of horizontal overflow`)
      say('text cut off by its box', x.clipped)
      say('Tibetan line height under 1.2 em', x.tight)
      say('time range read end → start', x.reversed)
      ranges.set(name, Math.max(ranges.get(name) ?? 0, x.ranges))
      for (const u of x.unmarked) {
        const screensOf = unmarked.get(u) ?? new Set()
        screensOf.add(name)
        unmarked.set(u, screensOf)
      }
      if (print) continue
      // axe once per screen, at the kiosk's size: the language marks and names do not change with the width.
      if (size === 'portrait') say('axe', await axeOn(page))
      say('targets under 48×48', m.small)
      say("the bar's buttons under 48 px", m.smallPrimary)
      say('no calendar date on two lines', m.wrapped)
      say('inputs the browser may autofill', m.autofill)
      if (!primary) continue
      if (!m.primary) found.push(`${at}: no primary action in the bottom bar`)
      else if (m.primary.bottom > height + 0.5 || m.primary.top < 0) found.push(`${at}: "${m.primary.label}" off screen (${Math.round(m.primary.top)}–${Math.round(m.primary.bottom)} of ${height})`)
    }
    if (!print) await resize(page, VIEWPORTS.portrait)
  }

  const next = (scope: Locator, file = 'screening') => button(scope, file === 'booking' ? t('booking', 'continue') : file === 'application' ? t('screening/application', 'application.continue') : t('screening', 'nav.next'))

  describe(`the kiosk in ${lang}, every screen at ${SIZES.map((s) => `${VIEWPORTS[s].width}×${VIEWPORTS[s].height}`).join(' and ')}`, () => {
    it('attract and screening to the result, then the legal-aid application to its receipt and the A4 sheet', async () => {
      const k = await open()
      const found: string[] = []
      try {
        const { page } = k
        assert.equal(await page.locator('wr-kiosk-app main').getAttribute('lang'), lang)
        await check(page, found, 'attract', { primary: false })
        const s = await openFeature(page, 'screening')
        await check(page, found, 'screening-start')
        await button(s, t('screening', 'start.begin')).click()
        const answers: Record<string, string> = { problem: 'wages', hasLawyer: 'no', 'applicant.groups': 'migrant-worker', 'urgent.needs': 'none' }
        const result = s.locator('[part="result"]')
        for (let i = 0; i < 10; i++) {
          await s.locator('wr-choice-list, [part="result"]').first().waitFor()
          if (await result.count()) break
          const fact = (await s.locator('wr-choice-list').first().getAttribute('name'))!
          assert.ok(fact in answers, `the screener asked "${fact}", which this test does not answer`)
          await check(page, found, `screening-${fact.replace('.', '-')}`)
          await tapAnswer(s, fact, answers[fact]!)
          await next(s).click()
          await page.waitForFunction(
            (f) => document.querySelector('wr-kiosk-app')?.shadowRoot?.querySelector('wr-aid-screener')?.shadowRoot?.querySelector('wr-choice-list')?.getAttribute('name') !== f,
            fact,
          )
        }
        await result.waitFor()
        await check(page, found, 'screening-result')

        await button(s, t('screening/application-offer', 'application.offer.apply')).click()
        const a = page.locator('wr-aid-application')
        await a.locator('h2', { hasText: t('screening/application', 'application.steps.intro') }).waitFor()
        await check(page, found, 'application-intro')
        await button(a, t('screening/application', 'application.intro.start')).click()
        const tapOn = (list: string, value: string) => a.locator(`wr-choice-list[name="${list}"] label`).filter({ has: page.locator(`input[value="${value}"]`) }).click()
        await a.locator('wr-choice-list[name="forWhom"]').waitFor()
        await check(page, found, 'application-who')
        await tapOn('forWhom', 'self')
        await a.locator('wr-text-field[name="name"]').waitFor()
        await a.locator('wr-text-field[name="name"] input').fill('王建国')
        await check(page, found, 'application-name')
        await next(a, 'application').click()
        await a.locator('wr-keypad[name="mobile"]').waitFor()
        for (const d of RESIDENT.mobile) await a.locator(`wr-keypad[name="mobile"] button[data-key="${d}"]`).click()
        // The bar follows the keys on a keypad step (never over its last row): at 320×640 it is below them.
        await check(page, found, 'application-mobile', { primary: false })
        await next(a, 'application').click()
        await a.locator('wr-choice-list[name="village"]').waitFor()
        await tapAnswer(a, 'village', 'dongping-workroom')
        await check(page, found, 'application-address')
        await next(a, 'application').click()
        await a.locator('wr-choice-list[name="stage"]').waitFor()
        await check(page, found, 'application-stage')
        await tapOn('stage', 'not-started')
        await a.locator('wr-choice-list[name="topics"]').waitFor()
        await tapAnswer(a, 'topics', 'unpaid')
        await check(page, found, 'application-account')
        await next(a, 'application').click()
        await a.locator('wr-choice-list[name="consent"]').waitFor()
        await check(page, found, 'application-consent')
        await next(a, 'application').click()
        await a.locator('h2', { hasText: t('screening/application', 'application.steps.pledge') }).waitFor()
        await check(page, found, 'application-pledge')
        await button(a, t('screening/application', 'application.pledge.agree')).click()
        await a.locator('h2', { hasText: t('screening/application', 'application.steps.review') }).waitFor()
        await check(page, found, 'application-review')
        await button(a, t('screening/application', 'application.review.submit')).click()
        await a.locator('.code').waitFor()
        await check(page, found, 'application-receipt')

        await page.emulateMedia({ media: 'print' })
        const sheet = a.locator('.sheet')
        assert.ok(await sheet.isVisible(), 'the A4 sheet prints')
        await check(page, found, 'application-sheet-print', { print: true })
        await printedRightToLeft(sheet, found, 'the A4 sheet')
        await page.emulateMedia({ media: 'screen' })
        assert.deepEqual(found, [])
        assert.deepEqual(k.problems.filter((p) => !p.includes('internetdisconnected') && !p.includes('Failed to load resource')), [])
      } finally {
        await k.close()
      }
    })

    it('booking: service, group, the day, the times, the details on the keypad, consent, the ticket and its print', async () => {
      const k = await open()
      const found: string[] = []
      try {
        const { page } = k
        const b = await openFeature(page, 'booking')
        await b.locator('wr-choice-list[name="service"]').waitFor()
        await check(page, found, 'booking-service')
        await tapAnswer(b, 'service', 'adviser')
        await next(b, 'booking').click()
        await b.locator('wr-choice-list[name="group"]').waitFor()
        await check(page, found, 'booking-group')
        await tapAnswer(b, 'group', 'none')
        await next(b, 'booking').click()
        await b.locator('button[data-date]').first().waitFor()
        await check(page, found, 'booking-day', { primary: false })
        await b.locator('button[data-date]:not([aria-disabled="true"])').first().click()
        await b.locator('ul.times wr-button').first().waitFor()
        await check(page, found, 'booking-time', { primary: false })
        const times = await b.locator('ul.times wr-button').count()
        assert.ok((ranges.get('booking-time') ?? 0) >= times, `every time on the time step measured start → end (${ranges.get('booking-time')} of ${times})`)
        await b.locator('ul.times wr-button').first().click()
        await b.locator('wr-keypad[name="mobile"]').waitFor()
        await afterGuard(page)
        await tapAnswer(b, 'surname', RESIDENT.surname)
        await tapAnswer(b, 'title', 'ms')
        for (const d of RESIDENT.mobile) await b.locator(`wr-keypad[name="mobile"] button[data-key="${d}"]`).click()
        await check(page, found, 'booking-details')
        await next(b, 'booking').click()
        await afterGuard(page)
        const agree = button(b, t('booking', 'consent.agree'))
        await agree.waitFor()
        await check(page, found, 'booking-consent')
        await agree.click()
        await b.locator('.code').waitFor()
        await check(page, found, 'booking-done')

        await page.emulateMedia({ media: 'print' })
        const ticket = b.locator('[part="ticket"]')
        assert.ok(await ticket.isVisible(), 'the ticket prints')
        await check(page, found, 'booking-ticket-print', { print: true })
        assert.ok((ranges.get('booking-ticket-print') ?? 0) >= 1, "the ticket's time range measured start → end")
        await printedRightToLeft(ticket, found, 'the ticket')
        await page.emulateMedia({ media: 'screen' })
        assert.deepEqual(found, [])
        assert.deepEqual(k.problems.filter((p) => !p.includes('internetdisconnected') && !p.includes('Failed to load resource')), [])
      } finally {
        await k.close()
      }
    })

    it('education: the library, a topic, a lesson and its summary, a quiz question and its answer', async () => {
      const k = await open()
      const found: string[] = []
      try {
        const { page } = k
        const lib = await openFeature(page, 'education')
        await lib.locator('.tile').first().waitFor()
        await check(page, found, 'library', { primary: false })
        // 劳动与工资 (the starter's fifth topic): a lesson with its quiz inline, and the quiz alone.
        await lib.locator('.topics .tile').nth(4).click()
        await lib.locator('.tile.small').first().waitFor()
        await check(page, found, 'library-topic', { primary: false })
        await lib.locator('.tile:not(.small)').first().click()
        const lesson = page.locator('wr-lesson')
        await lesson.locator('[part="nav"]').waitFor()
        await check(page, found, 'lesson', { primary: false })
        // To the summary, page by page.
        for (let i = 0; i < 12 && !(await lesson.locator('#points').count()); i++) {
          await lesson.locator('[part="nav"] wr-button[size="large"]').last().click()
          await page.waitForTimeout(50)
        }
        await lesson.locator('#points').waitFor()
        await check(page, found, 'lesson-summary', { primary: false })
        await lib.locator('wr-button.back').first().click()
        await lib.locator('.tile.small').first().waitFor()
        await lib.locator('.tile.small').first().click()
        const quiz = page.locator('wr-quiz')
        await quiz.locator('[part="question"]').waitFor()
        await check(page, found, 'quiz', { primary: false })
        await quiz.locator('label.option').first().click()
        await quiz.locator('.nav wr-button').last().click()
        await quiz.locator('[part="feedback"]').waitFor()
        await check(page, found, 'quiz-answer', { primary: false })
        assert.deepEqual(found, [])
        assert.deepEqual(k.problems, [])
      } finally {
        await k.close()
      }
    })

    it('home with the board, the board page, the directory and a place in it', async () => {
      const k = await open()
      const found: string[] = []
      try {
        const { page } = k
        await page.locator('wr-kiosk-app .attract .start').click()
        await page.locator('wr-kiosk-app wr-workroom-board').waitFor()
        await check(page, found, 'home', { primary: false })
        await page.locator('wr-kiosk-app wr-workroom-board button.open').click()
        await page.locator('wr-workroom-board[variant="page"]').waitFor()
        await check(page, found, 'board', { primary: false })
        await page.locator('wr-kiosk-app .back wr-button').click()
        const d = await openFeature(page, 'directory')
        await d.locator('.list > li').first().waitFor()
        await check(page, found, 'directory', { primary: false })
        await d.locator('[data-entry="qingshi-office"] wr-button.more').click()
        await d.locator('#entry-title').waitFor()
        await check(page, found, 'directory-place', { primary: false })
        assert.deepEqual(found, [])
        assert.deepEqual(k.problems, [])
      } finally {
        await k.close()
      }
    })

    it('Chinese text inside these screens is marked lang="zh-Hans" (through shadow hosts)', () => {
      const list = [...unmarked].map(([u, on]) => `${u} (on ${on.size > 4 ? `${on.size} screens, from ${[...on][0]}` : [...on].join(', ')})`)
      assert.deepEqual(list, [], `Chinese text read as ${lang}:\n${list.join('\n')}`)
    })
  })

  /** In print: the paper's root runs right to left in ug, its codes, dates and times isolated left to right. */
  async function printedRightToLeft(paper: Locator, found: string[], what: string): Promise<void> {
    if (lang !== 'ug') return
    const dir = await paper.evaluate((el) => getComputedStyle(el).direction)
    if (dir !== 'rtl') found.push(`${what} prints ${dir}, not right to left`)
    const bare = await paper.evaluate((root) => {
      const out: string[] = []
      const stack: Node[] = [root]
      while (stack.length) {
        const n = stack.pop()!
        if (n.nodeType === Node.TEXT_NODE) {
          const text = n.textContent ?? ''
          // A date in digits, a time range, a grouped phone number or code: digit groups a right-to-left line would reorder (one bare number is fine).
          if (/\d+(?:[\s:\-–./]+\d+)+/.test(text) && !/[\u2066\u2067\u2068]/.test(text) && !(n.parentElement?.closest('[dir="ltr"]') ?? (n.parentNode as ShadowRoot | null)?.host?.closest('[dir="ltr"]'))) out.push(text.trim())
        }
        if (n instanceof Element && n.shadowRoot) stack.push(n.shadowRoot)
        stack.push(...Array.from(n.childNodes))
      }
      return out
    })
    if (bare.length) found.push(`${what}: digits not isolated left to right: ${bare.join('; ')}`)
  }
}
