import { fixture, html, expect, shadowQuery, shadowQueryAll, waitUntil, expectNoAxeViolations } from '../helpers/index.js'
import '@workroom/education/define'
import { setLanguage } from '@workroom/core'
import type { WrLibrary, WrLesson, WrCaseStory } from '@workroom/education'
import boText from '../../packages/education/src/content/starter.text.bo.json' with { type: 'json' }
import ugText from '../../packages/education/src/content/starter.text.ug.json' with { type: 'json' }

const TEXT = { bo: boText, ug: ugText } as const
/** How each language says article 5 and article 1042 (item 2) of a law (drafts in the education strings). */
const ARTICLE = { bo: ['དོན་ཚན་ 5', 'དོན་ཚན་ 1042'], ug: ['5-ماددا', '1042-ماددا'] } as const

const tileTitles = (el: WrLibrary) => shadowQueryAll(el, '.tile .tile-title').map((t) => t.textContent!.trim())

async function opened<T extends HTMLElement & { updateComplete: Promise<unknown> }>(el: WrLibrary, tag: string): Promise<T> {
  await el.updateComplete
  const inner = shadowQuery<T>(el, tag)!
  await inner.updateComplete
  return inner
}

describe('education in Tibetan and Uyghur', () => {
  afterEach(() => setLanguage('zh-Hans'))

  for (const lang of ['bo', 'ug'] as const) {
    const text = TEXT[lang]

    it(`${lang}: the starter library shows its topics in ${lang}, not Chinese`, async () => {
      const el = await fixture<WrLibrary>(html`<wr-library lang=${lang}></wr-library>`)
      await el.updateComplete
      expect(tileTitles(el)).to.deep.equal(text.topics.map((t) => t.title[lang as never] as string))
      expect(shadowQuery(el, '.box')!.getAttribute('lang')).to.equal(lang)
    })

    it(`${lang}: a lesson shows its title, page and text in ${lang}, the law's Chinese title marked zh-Hans and the article in ${lang}`, async () => {
      const el = await fixture<WrLibrary>(html`<wr-library lang=${lang}></wr-library>`)
      await el.updateComplete
      el.open('lesson', 'constitution-basics')
      const lesson = await opened<WrLesson>(el, 'wr-lesson')
      const own = text.lessons[0]!
      expect(shadowQuery(lesson, 'h2')!.textContent!.trim()).to.equal((own.title as Record<string, string>)[lang])
      expect(shadowQuery(lesson, '.page-heading')!.textContent!.trim()).to.equal((own.pages[0]!.heading as Record<string, string>)[lang])
      const box = shadowQuery(lesson, '.box')!
      expect(box.getAttribute('lang')).to.equal(lang)
      expect(box.textContent).to.contain((own.pages[0]!.blocks[0] as { text: Record<string, string> }).text[lang])
      const cite = shadowQuery(lesson, '.block-citation cite')!
      // The language's strings arrive once (lazily); the article words come with them.
      await waitUntil(() => cite.textContent!.includes(ARTICLE[lang][0]), `article in ${lang}`)
      expect(cite.querySelector('bdi[lang="zh-Hans"]')!.textContent).to.equal('《中华人民共和国宪法》')
      expect(cite.textContent).to.contain(ARTICLE[lang][0])
      expect(cite.textContent).not.to.contain('第五条')
      await expectNoAxeViolations(lesson)
    })

    it(`${lang}: a case story names its laws with the article said in ${lang}`, async () => {
      const el = await fixture<WrLibrary>(html`<wr-library lang=${lang}></wr-library>`)
      await el.updateComplete
      el.open('case', el.pack!.cases[0]!.id)
      const story = await opened<WrCaseStory>(el, 'wr-case-story')
      expect(shadowQuery(story, 'h2')!.textContent!.trim()).to.equal((text.cases[0]!.title as Record<string, string>)[lang])
      const laws = shadowQueryAll(story, '.laws li')
      expect(laws.length).to.be.greaterThan(0)
      await waitUntil(() => !/第.+条/.test(laws[0]!.textContent!), `article in ${lang}`)
      for (const li of laws) {
        expect(li.querySelector('bdi[lang="zh-Hans"]')!.textContent).to.match(/^《.+》$/)
        expect(li.textContent).not.to.match(/第.+条/)
      }
    })
  }

  it('gives the library the Uyghur text when the resident switches language, and Chinese back after', async () => {
    const el = await fixture<WrLibrary>(html`<wr-library></wr-library>`)
    await el.updateComplete
    expect(tileTitles(el)[0]).to.equal('宪法与公民权利')
    setLanguage('ug')
    await el.updateComplete
    await el.updateComplete
    expect(tileTitles(el)[0]).to.equal(ugText.topics[0]!.title.ug)
    expect(shadowQuery(el, '.box')!.getAttribute('dir')).to.equal('rtl')
    setLanguage('zh-Hans')
    await el.updateComplete
    await el.updateComplete
    expect(tileTitles(el)[0]).to.equal('宪法与公民权利')
  })
})
