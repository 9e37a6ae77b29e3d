import { html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { LocalizeController, WrElement } from '@workroom/core'
import '../translations.js'
import type { Block, CaseStory, Media, NextStep } from '../schema.js'
import { pick, pickHtml } from '../pick.js'
import { citeSource, formatSource } from '../citation.js'
import { renderBlocks, renderPicture } from '../blocks/blocks.js'
import { blockStyles } from '../blocks/blocks.styles.js'
import { blockContext } from '../blocks/context.js'
import { blocksToSpeech } from '../text.js'
import { illustration } from '../illustrations.js'
import { pageStyles } from '../shared.styles.js'
import type { EducationNavigateDetail } from '../events.js'
import { narrationSrc } from '../media.js'
import { caseStoryStyles } from './case-story.styles.js'

/**
 * 以案释法 as a picture story (连环画): 4–8 panels, each a picture and one or two plain sentences
 * with its own read-aloud, a "play all", the law behind a "法律原文" disclosure, and what the
 * resident can do here: check for legal aid, book a consultation, ask a mediator. Prints as a
 * one-page A4 handout. Older packs without panels are told in text parts.
 * @summary Each panel has read-aloud; next steps are events, never links.
 * @event wr-education-screener-request - "Check if I can get legal aid"; detail: EducationNavigateDetail.
 * @event wr-education-open-screener - Deprecated: the same event under its old name (sent too, after wr-education-screener-request).
 * @event wr-education-booking-request - "Book a consultation" or "Ask a mediator" (step `mediation`); detail: EducationNavigateDetail.
 * @event wr-education-open-booking - Deprecated: the same event under its old name (sent too, after wr-education-booking-request).
 * @csspart panel - Each panel of the picture story.
 * @csspart part - Each text part (packs without panels).
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

  private navigate(step: NextStep): void {
    const story = this.story
    if (!story) return
    const detail: EducationNavigateDetail = { from: { kind: 'case', id: story.id, topic: story.topic }, step }
    this.emit(step === 'screener' ? 'wr-education-screener-request' : 'wr-education-booking-request', detail)
  }

  override render() {
    const story = this.story
    const lang = this.l.lang
    if (!story) return html`<div lang=${lang}><p>${this.l.t('case.empty')}</p></div>`
    const title = pick(story.title, lang)
    const ctx = blockContext(this.l, this.media, this.assetBase)
    const panels = story.panels ?? []
    const youCan = this.l.t('case.youCan')
    const all = [title, ...panels.map((p) => pick(p.text, lang)), youCan, blocksToSpeech(story.youCan, lang)].join('\n')
    return html`<article class="box" lang=${lang} dir=${this.l.dir} aria-label=${title}>
      <div class="hero">
        ${illustration(story.illustration)}
        <div>
          <p class="meta">${this.l.t('case.kicker')}</p>
          <h2 class="title">${title}</h2>
        </div>
      </div>
      <p class="lead">${pickHtml(story.summary, lang)}</p>
      ${panels.length
        ? html`<div class="tools play-all"><span class="play-all-label" aria-hidden="true">${this.l.t('case.playAll')}</span><wr-read-aloud .text=${all} subject=${this.l.t('case.playAllSubject')}></wr-read-aloud></div>
            <ol class="panels" aria-label=${this.l.t('case.panels', { count: panels.length })}>
              ${panels.map((p, i) => {
                const text = pick(p.text, lang)
                const audio = narrationSrc(this.media, p.audio, this.l.lang, this.assetBase)
                return html`<li class="panel" part="panel">
                  ${renderPicture(p.picture, ctx, undefined, 'panel-picture')}
                  <div class="panel-text">
                    <span class="n" aria-hidden="true">${i + 1}</span>
                    <p><span class="visually-hidden">${this.l.t('case.panel', { n: i + 1 })}</span>${text}</p>
                  </div>
                  <wr-read-aloud .text=${text} subject=${this.l.t('case.panel', { n: i + 1 })} audio=${audio ?? ''}></wr-read-aloud>
                </li>`
              })}
            </ol>`
        : this.renderTextParts(story)}
      ${story.law?.length ? this.renderPart('law', this.l.t('case.law'), story.law, ctx, 'h-law') : nothing}
      ${this.renderYouCan(story, ctx)}
      <p class="print-only">${this.l.t('case.lawsCited')}${this.l.t('text.colon')}${story.sources.map((s) => formatSource(s, lang)).join(this.l.t('text.listJoin'))}</p>
      <details class="statute laws-cited">
        <summary>${this.l.t('case.lawsCited')}</summary>
        <ul class="laws">${story.sources.map((s) => html`<li>${citeSource(s, lang)}</li>`)}</ul>
      </details>
    </article>`
  }

  private renderPart(part: string, heading: string, blocks: Block[], ctx: ReturnType<typeof blockContext>, id: string, n?: number) {
    return html`<section part="part" class="part ${part}" aria-labelledby=${id}>
      <h3 id=${id} class="page-heading">${n ? html`<span class="n" aria-hidden="true">${n}</span>` : nothing}${heading}</h3>
      <div class="tools"><wr-read-aloud .text=${`${heading}\n${blocksToSpeech(blocks, this.l.lang)}`} subject=${heading}></wr-read-aloud></div>
      ${renderBlocks(blocks, ctx)}
    </section>`
  }

  private renderTextParts(story: CaseStory) {
    const ctx = blockContext(this.l, this.media, this.assetBase)
    return html`${story.happened?.length ? this.renderPart('happened', this.l.t('case.happened'), story.happened, ctx, 'h-happened', 1) : nothing}
    ${story.resolved?.length ? this.renderPart('resolved', this.l.t('case.resolved'), story.resolved, ctx, 'h-resolved', 2) : nothing}`
  }

  private renderYouCan(story: CaseStory, ctx: ReturnType<typeof blockContext>) {
    const hidden = new Set(this.hideNext.split(/\s+/))
    const next = (story.next ?? []).filter((s) => !hidden.has(s))
    const heading = this.l.t('case.youCan')
    return html`<section class="next" part="next" aria-labelledby="h-next">
      <h3 id="h-next" class="page-heading">${heading}</h3>
      <div class="tools"><wr-read-aloud .text=${`${heading}\n${blocksToSpeech(story.youCan, this.l.lang)}`} subject=${heading}></wr-read-aloud></div>
      ${renderBlocks(story.youCan, ctx)}
      ${next.length
        ? html`<p class="next-heading">${this.l.t('case.nextHeading')}</p>
            <div class="nav">
              ${next.includes('screener')
                ? html`<wr-button size="large" @click=${() => this.navigate('screener')}>${this.l.t('case.toScreener')}</wr-button>`
                : nothing}
              ${next.includes('booking')
                ? html`<wr-button variant="secondary" size="large" @click=${() => this.navigate('booking')}>${this.l.t('case.toBooking')}</wr-button>`
                : nothing}
              ${next.includes('mediation')
                ? html`<wr-button variant="secondary" size="large" @click=${() => this.navigate('mediation')}>${this.l.t('case.toMediation')}</wr-button>`
                : nothing}
            </div>
            ${next.includes('hotline') ? html`<p class="hotline">${this.l.t('case.hotline')}</p>` : nothing}`
        : nothing}
    </section>`
  }
}
