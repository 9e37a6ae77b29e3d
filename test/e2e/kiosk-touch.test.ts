// Touch on the kiosk (a double tap performs one transition; a touch anywhere starts), and what
// each resident's flow costs in taps and typed characters (printed as "measure: …" lines).
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { startKiosk, type Kiosk } from './kiosk-server.js'
import { button, openFeature, openKiosk, tapAnswer } from './drive.js'
import { VIEWPORTS, counted, startCounting } from './measure.js'
import { settle } from './screenshots.js'
import { afterGuard } from './layout-suite.js'

let kiosk: Kiosk
before(async () => {
  kiosk = await startKiosk()
})
after(async () => {
  await kiosk?.close()
})

describe('kiosk, touch', () => {
  it('a double tap on 开始使用 performs one transition: home, not the tile under the finger', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url, VIEWPORTS.portrait)
    try {
      const { page } = k
      await page.locator('wr-kiosk-app .start').dblclick()
      await settle(page)
      assert.equal(await page.evaluate(() => (document.querySelector('wr-kiosk-app') as unknown as { currentScreen: string }).currentScreen), 'home')
    } finally {
      await k.close()
    }
  })

  it('a double tap on 下一步 moves one question on', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url, VIEWPORTS.phone)
    try {
      const { page } = k
      const s = await openFeature(page, 'screening')
      await button(s, '开始自测').click()
      await tapAnswer(s, 'problem', 'wages')
      const steps = page.evaluate(() => new Promise<number[]>((resolve) => {
        const seen: number[] = []
        document.addEventListener('wr-screening-step', (e) => seen.push((e as CustomEvent<{ step: number }>).detail.step))
        setTimeout(() => resolve(seen), 1500)
      }))
      await button(s, '下一步').dblclick()
      assert.deepEqual(await steps, [2])
      await s.locator('wr-choice-list[name="hasLawyer"]').waitFor()
    } finally {
      await k.close()
    }
  })

  it('a touch anywhere on the attract screen starts', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url, VIEWPORTS.landscape)
    try {
      const { page } = k
      await page.locator('wr-kiosk-app .hero').click()
      await page.waitForFunction(() => (document.querySelector('wr-kiosk-app') as unknown as { currentScreen: string }).currentScreen === 'home')
    } finally {
      await k.close()
    }
  })
})

/** Answers the screener until its result, tapping only: the given answers, else 不是/都不是/the first option. */
async function tapToResult(page: Page, answers: Record<string, string>): Promise<string> {
  const s = page.locator('wr-aid-screener')
  const outcome = page.evaluate(() => new Promise<string>((resolve) => document.addEventListener('wr-screening-complete', (e) => resolve((e as CustomEvent<{ outcome: string }>).detail.outcome), { once: true })))
  let done = false
  void outcome.then(() => (done = true))
  await button(s, '开始自测').click()
  for (let i = 0; i < 14 && !done; i++) {
    const list = s.locator('wr-choice-list').first()
    await list.waitFor()
    const fact = (await list.getAttribute('name'))!
    const values = await list.evaluate((el) => [...el.shadowRoot!.querySelectorAll('input')].map((x) => x.value))
    const value = answers[fact] ?? ['no', 'none', 'unknown'].find((v) => values.includes(v)) ?? values[0]!
    await tapAnswer(s, fact, value)
    await button(s, '下一步').click()
    await page.waitForFunction((f) => document.querySelector('wr-kiosk-app')?.shadowRoot?.querySelector('wr-aid-screener')?.shadowRoot?.querySelector('wr-choice-list')?.getAttribute('name') !== f, fact, { timeout: 10_000 }).catch(() => {})
  }
  return outcome
}

describe('kiosk, taps and typing for three residents and a booking (figures printed)', () => {
  const residents: [string, Record<string, string>][] = [
    ['an elderly woman claiming support from her children', { problem: 'support-payment', 'applicant.ageBand': '70-plus' }],
    ['a migrant worker owed wages', { problem: 'wages', 'applicant.groups': 'migrant-worker' }],
    ['a neighbour dispute over a wall', { problem: 'neighbour' }],
  ]
  for (const [who, answers] of residents) {
    it(`screening, ${who}: taps only, no keystroke`, async () => {
      const k = await openKiosk(kiosk.browser, kiosk.url, VIEWPORTS.portrait)
      try {
        await startCounting(k.page)
        await k.page.locator('wr-kiosk-app [data-feature="screening"]').click()
        const outcome = await tapToResult(k.page, answers)
        const n = await counted(k.page)
        console.log(`measure: screening, ${who}: ${n.taps} taps, ${n.keys} keystrokes → ${outcome}`)
        assert.equal(n.keys, 0)
      } finally {
        await k.close()
      }
    })
  }

  it("booking: the mobile's 11 digits on the keypad, no keystroke", async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url, VIEWPORTS.portrait)
    try {
      const { page } = k
      await startCounting(page)
      const b = await openFeature(page, 'booking')
      await tapAnswer(b, 'service', 'adviser')
      await button(b, '下一步').click()
      await tapAnswer(b, 'group', 'none')
      await button(b, '下一步').click()
      await b.locator('.soonest wr-button').first().click()
      await tapAnswer(b, 'surname', '张')
      await tapAnswer(b, 'title', 'ms')
      for (const d of '13800138000') await b.locator(`wr-keypad[name="mobile"] button[data-key="${d}"]`).click()
      await button(b, '下一步').click()
      await afterGuard(page)
      await button(b, /^同意/).click()
      await b.locator('.code').waitFor()
      const n = await counted(page)
      console.log(`measure: booking: ${n.taps} taps (11 of them the mobile on the keypad), ${n.keys} keystrokes`)
      assert.equal(n.keys, 0)
    } finally {
      await k.close()
    }
  })
})
