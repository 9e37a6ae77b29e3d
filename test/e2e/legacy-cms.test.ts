// Our elements on a legacy county CMS page (test/e2e/pages/legacy-cms.html: global !important
// resets, a 10 px root font, float columns, global button and input styles, [hidden] shown,
// extended prototypes, an AMD define and a jQuery global) under the README's strict CSP: they look
// like their stories, every flow completes, and the page is left as it was.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { openPage, startEmbedSite, type EmbedSite } from './embed-site.js'
import { askToBook, book, openLesson, screen } from './embed-drive.js'
import { compare, elementShot, keep, settle, storyShot } from './screenshots.js'

/** Share of pixels that may differ from the story (anti-aliasing, the story's own frame). */
export const TOLERANCE = 0.02
const PAGE = '/pages/legacy-cms.html'

let site: EmbedSite
before(async () => {
  site = await startEmbedSite({ storybook: true })
})
after(async () => {
  await site?.close()
})

describe('on a legacy county CMS page', () => {
  it('keeps our type, line height and boxes whatever the page sets', async () => {
    const p = await openPage(site, PAGE)
    try {
      const s = p.page.locator('wr-aid-screener')
      await s.locator('h2').waitFor()
      const lead = await s.locator('p.lead + p').evaluate((el) => {
        const cs = getComputedStyle(el)
        return { size: cs.fontSize, line: cs.lineHeight, family: cs.fontFamily, spacing: cs.letterSpacing }
      })
      assert.equal(lead.size, '18px')
      assert.equal(lead.line, '27px')
      assert.doesNotMatch(lead.family, /SimSun/)
      assert.equal(lead.spacing, 'normal')
      // Every button's box stays inside its host (the page's content-box made them 52–68 px wider).
      const overflow = await s.locator('wr-button').evaluateAll((hosts) =>
        hosts.map((h) => {
          const inner = h.shadowRoot!.querySelector('button')!.getBoundingClientRect()
          const outer = h.getBoundingClientRect()
          return Math.round(inner.width - outer.width)
        }),
      )
      assert.ok(overflow.every((d) => d <= 0), `buttons wider than their hosts by ${overflow.join(', ')} px`)
      assert.deepEqual(p.problems, [])
    } finally {
      await p.close()
    }
  })

  for (const [tag, story] of [
    ['wr-aid-screener', 'screening-aid-screener--start'],
    ['wr-booking', 'booking-booking--service'],
    ['wr-library', 'education-library--home'],
  ] as const) {
    it(`${tag} looks like its story (${story}) within ${TOLERANCE * 100} % of pixels`, async () => {
      const p = await openPage(site, PAGE)
      try {
        const el = p.page.locator(tag)
        await el.locator('h2').first().waitFor()
        await settle(p.page)
        const width = (await el.boundingBox())!.width
        const here = await elementShot(el)
        const there = await storyShot(site.browser, `${site.url}/storybook`, story, tag, width)
        keep(`${tag}-legacy`, here)
        keep(`${tag}-story`, there)
        const d = await compare(site.browser, here, there)
        console.log(`screenshot difference ${tag}: ${(d.ratio * 100).toFixed(2)} % (${d.a.width}×${d.a.height} page, ${d.b.width}×${d.b.height} story)`)
        assert.ok(d.ratio <= TOLERANCE, `${(d.ratio * 100).toFixed(2)} % of pixels differ (page ${d.a.width}×${d.a.height}, story ${d.b.width}×${d.b.height})`)
        assert.deepEqual(p.problems, [])
      } finally {
        await p.close()
      }
    })
  }

  it('every flow completes: screening to a result, its booking button to the booking on the page, a booking, a lesson', async () => {
    const p = await openPage(site, PAGE)
    try {
      assert.equal(await screen(p.page), 'eligible-means-waived')
      await askToBook(p.page.locator('wr-aid-screener'))
      const focused = await p.page.evaluate(() => {
        let a: Element | null = document.activeElement
        const path: string[] = []
        while (a) {
          path.push(a.localName)
          a = a.shadowRoot?.activeElement ?? null
        }
        return path.join(' > ')
      })
      assert.match(focused, /^wr-booking > h2$/)
      assert.match(await book(p.page), /^\d{8}$/)
      assert.ok((await openLesson(p.page)).length > 0)
      assert.deepEqual(p.problems, [])
    } finally {
      await p.close()
    }
  })

  it("hands nothing to the page's AMD loader (a UMD dependency would export nothing to us)", () => {
    const files = readdirSync(site.embedDir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'))
    const umd = files.filter((f) => readFileSync(join(site.embedDir, f), 'utf8').includes('define.amd'))
    assert.deepEqual(umd, [])
  })

  it("leaves the page's prototype extensions, define and jQuery as they were", async () => {
    const p = await openPage(site, PAGE)
    try {
      await p.page.locator('wr-booking wr-choice-list').waitFor()
      // Our loads hide the extensions only while they run (a regional overlay's may still be under way): wait for them to end.
      await p.page.waitForFunction(() => {
        const keys: string[] = []
        for (const k in []) keys.push(k)
        return keys.length === 5
      }, undefined, { timeout: 10_000 }).catch(() => undefined)
      const state = await p.page.evaluate(() => {
        const keys: string[] = []
        for (const k in {}) keys.push(k)
        for (const k in []) keys.push(`[]${k}`)
        return { keys, define: typeof (window as unknown as { define?: { amd?: unknown } }).define?.amd, jquery: typeof (window as unknown as { jQuery?: unknown }).jQuery }
      })
      assert.deepEqual(state.keys, ['extend', 'toJSONString', '[]remove', '[]each', '[]contains', '[]extend', '[]toJSONString'])
      assert.equal(state.define, 'object')
      assert.equal(state.jquery, 'function')
    } finally {
      await p.close()
    }
  })
})
