// End-to-end: the built kiosk (vite build, served by vite preview) in the system Chromium.
// One browser for the file; each test gets a fresh profile (its own storage and service worker).
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startKiosk, type Kiosk } from './kiosk-server.js'
import { precacheList } from '../../scripts/lib/precache.mjs'
import { RESIDENT, bookToCode, clearAndExit, deepText, home, openFeature, openKiosk, openLesson, screenToResult } from './drive.js'

let kiosk: Kiosk
before(async () => {
  kiosk = await startKiosk()
})
after(async () => {
  await kiosk?.close()
})

describe('kiosk, one resident per feature', () => {
  it('screening: a migrant worker owed wages taps through to a result', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url)
    try {
      assert.equal(await screenToResult(k.page), 'eligible-means-waived')
      const text = await deepText(k.page)
      assert.match(text, /第四十二条/)
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })

  it('booking: service, day, time, name and mobile, consent, a booking code', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url)
    try {
      const code = await bookToCode(k.page)
      assert.match(code, /^\d{8}$/, 'a booking code of digits, easy to say on the phone')
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })

  it('education: opens a lesson from a topic', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url)
    try {
      const title = await openLesson(k.page)
      assert.ok(title.length > 0, 'the lesson has a title')
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })
})

describe('kiosk, between residents', () => {
  it('"clear and exit" wipes the resident and keeps the service worker and its caches', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url)
    try {
      const { page } = k
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
      await bookToCode(page)
      const cachesBefore = await page.evaluate(() => caches.keys())
      await clearAndExit(page)
      const text = await deepText(page)
      assert.ok(!text.includes(`${RESIDENT.surname}女士`) && !text.includes(RESIDENT.mobile), 'nothing the resident tapped is on screen')
      const after = await page.evaluate(async () => ({
        databases: (await indexedDB.databases()).map((d) => d.name),
        local: localStorage.length,
        session: sessionStorage.length,
        controlled: navigator.serviceWorker.controller !== null,
        caches: await caches.keys(),
        url: location.href,
      }))
      assert.ok(!after.databases.includes('workroom-session'), `the session database is gone (left: ${after.databases.join(', ')})`)
      assert.equal(after.local + after.session, 0, 'nothing in localStorage or sessionStorage')
      assert.equal(after.controlled, true, 'the service worker still controls the page')
      assert.deepEqual(after.caches, cachesBefore)
      assert.equal(after.url, kiosk.url)
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })

  it('a bad workroom config is refused and the kiosk keeps working', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url)
    try {
      // context.route also sees the requests the service worker makes.
      let served = 0
      await k.context.route('**/workroom.json*', (route) => {
        served++
        return route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1, "languages": []}' })
      })
      await k.page.reload()
      await home(k.page)
      assert.ok(served > 0, 'the kiosk fetched the bad config')
      assert.equal(await k.page.locator('wr-kiosk-app [data-feature]').count(), 4)
      await openFeature(k.page, 'screening')
    } finally {
      await k.close()
    }
  })
})

describe('kiosk, offline and printing', () => {
  it('works with the network cut after the first load: every feature comes from the service worker', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url)
    try {
      const { page, context } = k
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
      // The config is fetched once through the worker after it takes over.
      await page.waitForFunction(async () => (await (await caches.open('workroom-config')).keys()).length > 0, undefined, { polling: 200 })
      const title = await page.title()
      const failed: string[] = []
      const fromWorker = new Set<string>()
      const fromNetwork: string[] = []
      page.on('requestfailed', (r) => failed.push(r.url()))
      page.on('response', (r) => (r.fromServiceWorker() ? fromWorker.add(r.url()) : fromNetwork.push(r.url())))
      await context.setOffline(true)
      await page.reload()
      await home(page)
      await page.waitForFunction((t) => document.title === t, title, { timeout: 5000 }).catch(() => {})
      assert.equal(await page.title(), title, 'the workroom config came from the cache')
      assert.equal(await screenToResult(page), 'eligible-means-waived')
      await clearAndExit(page)
      await (await openFeature(page, 'booking')).locator('wr-choice-list[name="service"]').waitFor()
      await clearAndExit(page)
      assert.ok((await openLesson(page)).length > 0)
      // A network-first fetch the worker answered from its cache shows as both failed and answered.
      assert.deepEqual(failed.filter((u) => !fromWorker.has(u)), [], 'every request was answered offline')
      assert.deepEqual(fromNetwork, [], 'nothing came from the network')
      assert.ok(fromWorker.size > 5, 'the page and its chunks came from the service worker')
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })

  it('precaches the starter video, its captions and poster, and plays the video with the network cut', async () => {
    const { media, mediaBytes, total } = precacheList(kiosk.dist)
    assert.deepEqual(media.map((f) => f.url).sort(), ['media/scam-call-poster.png', 'media/scam-call.en.vtt', 'media/scam-call.mp4', 'media/scam-call.zh-Hans.vtt'])
    console.log(`kiosk precache: ${total} bytes, of which media ${mediaBytes}`)
    const k = await openKiosk(kiosk.browser, kiosk.url)
    try {
      const { page, context } = k
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
      // As in the offline test above: the config is fetched once through the worker after it takes
      // over; cut the network before that and the page logs its failed fetch.
      await page.waitForFunction(async () => (await (await caches.open('workroom-config')).keys()).length > 0, undefined, { polling: 200 })
      await context.setOffline(true)
      await page.reload()
      await home(page)
      const lib = await openFeature(page, 'education')
      await lib.locator('input[type=search]').fill('养老诈骗')
      await lib.locator('.tile').filter({ hasText: '守好养老钱' }).first().click()
      const video = page.locator('wr-video video')
      await video.waitFor()
      await video.evaluate((v: HTMLVideoElement) => (v.readyState >= 1 ? undefined : new Promise((r, j) => ((v.onloadedmetadata = r), (v.onerror = () => j(new Error(`video error ${v.error?.code}`)))))))
      assert.equal(Math.round(await video.evaluate((v: HTMLVideoElement) => v.duration)), 36)
      assert.equal(await video.evaluate((v: HTMLVideoElement) => v.paused), true, 'never plays by itself')
      const cues = await video.evaluate(async (v: HTMLVideoElement) => {
        const t = [...v.textTracks].find((x) => x.language === 'zh-Hans')!
        for (let i = 0; i < 50 && !(t.cues?.length ?? 0); i++) await new Promise((r) => setTimeout(r, 100))
        return { mode: t.mode, cues: t.cues?.length ?? 0 }
      })
      assert.deepEqual(cues, { mode: 'showing', cues: 4 })
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })

  it('prints the booking as an 80 mm ticket: code shown, buttons hidden, nothing wider than the paper', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url)
    try {
      const { page } = k
      const code = await bookToCode(page)
      await page.setViewportSize({ width: 302, height: 1100 }) // 80 mm at 96 dpi
      await page.emulateMedia({ media: 'print' })
      const booking = page.locator('wr-booking')
      assert.equal(await booking.locator('.code').isVisible(), true)
      assert.equal((await booking.locator('.code').textContent())?.trim(), code)
      assert.equal(await booking.locator('.actions').isHidden(), true, 'print and "book again" are not printed')
      const box = await page.evaluate(() => {
        const ticket = document.querySelector('wr-kiosk-app')!.shadowRoot!.querySelector('wr-booking')!.shadowRoot!.querySelector('.ticket')!
        const r = ticket.getBoundingClientRect()
        return { left: r.left, right: r.right, scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }
      })
      assert.ok(box.left >= 0 && box.right <= 302.5, `the ticket fits 80 mm (${box.left}–${box.right} px)`)
      assert.ok(box.scrollWidth <= box.width, `no horizontal overflow (${box.scrollWidth} > ${box.width})`)
      assert.deepEqual(k.problems, [])
    } finally {
      await k.close()
    }
  })

  it('prints only the ticket: none of the shell (header, switches, back, footer)', async () => {
    const k = await openKiosk(kiosk.browser, kiosk.url)
    try {
      await bookToCode(k.page)
      await k.page.emulateMedia({ media: 'print' })
      const shown = await k.page.evaluate(() => {
        const root = document.querySelector('wr-kiosk-app')!.shadowRoot!
        return [...root.querySelectorAll('header, footer, .back')].filter((el) => (el as HTMLElement).offsetHeight > 0).map((el) => el.tagName.toLowerCase() + (el.className ? `.${el.className}` : ''))
      })
      assert.deepEqual(shown, [])
    } finally {
      await k.close()
    }
  })
})
