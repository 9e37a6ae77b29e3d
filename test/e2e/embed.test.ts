// The README's embedding examples, each as written in a plain page served with the README's
// Content-Security-Policy (Trusted Types enforced): they load, show what the README says, every
// flow completes, and nothing is reported (console errors, CSP or Trusted Types violations).
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { openPage, readmeExamples, startEmbedSite, type EmbedSite } from './embed-site.js'
import { book, openLesson, screen, askToBook } from './embed-drive.js'

let site: EmbedSite
before(async () => {
  site = await startEmbedSite()
})
after(async () => {
  await site?.close()
})

const examples = readmeExamples()
const index = (tag: string, attr = '') => examples.findIndex((e) => e.html.includes(`<${tag}`) && e.html.includes(attr))

describe('README embedding examples, as written, under the README CSP', () => {
  it('has the examples this test expects', () => {
    assert.ok(examples.length >= 4, `found ${examples.length}`)
    for (const e of examples) assert.match(e.html, /<script type="module" src="\/workroom\/[\w-]+\.js"><\/script>/)
  })

  it('the pages really are under that policy: Trusted Types and inline styles are enforced', async () => {
    const p = await openPage(site, `/readme/${index('wr-library></')}.html`)
    try {
      const blocked = await p.page.evaluate(() => {
        let html = false
        try {
          // A string where Trusted Types want a TrustedHTML: what the policy exists to refuse.
          document.createElement('div').setHTMLUnsafe('<b>x</b>')
        } catch {
          html = true
        }
        return html
      })
      assert.equal(blocked, true, 'innerHTML with a string is refused (require-trusted-types-for)')
      await p.page.waitForTimeout(100)
      p.problems.length = 0
    } finally {
      await p.close()
    }
  })

  it('screening: a resident answers to a result; the README event listener runs; "book" goes to booking-href', async () => {
    const p = await openPage(site, `/readme/${index('wr-aid-screener')}.html`)
    try {
      const logged: string[] = []
      p.page.on('console', (m) => m.type() === 'log' && logged.push(m.text()))
      assert.equal(await screen(p.page), 'eligible-means-waived')
      assert.deepEqual(logged, ['eligible-means-waived'])
      await askToBook(p.page.locator('wr-aid-screener'))
      await p.page.waitForURL('**/yuyue/')
      assert.deepEqual(p.problems, [])
    } finally {
      await p.close()
    }
  })

  it('booking: fetches the office config from service-url and books through the county service', async () => {
    const p = await openPage(site, `/readme/${index('wr-booking', 'service-url')}.html`)
    try {
      assert.match(await book(p.page).catch((e: Error) => Promise.reject(new Error(`${e.message} (page problems: ${p.problems.join(' | ')})`))), /^\d{8}$/)
      assert.deepEqual(p.problems, [])
    } finally {
      await p.close()
    }
  })

  it('library: the starter content alone, and a county pack from content-url; a lesson opens', async () => {
    for (const i of [index('wr-library></'), index('wr-library', 'content-url')]) {
      const p = await openPage(site, `/readme/${i}.html`)
      try {
        assert.ok((await openLesson(p.page)).length > 0)
        assert.deepEqual(p.problems, [])
      } finally {
        await p.close()
      }
    }
  })

  it('directory: loads the county directory from src, finds legal aid in a township, opens a place with a tel: link', async () => {
    const p = await openPage(site, `/readme/${index('wr-service-directory')}.html`)
    try {
      const d = p.page.locator('wr-service-directory')
      await d.locator('.list > li').first().waitFor()
      await d.getByRole('button', { name: '法律援助', exact: true }).click()
      await d.getByRole('button', { name: '青石镇', exact: true }).click()
      const first = d.locator('.list > li').first()
      assert.equal((await first.locator('h3').textContent())?.trim(), '东坪村公共法律服务工作室')
      await first.getByRole('button', { name: /看详细/ }).click()
      const heading = d.locator('#entry-title')
      assert.match((await heading.textContent()) ?? '', /东坪村公共法律服务工作室/)
      assert.equal(await d.locator('a.phone').getAttribute('href'), 'tel:00000000001')
      // The site's fixed clock is a Monday at 08:00: the workroom opens at 08:30.
      assert.match((await d.locator('.status').textContent()) ?? '', /现在没开门，今天 08:30 开门/)
      assert.deepEqual(p.problems, [])
    } finally {
      await p.close()
    }
  })

  it('directory: what a page loads before the directory shows stays within its budget', () => {
    const entry = site.entries.find((e) => e.name === 'directory')
    assert.ok(entry, 'the build makes directory.js')
    // `npm run size` measures the entry bundled alone (maxGzipKB); the published embed shares chunks
    // with the other entries, which costs a few KB more up front (embedMaxGzipKB).
    const pkg = JSON.parse(readFileSync(new URL('../../packages/directory/package.json', import.meta.url), 'utf8')) as { sizeBudgets: { embedMaxGzipKB: number }[] }
    const budget = pkg.sizeBudgets[0]!.embedMaxGzipKB
    const kb = entry.upfrontGzip / 1024
    console.log(`directory.js up front: ${kb.toFixed(1)} KB gzip (budget ${budget} KB)`)
    assert.ok(kb <= budget, `${kb.toFixed(1)} KB gzip`)
  })
})
