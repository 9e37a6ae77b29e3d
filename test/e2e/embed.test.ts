// The README's embedding examples, each as written in a plain page served with the README's
// Content-Security-Policy (Trusted Types enforced): they load, show what the README says, every
// flow completes, and nothing is reported (console errors, CSP or Trusted Types violations).
import assert from 'node:assert/strict'
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
})
