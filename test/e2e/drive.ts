// Drives the built kiosk the way a resident does, through Playwright locators (which pierce
// shadow roots). Stable hooks only: data-feature on home tiles, element names, field names,
// answer values and data-date on calendar days.
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'

export interface KioskPage {
  context: BrowserContext
  page: Page
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[]
  close(): Promise<void>
}

/** A fresh profile (its own IndexedDB, caches and service worker) on the kiosk's home screen. */
export async function openKiosk(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 900 },
  options: { now?: number; config?: (config: Record<string, unknown>) => Record<string, unknown> } = {},
): Promise<KioskPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' })
  // A fixed clock where a test depends on the day (a public holiday, opening hours).
  if (options.now !== undefined) await context.clock.setFixedTime(new Date(options.now))
  // The demo workroom's config as a county changed it (the languages it offers, its county service).
  const configure = options.config
  if (configure) {
    const demo = JSON.parse(readFileSync(new URL('../../kiosk/public/workroom.json', import.meta.url), 'utf8')) as Record<string, unknown>
    await context.route('**/workroom.json*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(configure(demo)) }))
  }
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
  // Reported to the console too, but a listener names the directive even when the console is quiet.
  await page.exposeFunction('__wrCsp', (d: string) => problems.push(`CSP: ${d}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { __wrCsp(d: string): void }).__wrCsp(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  await page.goto(url)
  await home(page)
  return { context, page, problems, close: () => context.close() }
}

/** What the kiosk shows now, for error messages: the shell's screen and the visible heading. */
export async function where(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const main = document.querySelector('wr-kiosk-app')?.shadowRoot?.querySelector('main')
      const feature = main?.querySelector('wr-aid-screener, wr-booking, wr-library')
      const heading = (feature?.shadowRoot ?? main)?.querySelector('h1, h2')?.textContent?.trim()
      return `${feature?.localName ?? 'shell'}: "${heading ?? ''}"`
    })
    .catch(() => 'page closed')
}

/** Waits until start-up is over (the shell drops `starting` once config and content are in) and the feature tiles show. */
export async function home(page: Page): Promise<void> {
  await page.locator('wr-kiosk-app:not([starting])').waitFor({ timeout: 10_000 })
  await page.locator('wr-kiosk-app [data-feature]').first().waitFor({ timeout: 10_000 })
}

export async function openFeature(page: Page, id: 'screening' | 'booking' | 'education' | 'directory'): Promise<Locator> {
  await page.locator(`wr-kiosk-app [data-feature="${id}"]`).click()
  const tag = { screening: 'wr-aid-screener', booking: 'wr-booking', education: 'wr-library', directory: 'wr-service-directory' }[id]
  const el = page.locator(tag)
  await el.waitFor()
  return el
}

/** Taps the answer card with this value in a `wr-choice-list`. */
export async function tapAnswer(scope: Locator, list: string, value: string): Promise<void> {
  await scope.locator(`wr-choice-list[name="${list}"] label`).filter({ has: scope.page().locator(`input[value="${value}"]`) }).click()
  // Next reads the answer: wait until the card shows as chosen.
  const input = scope.locator(`wr-choice-list[name="${list}"] input[value="${value}"]`)
  for (let t = 0; t < 50 && !(await input.isChecked()); t++) await scope.page().waitForTimeout(50)
}

/**
 * Switches the kiosk's language with the switch in its header, as a resident does, and waits for
 * the page to speak it (and for its web font).
 */
export async function chooseLanguage(page: Page, lang: string): Promise<void> {
  await page.locator(`wr-kiosk-app header wr-language-switch button[lang="${lang}"]`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector('wr-kiosk-app')?.shadowRoot?.querySelector('main')?.lang === l, lang)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/**
 * Resizes the page to another screen, showing the step as it would have opened there: a step brings
 * its top into view when it starts far down the screen (core's showStep), so a 320 px phone under a
 * tall header is scrolled to the question, not left at the header. Waits for the new layout.
 */
export async function resize(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport)
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let active = document.activeElement
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
        const host = (active?.getRootNode() as ShadowRoot | undefined)?.host
        const top = host ?? document.querySelector('wr-kiosk-app')?.shadowRoot?.querySelector('main > :not(.back)')
        const r = top?.getBoundingClientRect()
        if (top && r && (r.top < 0 || r.top > innerHeight / 2)) top.scrollIntoView({ block: 'start' })
        else if (!top) scrollTo(0, 0)
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
      }),
  )
}

/**
 * A package's words in one language, for tapping buttons by the label a resident of that language
 * reads: `words('bo')('booking', 'continue')`. `file` is a locales folder's package, or
 * package/sub-folder (`screening/application`); the key is dotted.
 */
export function words(lang: string): (file: string, key: string) => string {
  const files = new Map<string, Record<string, unknown>>()
  return (file, key) => {
    let json = files.get(file)
    if (!json) {
      const [pkg, ...sub] = file.split('/')
      const dir = pkg === 'kiosk' ? 'kiosk/src/locales' : `packages/${pkg}/src/locales${sub.length ? `/${sub.join('/')}` : ''}`
      json = JSON.parse(readFileSync(new URL(`../../${dir}/${lang}.json`, import.meta.url), 'utf8')) as Record<string, unknown>
      files.set(file, json)
    }
    const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], json)
    if (typeof value !== 'string') throw new Error(`no string ${file}:${key} in ${lang}`)
    return value
  }
}

export const button = (scope: Locator, label: string | RegExp): Locator => scope.locator('wr-button').filter({ hasText: label }).first()

/** Screening: a migrant worker owed wages answers until the result; returns the result's outcome. */
export async function screenToResult(page: Page): Promise<string> {
  const s = await openFeature(page, 'screening')
  const outcome = page
    .evaluate(() => new Promise<string>((resolve) => document.addEventListener('wr-screening-complete', (e) => resolve((e as CustomEvent<{ outcome: string }>).detail.outcome), { once: true })))
    .catch(() => 'page closed before a result')
  await button(s, '开始自测').click()
  const answers: Record<string, string> = { problem: 'wages', hasLawyer: 'no', 'applicant.groups': 'migrant-worker', 'urgent.needs': 'none' }
  let done = false
  void outcome.then(() => (done = true))
  for (let i = 0; i < 10 && !done; i++) {
    const list = s.locator('wr-choice-list')
    await list.first().waitFor({ timeout: 5000 })
    const fact = await list.first().getAttribute('name')
    if (!fact || !(fact in answers)) throw new Error(`the screener asked "${fact}", which this test does not answer`)
    await tapAnswer(s, fact, answers[fact]!)
    await button(s, '下一步').click()
    // Let the next question (or the result) render before looking again.
    await page
      .waitForFunction(
        (f) => {
          const root = document.querySelector('wr-kiosk-app')?.shadowRoot?.querySelector('wr-aid-screener')?.shadowRoot
          return root?.querySelector('wr-choice-list')?.getAttribute('name') !== f
        },
        fact,
        { timeout: 10_000 },
      )
      .catch(async () => {
        throw new Error(`the screener stayed on "${fact}" after Next (screen: ${await where(page)})`)
      })
  }
  return outcome
}

export const RESIDENT = { name: '张秀英', surname: '张', mobile: '13800138000' }

/** Booking in the kiosk: the legal adviser on the first free day and time, name and mobile, consent. Returns the code. */
export async function bookToCode(page: Page): Promise<string> {
  return bookIn(await openFeature(page, 'booking'), async () => `screen: ${await where(page)}`)
}

/**
 * Books through a `<wr-booking>` (in the kiosk or embedded in a page): the legal adviser on the
 * first free day and time, name and mobile, consent. Returns the code; `describe` says what was on
 * screen when it got stuck.
 */
export async function bookIn(b: Locator, describe: () => Promise<string> = async () => ''): Promise<string> {
  const page = b.page()
  const step = (): Promise<string> =>
    b.evaluate((el) => {
      const root = el.shadowRoot!
      if (root.querySelector('.code')) return 'done'
      // The details step has a choice list too (help needed at the visit): look for it first.
      if (root.querySelector('wr-text-field[name="mobile"], wr-keypad[name="mobile"]')) return 'details'
      const list = root.querySelector('wr-choice-list')
      if (list) return `choice:${list.getAttribute('name')}`
      if (root.querySelector('ul.times')) return 'time'
      if (root.querySelector('button[data-date]')) return 'day'
      // <wr-booking service-url> says 正在连接… in a status line (no heading) while it fetches the config.
      return `other:${root.querySelector('h2')?.textContent?.trim() ?? root.querySelector('[role="status"]')?.textContent?.trim() ?? ''}`
    })
  const stuck = async (now: string) =>
    new Error(`no booking code; stuck at "${now}": ${((await b.evaluate((el) => el.shadowRoot!.textContent)) ?? '').replace(/\s+/g, ' ').slice(0, 300)} ${await describe()}`)
  const choose: Record<string, string> = { service: 'adviser', group: 'none' }
  let now = ''
  for (let i = 0; i < 14; i++) {
    now = await step()
    if (now === 'done') return (await b.locator('.code').textContent())!.trim()
    if (now.startsWith('choice:')) {
      const name = now.slice(7)
      const value = choose[name]
      if (value) await tapAnswer(b, name, value)
      else await b.locator(`wr-choice-list[name="${name}"] label`).first().click()
      await button(b, '下一步').click()
    } else if (now === 'time') {
      await b.locator('ul.times wr-button').first().click()
    } else if (now === 'day') {
      await b.locator('button[data-date]:not([aria-disabled="true"])').first().click()
    } else if (now === 'details' && (await b.locator('wr-keypad[name="mobile"]').count())) {
      // The kiosk: a 称呼 by taps and the mobile on the keypad, no keyboard.
      await tapAnswer(b, 'surname', RESIDENT.surname)
      await tapAnswer(b, 'title', 'ms')
      for (const digit of RESIDENT.mobile) await b.locator(`wr-keypad[name="mobile"] button[data-key="${digit}"]`).click()
      await button(b, '下一步').click()
    } else if (now === 'details') {
      await b.locator('wr-text-field[name="name"] input').fill(RESIDENT.name)
      await b.locator('wr-text-field[name="mobile"] input').fill(RESIDENT.mobile)
      await button(b, '下一步').click()
    } else if (now.startsWith('other:正在连接')) {
      // <wr-booking service-url>: still fetching the office's config.
      await page.waitForTimeout(100)
    } else if (now.startsWith('other:')) {
      // The privacy notice: consent and confirm.
      await button(b, /^同意/).click().catch(async () => Promise.reject(await stuck(now)))
    }
    for (let t = 0; t < 50 && (await step()) === now; t++) await page.waitForTimeout(100)
  }
  throw await stuck(now)
}

/** Education: a topic, then its first lesson. Returns the lesson's title. */
export async function openLesson(page: Page): Promise<string> {
  const lib = await openFeature(page, 'education')
  await lib.locator('.tile').first().click()
  await lib.locator('.tile').first().click()
  const lesson = page.locator('wr-lesson')
  await lesson.waitFor()
  return ((await lesson.locator('h2, h1').first().textContent()) ?? '').trim()
}

/** "Clear and exit" in the shell's header, then the home screen. */
export async function clearAndExit(page: Page): Promise<void> {
  await page.locator('wr-kiosk-app .clear').click()
  await page.locator('wr-kiosk-app [data-feature]').first().waitFor()
}

/** All text on the page, shadow roots included. */
export function deepText(page: Page): Promise<string> {
  // No named inner functions: the TypeScript loader would wrap them in a helper the page lacks.
  return page.evaluate(() => {
    const parts: string[] = []
    const stack: Node[] = [document.body]
    while (stack.length) {
      const node = stack.pop()!
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '')
      if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot)
      stack.push(...node.childNodes)
    }
    return parts.join(' ')
  })
}
