// Drives embedded elements (on a county page, not in the kiosk shell) the way a resident does,
// through Playwright locators, which pierce shadow roots.
import type { Locator, Page } from 'playwright-core'

const button = (scope: Locator, label: string | RegExp): Locator => scope.locator('wr-button').filter({ hasText: label }).first()

async function tapAnswer(scope: Locator, list: string, value: string): Promise<void> {
  await scope.locator(`wr-choice-list[name="${list}"] label`).filter({ has: scope.page().locator(`input[value="${value}"]`) }).click()
  const input = scope.locator(`wr-choice-list[name="${list}"] input[value="${value}"]`)
  for (let t = 0; t < 50 && !(await input.isChecked()); t++) await scope.page().waitForTimeout(50)
}

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
export async function book(page: Page, b: Locator = page.locator('wr-booking')): Promise<string> {
  const step = () =>
    b.evaluate((el) => {
      const root = el.shadowRoot!
      if (root.querySelector('.code')) return 'done'
      if (root.querySelector('wr-text-field[name="mobile"]')) return 'details'
      const list = root.querySelector('wr-choice-list')
      if (list) return `choice:${list.getAttribute('name')}`
      if (root.querySelector('ul.times')) return 'time'
      if (root.querySelector('button[data-date]')) return 'day'
      return `other:${root.querySelector('h2')?.textContent?.trim() ?? ''}`
    })
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
    } else if (now === 'time') await b.locator('ul.times wr-button').first().click()
    else if (now === 'day') await b.locator('button[data-date]:not([aria-disabled="true"])').first().click()
    else if (now === 'details') {
      await b.locator('wr-text-field[name="name"] input').fill('张秀英')
      await b.locator('wr-text-field[name="mobile"] input').fill('13800138000')
      await button(b, '下一步').click()
    } else if (now.startsWith('other:正在连接')) await page.waitForTimeout(100)
    else if (now.startsWith('other:')) {
      await button(b, /^同意/).click().catch(async () => {
        throw new Error(`stuck at "${now}": ${((await b.evaluate((el) => el.shadowRoot!.textContent)) ?? '').replace(/\s+/g, ' ').slice(0, 400)}`)
      })
    }
    for (let t = 0; t < 50 && (await step()) === now; t++) await page.waitForTimeout(100)
  }
  throw new Error(`no booking code; stuck at "${now}"`)
}

/** A topic, then its first lesson. Returns the lesson's title. */
export async function openLesson(page: Page, lib: Locator = page.locator('wr-library')): Promise<string> {
  await lib.locator('.topics .tile').first().click()
  await lib.locator('.tile').first().click()
  const lesson = lib.locator('wr-lesson')
  await lesson.waitFor()
  return ((await lesson.locator('h2').first().textContent()) ?? '').trim()
}
