// The built kiosk, from a screening result to a legal-aid application: asked only what the
// screening did not know, taken into the sealed outbox while the county service cannot be reached,
// sent when it can, the A4 sheet in print media, and nothing left after 清除并退出.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import type { Locator } from 'playwright-core'
import { startKiosk, type Kiosk } from './kiosk-server.js'
import { button, clearAndExit, deepText, home, openKiosk, screenToResult, tapAnswer } from './drive.js'
import { VIEWPORTS } from './measure.js'

let kiosk: Kiosk
before(async () => {
  kiosk = await startKiosk()
})
after(async () => {
  await kiosk?.close()
})

const OFFICE = '/api/booking/offices/qingshi-office'
const config = JSON.parse(readFileSync(new URL('../../kiosk/public/workroom.json', import.meta.url), 'utf8')) as Record<string, unknown>

describe('kiosk, a legal-aid application', () => {
  it('from the result to an application kept while the county service is down, sent when it is back; the A4 sheet; nothing left after a reset', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url, VIEWPORTS.portrait)
    try {
      const { page, context } = k
      await context.route('**/workroom.json*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...config, version: 'e2e-application', sync: { bookingServiceUrl: OFFICE, token: 'device-e2e', everyMinutes: 15 } }) }))
      let up = false
      const synced: { code: string; name: string; auth: string | undefined }[] = []
      await context.route(`**${OFFICE}/**`, async (route) => {
        if (!up) return route.abort('internetdisconnected')
        const req = route.request()
        const body = req.postDataJSON() as { entries?: { idempotencyKey: string; body: { code: string; submission: { applicant: { name: string } } } }[] }
        if (req.url().endsWith('/staff/applications/sync')) {
          for (const e of body.entries ?? []) synced.push({ code: e.body.code, name: e.body.submission.applicant.name, auth: req.headers()['authorization'] })
          return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ results: (body.entries ?? []).map((e) => ({ idempotencyKey: e.idempotencyKey, status: 'applied', code: e.body.code })) }) })
        }
        return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ results: [] }) })
      })
      await page.reload()
      await home(page)
      assert.equal(await screenToResult(page), 'eligible-means-waived')
      const s = page.locator('wr-aid-screener')
      await button(s, '申请法律援助').click()
      const a: Locator = page.locator('wr-aid-application')
      await a.locator('h2', { hasText: '申请法律援助' }).waitFor()
      await button(a, '开始填写').click()
      // "For myself" and a stage answer their step: the next one follows at once.
      const tapOn = (list: string, value: string) => a.locator(`wr-choice-list[name="${list}"] label`).filter({ has: page.locator(`input[value="${value}"]`) }).click()
      await tapOn('forWhom', 'self')
      await a.locator('wr-text-field[name="name"]').waitFor()
      await a.locator('wr-text-field[name="name"] input').fill('王建国')
      await button(a, '下一步').click()
      for (const d of '13800138000') await a.locator(`wr-keypad[name="mobile"] button[data-key="${d}"]`).click()
      await button(a, '下一步').click()
      await tapAnswer(a, 'village', 'dongping-workroom')
      await button(a, '下一步').click()
      await tapOn('stage', 'not-started')
      await a.locator('wr-choice-list[name="topics"]').waitFor()
      await tapAnswer(a, 'topics', 'unpaid')
      await button(a, '下一步').click()
      await a.locator('wr-choice-list[name="consent"]').waitFor()
      assert.equal(await a.locator('wr-choice-list[name="consent"] input:checked').count(), 0, 'nothing ticked')
      await button(a, '下一步').click()
      await button(a, '我承诺以上属实').click()
      await a.locator('h2', { hasText: '请核对您的申请' }).waitFor()
      assert.equal(await a.locator('input:not([autocomplete="off"])').count(), 0, 'no input the browser may autofill')
      await button(a, '提交申请').click()
      await a.locator('h2', { hasText: '申请已收下' }).waitFor()
      const code = (await a.locator('.code').textContent())!.replace(/\s/g, '')
      assert.match(code, /^\d{8}$/)
      assert.equal(await a.locator('wr-qr-code').getAttribute('value'), code, 'the QR code holds the code alone')

      // The sheet, as the printer gets it: A4, every field the screening and the answers filled.
      await page.emulateMedia({ media: 'print' })
      const sheet = a.locator('.sheet')
      assert.ok(await sheet.isVisible())
      assert.ok(!(await button(a, '完成').isVisible()), 'no buttons on paper')
      const printed = (await sheet.textContent())!
      for (const words of ['法律援助申请信息预填单', '王建国', '13800138000', '东坪村', '个人诚信承诺书', '申请人签名（或按手印）', code]) assert.ok(printed.includes(words), `the sheet lacks ${words}`)
      assert.deepEqual(await sheet.locator('[data-field="caseType"] .tick.on').evaluateAll((xs) => xs.map((x) => x.getAttribute('data-value'))), ['labour'])
      assert.deepEqual(await sheet.locator('[data-field="groups"] .tick.on').evaluateAll((xs) => xs.map((x) => x.getAttribute('data-value'))), ['migrant-worker'])
      await page.emulateMedia({ media: 'screen' })

      // The county service is back: the next sync sends it, under the code the resident holds.
      assert.equal(synced.length, 0)
      up = true
      // A sync still retrying from before may be under way: say "online" until one gets through.
      for (let t = 0; t < 60 && !synced.length; t++) {
        await page.evaluate(() => window.dispatchEvent(new Event('online')))
        await page.waitForTimeout(500)
      }
      assert.deepEqual(synced, [{ code, name: '王建国', auth: 'Bearer device-e2e' }])

      await clearAndExit(page)
      const text = await deepText(page)
      assert.ok(!text.includes('王建国') && !text.includes('13800138000'), 'nothing of the resident left on screen')
      assert.deepEqual(k.problems.filter((p) => !p.includes('internetdisconnected') && !p.includes('Failed to load resource')), [])
    } finally {
      await k.close()
    }
  })
})
