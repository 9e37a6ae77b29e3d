// Drives embedded elements (on a county page, not in the kiosk shell) the way a resident does,
// through Playwright locators, which pierce shadow roots.
import type { Locator, Page } from 'playwright-core'
import { bookIn, button, tapAnswer } from './drive.js'

/** A migrant worker owed wages answers until the result. Returns the outcome. */
export async function screen(page: Page, s: Locator = page.locator('wr-aid-screener')): Promise<string> {
  const outcome = page.evaluate(
    () => new Promise<string>((resolve) => document.addEventListener('wr-screening-complete', (e) => resolve((e as CustomEvent<{ outcome: string }>).detail.outcome), { once: true })),
  )
  await button(s, '开始自测').click()
  const answers: Record<string, string> = { problem: 'wages', hasLawyer: 'no', 'applicant.groups': 'migrant-worker', 'urgent.needs': 'none' }
  let done = false
  void outcome.then(() => (done = true))
  for (let i = 0; i < 10 && !done; i++) {
    const list = s.locator('wr-choice-list').first()
    await list.waitFor({ timeout: 5000 })
    const fact = await list.getAttribute('name')
    if (!fact || !(fact in answers)) throw new Error(`the screener asked "${fact}", which this test does not answer`)
    await tapAnswer(s, fact, answers[fact]!)
    await button(s, '下一步').click()
    for (let t = 0; t < 100 && !done && (await s.locator('wr-choice-list').first().getAttribute('name').catch(() => null)) === fact; t++) await page.waitForTimeout(50)
  }
  return outcome
}

/** From the result: "book a consultation", share nothing, go on. */
export async function askToBook(s: Locator): Promise<void> {
  await button(s, '预约咨询').click()
  await button(s, '不带信息，直接去预约').click()
}

/** The legal adviser on the first free day and time, name and mobile, consent. Returns the booking code. */
export function book(page: Page, b: Locator = page.locator('wr-booking')): Promise<string> {
  return bookIn(b)
}

/** A topic, then its first lesson. Returns the lesson's title. */
export async function openLesson(page: Page, lib: Locator = page.locator('wr-library')): Promise<string> {
  await lib.locator('.topics .tile').first().click()
  await lib.locator('.tile').first().click()
  const lesson = lib.locator('wr-lesson')
  await lesson.waitFor()
  return ((await lesson.locator('h2').first().textContent()) ?? '').trim()
}
