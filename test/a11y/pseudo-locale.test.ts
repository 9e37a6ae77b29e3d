// Every story again with every string 40 % longer (what Tibetan and Uyghur often are next to
// Chinese): no box may hide part of its text. The stories' own axe check runs in stories.test.ts.
import storyFiles from 'virtual:workroom-stories'
import { fixture, html } from '@open-wc/testing'
import { allUpdatesComplete } from '../helpers/dom.js'
import { storiesOf, type StoryEntry } from '../helpers/stories.js'
import { clippedText, startPseudoLocale, stopPseudoLocale } from '../helpers/pseudo.js'

const loaded = await Promise.all(
  storyFiles.map(async ({ path, load }) => {
    try {
      return storiesOf(await load(), path)
    } catch {
      return [] as StoryEntry[] // stories.test.ts reports a file that does not load
    }
  }),
)

describe('Stories with 40 % longer strings', () => {
  before(startPseudoLocale)
  after(stopPseudoLocale)
  it('makes every string longer', async () => {
    const { i18n } = await import('@workroom/core')
    const close = i18n.t('dialog.close', { ns: 'core', lng: 'zh-Hans' })
    if (close !== '关闭关') throw new Error(`pseudo-locale not applied: ${close}`)
  })
  for (const story of loaded.flat()) {
    if (story.a11y.disable || story.a11y.test === 'off') continue
    it(`${story.fullName} clips no text`, async () => {
      const rendered = story.render()
      const root = await fixture<HTMLDivElement>(html`<div data-story=${story.context.id}>${rendered}</div>`)
      await allUpdatesComplete(root)
      const clipped = clippedText(root)
      if (clipped.length) throw new Error(`clipped:\n${clipped.join('\n')}`)
    })
  }
})
