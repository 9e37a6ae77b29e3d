// End-to-end: the service directory in the built kiosk. A result's place opens its entry; the
// State Council calendar closes offices on a holiday; the directory reflows at 320 px.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startKiosk, type Kiosk } from './kiosk-server.js'
import { button, openFeature, openKiosk, screenToResult } from './drive.js'

let kiosk: Kiosk
before(async () => {
  kiosk = await startKiosk()
})
after(async () => {
  await kiosk?.close()
})

const MONDAY = Date.parse('2026-03-02T09:30:00+08:00')
const NATIONAL_DAY = Date.parse('2026-10-01T10:00:00+08:00')

describe('kiosk: the service directory', () => {
  it('a screener result’s route opens the matching directory entry', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url, undefined, { now: MONDAY })
    try {
      assert.equal(await screenToResult(k.page), 'eligible-means-waived')
      const s = k.page.locator('wr-aid-screener')
      // This workroom first, with its address from the directory.
      const first = s.locator('.places > li').first()
      assert.equal(await first.getAttribute('data-entry'), 'dongping-workroom')
      assert.match((await first.textContent()) ?? '', /青石镇东坪村党群服务中心一楼西侧/)
      // Unpaid wages: labour arbitration, with the directory's address; its button opens that entry.
      const route = s.locator('.route-place[data-entry="linhe-labour-arbitration"]')
      assert.match((await route.textContent()) ?? '', /人社局三楼/)
      await button(route, '看地图和开门时间').click()
      const d = k.page.locator('wr-service-directory')
      await d.locator('#entry-title').waitFor()
      assert.match((await d.locator('#entry-title').textContent()) ?? '', /临河县劳动人事争议仲裁院/)
      // On the kiosk the way there is a QR code for the phone, never a link out.
      await d.locator('wr-qr-code svg').waitFor()
      assert.equal(await d.locator('a').count(), 0)
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })

  it('the holiday calendar marks a closed office closed on National Day; "open now" leaves the 12348 line', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url, undefined, { now: NATIONAL_DAY })
    try {
      const d = await openFeature(k.page, 'directory')
      const office = d.locator('[data-entry="qingshi-office"]')
      await office.waitFor()
      assert.match((await office.locator('.status').textContent()) ?? '', /今天放假休息（国庆节）.*10月8日/)
      await d.getByRole('button', { name: '全县', exact: true }).click()
      await d.getByRole('button', { name: '只看现在开门的', exact: true }).click()
      assert.deepEqual((await d.locator('.list > li h3').allTextContents()).map((t) => t.trim()), ['12348 公共法律服务热线'])
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })

  it('reflows at 320 px: the list and a place, no sideways scrolling', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url, { width: 320, height: 640 }, { now: MONDAY })
    try {
      const d = await openFeature(k.page, 'directory')
      await d.locator('.list > li').first().waitFor()
      const width = () => k.page.evaluate(() => document.documentElement.scrollWidth)
      assert.ok((await width()) <= 320, `list: ${await width()} px wide`)
      await d.locator('[data-entry="linhe-court-service"]').getByRole('button', { name: /看详细/ }).click()
      await d.locator('#entry-title').waitFor()
      assert.ok((await width()) <= 320, `place: ${await width()} px wide`)
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })
})
