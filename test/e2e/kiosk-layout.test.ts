// The kiosk as residents meet it, at the four screens it runs on (a 1080×1920 portrait kiosk, a
// 1920×1080 landscape one, a 390×844 phone and a 320×640 one), with Chinese fonts: the primary
// action sits low (portrait) or in view (landscape), nothing overflows sideways, targets are big
// enough (≥ 48, the bar's ≥ 60 in elder mode) and no input is left to the browser's autofill.
// WORKROOM_SCREENSHOTS=<dir> keeps every screen for a person to look at.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startKiosk, type Kiosk } from './kiosk-server.js'
import { button, openFeature, openKiosk, tapAnswer, where } from './drive.js'
import { VIEWPORTS, measure, type ViewportName } from './measure.js'
import { keep, settle } from './screenshots.js'
import type { Page } from 'playwright-core'

let kiosk: Kiosk
before(async () => {
  kiosk = await startKiosk()
})
after(async () => {
  await kiosk?.close()
})

async function check(page: Page, viewport: ViewportName, name: string, { elder = false, primary = true } = {}): Promise<void> {
  await settle(page)
  keep(`${name}-${viewport}${elder ? '-elder' : ''}`, await page.screenshot({ fullPage: false }))
  const m = await measure(page, 48, elder ? 60 : 48)
  const at = `${name} at ${viewport}${elder ? ' (elder)' : ''}: ${await where(page)}`
  assert.equal(m.overflow, 0, `${at}: no horizontal overflow`)
  assert.deepEqual(m.small, [], `${at}: every target at least 48×48`)
  assert.deepEqual(m.smallPrimary, [], `${at}: the bar's buttons at least ${elder ? 60 : 48} px`)
  assert.deepEqual(m.autofill, [], `${at}: no input the browser may autofill`)
  if (!primary) return
  assert.ok(m.primary, `${at}: a primary action in the bottom bar`)
  const { height } = VIEWPORTS[viewport]
  assert.ok(m.primary.bottom <= height + 0.5 && m.primary.top >= 0, `${at}: "${m.primary.label}" is on screen (${Math.round(m.primary.top)}–${Math.round(m.primary.bottom)} of ${height})`)
  if (VIEWPORTS[viewport].height > VIEWPORTS[viewport].width) {
    assert.ok(m.primary.top >= height / 2, `${at}: "${m.primary.label}" is in the lower half (top ${Math.round(m.primary.top)} of ${height})`)
  }
}

for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
  describe(`kiosk at ${viewport} (${VIEWPORTS[viewport].width}×${VIEWPORTS[viewport].height})`, () => {
    it('screening: start, the problem question, a yes/no question, the result', async () => {
      const k = await openKiosk(kiosk.browser, kiosk.url, VIEWPORTS[viewport])
      try {
        const { page } = k
        await check(page, viewport, 'attract', { primary: false })
        const s = await openFeature(page, 'screening')
        await check(page, viewport, 'screening-start')
        await button(s, '开始自测').click()
        await s.locator('wr-choice-list[name="problem"]').waitFor()
        await check(page, viewport, 'screening-problem')
        await tapAnswer(s, 'problem', 'wages')
        await button(s, '下一步').click()
        await s.locator('wr-choice-list[name="hasLawyer"]').waitFor()
        await check(page, viewport, 'screening-question')
        for (const [fact, value] of [['hasLawyer', 'no'], ['applicant.groups', 'migrant-worker'], ['urgent.needs', 'none']] as const) {
          await s.locator(`wr-choice-list[name="${fact}"]`).waitFor()
          await tapAnswer(s, fact, value)
          await button(s, '下一步').click()
        }
        await s.locator('[part="result"]').waitFor()
        await check(page, viewport, 'screening-result')
        assert.deepEqual(k.problems, [])
      } finally {
        await k.close()
      }
    })

    it('elder mode: the same question with 60 px actions', async () => {
      const k = await openKiosk(kiosk.browser, kiosk.url, VIEWPORTS[viewport])
      try {
        const { page } = k
        const s = await openFeature(page, 'screening')
        await page.locator('wr-kiosk-app header .switch').first().click()
        await button(s, '开始自测').click()
        await s.locator('wr-choice-list[name="problem"]').waitFor()
        await check(page, viewport, 'screening-problem', { elder: true })
      } finally {
        await k.close()
      }
    })
  })
}

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
