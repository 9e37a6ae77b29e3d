import { html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { LocalizeController, WrElement } from '@workroom/core'
import '../translations.js'
import type { Block, CaseStory, Media, NextStep } from '../schema.js'
import { pick } from '../pick.js'
import { formatSource } from '../citation.js'
import { renderBlocks } from '../blocks/blocks.js'
import { blockStyles } from '../blocks/blocks.styles.js'
import { blockContext } from '../blocks/context.js'
import { blocksToSpeech } from '../text.js'
import { illustration } from '../illustrations.js'
import { pageStyles } from '../shared.styles.js'
import type { EducationNavigateDetail } from '../events.js'
import { caseStoryStyles } from './case-story.styles.js'

type Part = 'happened' | 'law' | 'resolved' | 'youCan'
const PARTS: readonly Part[] = ['happened', 'law', 'resolved', 'youCan']

/**
 * 以案释法: a real-life story told in four parts — what happened, what the law says, how it was
 * resolved, what you can do — ending with where to go next.
 * @summary Each part has its own heading and read-aloud; next steps are events, never links.
 * @event wr-education-open-screener - "Check if I can get legal aid"; detail: EducationNavigateDetail.
 * @event wr-education-open-booking - "Book a consultation"; detail: EducationNavigateDetail.
 * @csspart part - Each of the four parts.
 * @csspart next - The next-steps box.
 * @cssprop --wr-education-max-width - Maximum width of the reading column.
 */
export class WrCaseStory extends WrElement {
  static override styles = [...WrElement.styles, pageStyles, blockStyles, caseStoryStyles]

  @property({ attribute: false }) story?: CaseStory
  @property({ attribute: false }) media: Media[] = []
  @property({ attribute: 'asset-base' }) assetBase = ''
  /** Hide next steps the host cannot offer (e.g. no booking on a county site): a space-separated list. */
  @property({ attribute: 'hide-next' }) hideNext = ''

  private readonly l = new LocalizeController(this, 'education')

  private partTitle(part: Part): string {
    switch (part) {
      case 'happened':
        return this.l.t('case.happened')
      case 'law':
        return this.l.t('case.law')
      case 'resolved':
        return this.l.t('case.resolved')
      case 'youCan':
        return this.l.t('case.youCan')
    }
  }

  private navigate(step: NextStep): void {
    const story = this.story
    if (!story) return
    const detail: EducationNavigateDetail = { from: { kind: 'case', id: story.id, topic: story.topic }, step }
    this.emit(step === 'screener' ? 'wr-education-open-screener' : 'wr-education-open-booking', detail)
  }

  override render() {
    const story = this.story
    const lang = this.l.lang
    if (!story) return html`<div lang=${lang}><p>${this.l.t('case.empty')}</p></div>`
    const title = pick(story.title, lang)
    const hidden = new Set(this.hideNext.split(/\s+/))
    const next = (story.next ?? []).filter((s) => !hidden.has(s))
    const ctx = blockContext(this.l, this.media, this.assetBase)
    return html`<article class="box" lang=${lang} dir=${this.l.dir} aria-label=${title}>
      <div class="hero">
        ${illustration(story.illustration)}
        <div>
          <p class="meta">${this.l.t('case.kicker')}</p>
          <h2 class="title">${title}</h2>
        </div>
      </div>
      <p class="lead">${pick(story.summary, lang)}</p>
      ${PARTS.map((part, i) => {
        const blocks: Block[] = story[part]
        const heading = this.partTitle(part)
        return html`<section part="part" class="part ${part}" aria-labelledby="h-${part}">
          <h3 id="h-${part}" class="page-heading"><span class="n" aria-hidden="true">${i + 1}</span>${heading}</h3>
          <div class="tools"><wr-read-aloud .text=${`${heading}\n${blocksToSpeech(blocks, lang)}`} subject=${heading}></wr-read-aloud></div>
          ${renderBlocks(blocks, ctx)}
        </section>`
      })}
      <section aria-labelledby="h-laws">
        <h3 id="h-laws" class="page-heading">${this.l.t('case.lawsCited')}</h3>
        <ul class="laws">${story.sources.map((s) => html`<li>${formatSource(s, lang)}</li>`)}</ul>
      </section>
      ${next.length
        ? html`<section class="next" part="next" aria-labelledby="h-next">
            <h3 id="h-next" class="page-heading">${this.l.t('case.nextHeading')}</h3>
            <div class="nav">
              ${next.includes('screener')
                ? html`<wr-button size="large" @click=${() => this.navigate('screener')}>${this.l.t('case.toScreener')}</wr-button>`
                : nothing}
              ${next.includes('booking')
                ? html`<wr-button variant="secondary" size="large" @click=${() => this.navigate('booking')}>${this.l.t('case.toBooking')}</wr-button>`
                : nothing}
            </div>
            ${next.includes('hotline') ? html`<p class="hotline">${this.l.t('case.hotline')}</p>` : nothing}
          </section>`
        : nothing}
    </article>`
  }
}
