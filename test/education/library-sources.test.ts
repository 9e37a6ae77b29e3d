import { fixture, html, expect, oneEvent, shadowQuery, shadowQueryAll } from '../helpers/index.js'
import '@workroom/education/define'
import type { WrLibrary, ContentErrorDetail } from '@workroom/education'
import { starterPackJson } from '../../packages/education/src/content/starter.js'

const PACK_URL = 'https://fazhi.example.gov.cn/packs/county.json'
const titles = (el: WrLibrary) => shadowQueryAll(el, '.topics .tile-title').map((t) => t.textContent)

/** A county site serving a content pack, in a fetch stub. */
function countySite(status = 200) {
  const county = structuredClone(starterPackJson) as { id: string; topics: { title: { 'zh-Hans': string } }[] }
  county.topics[0]!.title['zh-Hans'] = '本县普法专题'
  const realFetch = window.fetch
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
    String(input) === PACK_URL ? new Response(status === 200 ? JSON.stringify(county) : 'gone', { status }) : realFetch(input, init)) as typeof fetch
  return () => (window.fetch = realFetch)
}

/** The starter pack's topics, one tile each (the 法律明白人 track made it nine). */
const STARTER_TOPICS = 9

describe('wr-library content sources', () => {
  it('shows the starter content when given nothing (one tag on a county page)', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library></wr-library>`)
    expect(shadowQuery(el, 'h2')!.textContent).to.equal('普法学习')
    expect(shadowQueryAll(el, '.tile').length).to.equal(STARTER_TOPICS)
  })

  it('fetches a county pack from content-url', async () => {
    const restore = countySite()
    try {
      const el = await fixture<WrLibrary>(html`<wr-library content-url=${PACK_URL}></wr-library>`)
      expect(titles(el)[0]).to.equal('本县普法专题')
    } finally {
      restore()
    }
  })

  it('keeps residents in a working library when the pack cannot be fetched, and tells the webmaster why', async () => {
    const restore = countySite(404)
    const logged: string[] = []
    const realError = console.error
    console.error = (...a: unknown[]) => void logged.push(a.map(String).join(' '))
    try {
      const el = document.createElement('wr-library') as WrLibrary
      el.contentUrl = PACK_URL
      const problem = oneEvent(el, 'wr-education-content-refused')
      document.body.append(el)
      const detail = (await problem).detail as ContentErrorDetail
      expect(detail.issues[0]!.code).to.equal('unreachable')
      await el.updateComplete
      expect(titles(el)[0]).not.to.equal('本县普法专题')
      expect(shadowQueryAll(el, '.tile').length).to.equal(STARTER_TOPICS)
      expect(shadowQuery(el, '[role=alert]')).to.equal(null)
      // A calm line says some content is missing; the address and the cause only with debug.
      expect(shadowQuery(el, '.problems[role=status]')!.textContent!.trim()).to.equal('有一部分内容暂时打不开，先给您看现有的内容。')
      expect(el.shadowRoot!.textContent).to.not.contain(PACK_URL)
      expect(logged.join('\n')).to.contain(PACK_URL)
      el.remove()
    } finally {
      console.error = realError
      restore()
    }
  })
})
