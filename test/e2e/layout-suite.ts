// The kiosk as residents meet it, at the four screens it runs on (a 1080×1920 portrait kiosk, a
// 1920×1080 landscape one, a 390×844 phone and a 320×640 one; kiosk-layout*.test.ts run this
// suite at two each, to stay within a file's time), with Chinese fonts: the primary
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

/**
 * A person reads a new step before tapping; a test taps at once. 同意 sits where 下一步 was, so a
 * tap within the kiosk's ghost-tap guard (450 ms, same spot) would rightly be swallowed: wait it out.
 */
export const afterGuard = (page: Page) => page.waitForTimeout(500)

async function check(page: Page, viewport: ViewportName, name: string, { elder = false, primary = true } = {}): Promise<void> {
  await settle(page)
  keep(`${name}-${viewport}${elder ? '-elder' : ''}`, await page.screenshot({ fullPage: false }))
  const m = await measure(page, 48, elder ? 60 : 48)
  const at = `${name} at ${viewport}${elder ? ' (elder)' : ''}: ${await where(page)}`
  assert.equal(m.overflow, 0, `${at}: no horizontal overflow`)
  assert.deepEqual(m.small, [], `${at}: every target at least 48×48`)
  assert.deepEqual(m.smallPrimary, [], `${at}: the bar's buttons at least ${elder ? 60 : 48} px`)
  assert.deepEqual(m.autofill, [], `${at}: no input the browser may autofill`)
  assert.deepEqual(m.wrapped, [], `${at}: no calendar date breaks over two lines`)
  if (!primary) return
  assert.ok(m.primary, `${at}: a primary action in the bottom bar`)
  const { height } = VIEWPORTS[viewport]
  assert.ok(m.primary.bottom <= height + 0.5 && m.primary.top >= 0, `${at}: "${m.primary.label}" is on screen (${Math.round(m.primary.top)}–${Math.round(m.primary.bottom)} of ${height})`)
  if (VIEWPORTS[viewport].height > VIEWPORTS[viewport].width) {
    assert.ok(m.primary.top >= height / 2, `${at}: "${m.primary.label}" is in the lower half (top ${Math.round(m.primary.top)} of ${height})`)
  }
}

export function layoutSuite(viewports: ViewportName[]): void {
  let kiosk: Kiosk
  before(async () => {
    kiosk = await startKiosk()
  })
  after(async () => {
    await kiosk?.close()
  })
for (const viewport of viewports) {
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

    it('booking: service, the soonest times and the calendar, a 称呼 and the keypad, the ticket', async () => {
      const k = await openKiosk(kiosk.browser, kiosk.url, VIEWPORTS[viewport])
      try {
        const { page } = k
        const b = await openFeature(page, 'booking')
        await b.locator('wr-choice-list[name="service"]').waitFor()
        await check(page, viewport, 'booking-service')
        await tapAnswer(b, 'service', 'adviser')
        await button(b, '下一步').click()
        await tapAnswer(b, 'group', 'none')
        await button(b, '下一步').click()
        await b.locator('button[data-date]').first().waitFor()
        await check(page, viewport, 'booking-day', { primary: false })
        await b.locator('.soonest wr-button').first().click()
        await b.locator('wr-keypad[name="mobile"]').waitFor()
        await afterGuard(page) // the next tap may fall where the time button was: a resident reads first
        await tapAnswer(b, 'surname', '张')
        await tapAnswer(b, 'title', 'ms')
        for (const d of '13800138000') await b.locator(`wr-keypad[name="mobile"] button[data-key="${d}"]`).click()
        await check(page, viewport, 'booking-details')
        await button(b, '下一步').click()
        await afterGuard(page)
        await button(b, /^同意/).click()
        await b.locator('.code').waitFor()
        await check(page, viewport, 'booking-done')
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
}

