// A legal-aid application end to end: a resident screens herself on the built kiosk and applies;
// the kiosk sends it to a real county service process (PGlite) with its device token; office staff
// record the decision in the built console; the resident checks the status by code on the kiosk.
// Then the same with the kiosk offline: the application waits sealed on the kiosk, and goes once
// the network is back. The kiosk and the service share an origin here (the kiosk's /api/booking/
// requests are passed to the service), as a county serving both behind one host does.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import { openConsole, SERVICE_NOW, signInAs, startConsoleSite, type ConsoleSite } from './console-site.ts'
import { startKiosk, type Kiosk } from './kiosk-server.ts'
import { button, home, screenToResult, tapAnswer, where } from './drive.ts'

let site: ConsoleSite
let kiosk: Kiosk
before(async () => {
  ;[site, kiosk] = await Promise.all([startConsoleSite(), startKiosk()])
})
after(async () => {
  await Promise.all([site?.close(), kiosk?.close()])
})

const MOBILE = '13800138000'

/** The built kiosk configured for the county service (office qingshi, the Dongping workroom's device token). */
async function openServedKiosk(): Promise<{ page: Page; problems: string[]; setOffline(offline: boolean): Promise<void>; close(): Promise<void> }> {
  // No service worker: every request goes through the routes below (a worker's own fetches would not).
  const context = await kiosk.browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' })
  await context.clock.setFixedTime(new Date(SERVICE_NOW))
  await context.route('**/workroom.json', async (route) => {
    const res = await route.fetch()
    const config = (await res.json()) as Record<string, unknown>
    config['sync'] = { bookingServiceUrl: '/api/booking/offices/qingshi', token: site.deviceToken, everyMinutes: 60 }
    await route.fulfill({ response: res, json: config })
  })
  await context.route('**/api/booking/**', async (route) => {
    const url = new URL(route.request().url())
    await route.fulfill({ response: await route.fetch({ url: site.url + url.pathname }) })
  })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
  page.on('console', (m) => {
    // The offline part refuses requests on purpose.
    if (m.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(m.text())) problems.push(`console: ${m.text()}`)
  })
  await page.goto(kiosk.url)
  await home(page)
  return { page, problems, setOffline: (o) => context.setOffline(o), close: () => context.close() }
}

const app = (page: Page): Locator => page.locator('wr-aid-application')
/** What the application shows (its shadow root's text: innerText of the host leaves it out). */
const appText = (page: Page): Promise<string> =>
  page.evaluate(() => document.querySelector('wr-kiosk-app')?.shadowRoot?.querySelector('wr-aid-screener')?.shadowRoot?.querySelector('wr-aid-application')?.shadowRoot?.textContent ?? '')

async function next(page: Page): Promise<void> {
  await button(app(page), '下一步').click()
}

async function choose(page: Page, list: string, ...values: string[]): Promise<void> {
  for (const v of values) await tapAnswer(app(page), list, v)
}

/** A one-tap question: the answer moves on to the next step by itself. */
async function tapOnly(page: Page, list: string, value: string, then: string): Promise<void> {
  await app(page).locator(`wr-choice-list[name="${list}"] label`).filter({ has: page.locator(`input[value="${value}"]`) }).click()
  await app(page).locator(then).first().waitFor()
}

async function keypad(page: Page, name: string, digits: string): Promise<void> {
  const k = app(page).locator(`wr-keypad[name="${name}"]`)
  await k.waitFor()
  for (const d of digits) await k.locator(`button[data-key="${d}"]`).click()
}

/** From the result page to a submitted application, as a migrant worker owed wages taps it; returns the code shown. */
async function apply(page: Page, name: string, beforeSubmit: () => Promise<void> = async () => undefined): Promise<string> {
  const outcome = await screenToResult(page)
  assert.equal(outcome, 'eligible-means-waived')
  await button(page.locator('wr-aid-screener'), '申请法律援助').click()
  await button(app(page), '开始填写').click()
  await tapOnly(page, 'forWhom', 'self', 'wr-text-field[name="name"]')
  await app(page).locator('wr-text-field[name="name"] input').fill(name)
  await next(page)
  await keypad(page, 'mobile', MOBILE)
  await next(page)
  await choose(page, 'village', 'dongping-workroom')
  await next(page)
  await tapOnly(page, 'stage', 'not-started', 'wr-choice-list[name="topics"]')
  await choose(page, 'topics', 'unpaid', 'no-contract')
  await next(page)
  await next(page) // consent to sensitive data: nothing ticked
  await button(app(page), '我承诺以上属实').click()
  await app(page).locator('h2', { hasText: '请核对您的申请' }).waitFor()
  await beforeSubmit()
  await button(app(page), '提交申请').click()
  const qr = app(page).locator('wr-qr-code')
  await qr.waitFor({ timeout: 15_000 }).catch(async () => {
    throw new Error(`no code after submitting (screen: ${await where(page)})`)
  })
  const code = (await qr.getAttribute('value')) ?? ''
  assert.match(code, /^\d{8}$/)
  return code
}

async function serviceStatus(code: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${site.url}/api/booking/offices/qingshi/applications/status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, mobile: MOBILE }) })
  return { status: res.status, json: await res.json() }
}

async function waitForService(code: string): Promise<any> {
  for (let i = 0; i < 100; i++) {
    const r = await serviceStatus(code)
    if (r.status === 200) return r.json
    await new Promise((res) => setTimeout(res, 200))
  }
  throw new Error(`application ${code} never reached the county service`)
}

/** Office staff open the application in the console and record the agency's decision. */
async function decide(code: string, decision: 'granted' | 'refused'): Promise<void> {
  const p = await openConsole(site)
  try {
    await signInAs(p, 'clerk')
    await p.page.locator('nav a', { hasText: '法律援助申请' }).click()
    const row = p.page.locator(`wr-console-applications tr[data-code="${code}"]`)
    await row.waitFor()
    const rowText = await row.innerText()
    assert.match(rowText, /还剩 7 天/)
    assert.match(rowText, /王\*英/)
    assert.doesNotMatch(rowText, /王秀英|13800138000/)
    await row.locator('button', { hasText: '查看' }).click()
    const view = p.page.locator('wr-console-applications')
    await view.locator('[data-table="answers"]').waitFor()
    assert.match(await view.locator('[data-table="answers"]').innerText(), /干了活拿不到工钱/)
    assert.match(await view.locator('[data-list="reasons"]').innerText(), /《法律援助法》第 42 条/)
    await view.locator('button', { hasText: '登记审查决定' }).click()
    if (decision === 'refused') {
      await view.locator('input[value="refused"]').check()
      await view.locator('#d-reasons').fill('经审查，申请人已委托律师代理。')
    }
    await view.locator('wr-dialog wr-button', { hasText: '登记决定' }).click()
    await view.locator('p', { hasText: decision === 'granted' ? '给予法律援助；应于' : '不予法律援助。理由' }).waitFor()
    assert.deepEqual(p.problems, [])
  } finally {
    await p.close()
  }
}

/**
 * The resident comes back to the kiosk later (a new visit: the last one was wiped) and checks the
 * status by code and mobile: screening's result, 申请法律援助, 查询已提交申请的进度.
 */
async function residentSees(page: Page, code: string, words: RegExp): Promise<string> {
  await page.reload()
  await home(page)
  await screenToResult(page)
  await button(page.locator('wr-aid-screener'), '申请法律援助').click()
  await button(app(page), '查询已提交申请的进度').click()
  await keypad(page, 'code', code)
  await keypad(page, 'mobile', MOBILE)
  await button(app(page), '查询').click()
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('wr-kiosk-app')?.shadowRoot?.querySelector('wr-aid-screener')?.shadowRoot?.querySelector('wr-aid-application')?.shadowRoot?.textContent ?? ''),
    words.source,
    { timeout: 15_000 },
  ).catch(async () => {
    throw new Error(`the status did not say ${words} (${(await appText(page)).slice(0, 400)})`)
  })
  return appText(page)
}

describe('A legal-aid application, kiosk to county service to console and back', () => {
  it('online: applied on the kiosk, decided in the console, the resident sees the grant by code', { timeout: 180_000 }, async () => {
    const k = await openServedKiosk()
    try {
      const code = await apply(k.page, '王秀英')
      const status = await waitForService(code)
      assert.equal(status.state, 'received')
      assert.equal(status.decisionDue, '2026-03-09')
      await decide(code, 'granted')
      assert.match(await residentSees(k.page, code, /已决定给予法律援助/), /3 日内为您指派律师/)
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })

  it('offline: the application waits sealed on the kiosk, goes when the network is back, and the refusal shows with the LAL 49 route', { timeout: 180_000 }, async () => {
    const k = await openServedKiosk()
    try {
      // The network goes as she confirms (every page of the flow has loaded).
      const code = await apply(k.page, '王秀英', () => k.setOffline(true))
      assert.match(await appText(k.page), /断网也不会丢/)
      assert.equal((await serviceStatus(code)).status, 404)
      // Nothing readable is left in the kiosk's storage: the outbox holds it sealed.
      // (A string, so the test runner's transform adds no helpers to the page's code.)
      const stored = await k.page.evaluate<string>(`(async () => {
        const out = []
        for (const info of await indexedDB.databases()) {
          const db = await new Promise((res, rej) => { const r = indexedDB.open(info.name); r.onsuccess = () => res(r.result); r.onerror = rej })
          for (const name of db.objectStoreNames) {
            const all = await new Promise((res) => { const r = db.transaction(name).objectStore(name).getAll(); r.onsuccess = () => res(r.result) })
            out.push(JSON.stringify(all, (k, v) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? '[bytes]' : v)))
          }
          db.close()
        }
        return out.join('\\n') + JSON.stringify(localStorage)
      })()`)
      assert.ok(stored.length > 2, 'the kiosk keeps the application somewhere')
      assert.doesNotMatch(stored, /王秀英|13800138000/)
      await k.setOffline(false)
      const status = await waitForService(code)
      assert.equal(status.state, 'received')
      await decide(code, 'refused')
      const text = await residentSees(k.page, code, /决定不给予法律援助/)
      assert.match(text, /申请人已委托律师代理/)
      assert.match(text, /5 日内答复/)
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })
})
