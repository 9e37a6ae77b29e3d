import { html, nothing, type TemplateResult } from 'lit'
import type { Block, Media } from '../schema.js'
import { pick, pickHtml } from '../pick.js'
import { citeSource } from '../citation.js'
import { illustration } from '../illustrations.js'
import { picture } from '@workroom/core/illustrations'

export interface BlockContext {
  lang: string
  /** Heading level for `heading` blocks (the page heading is one above). */
  headingLevel?: 2 | 3 | 4
  /** Labels the renderer needs (already translated by the element). */
  labels: { keyPoint: string; law: string; tip: string; warning: string; help: string; statute: string; step: (n: number) => string; picture: (id: string) => string }
  /** Resolves a video block's media id; unknown ids render nothing. */
  media?: (id: string) => Media | undefined
  /** Base for relative image paths (the pack's location). */
  assetBase?: string
}

function heading(level: 2 | 3 | 4, text: string | TemplateResult): TemplateResult {
  // Static tags per level: Lit cannot bind a tag name, and data never chooses markup.
  if (level === 2) return html`<h2 class="block-heading" part="block-heading">${text}</h2>`
  if (level === 3) return html`<h3 class="block-heading" part="block-heading">${text}</h3>`
  return html`<h4 class="block-heading" part="block-heading">${text}</h4>`
}

function resolve(src: string, base?: string): string {
  if (/^https:\/\//i.test(src) || src.startsWith('/') || !base) return src
  return new URL(src, base).href
}

const icon = {
  info: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 10v7M12 7v.5" stroke="currentColor" stroke-width="2.5"/></svg>`,
  warning: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 3l10 18H2z" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 10v5M12 17.5v.5" stroke="currentColor" stroke-width="2.5"/></svg>`,
  help: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 12a8 8 0 1 1 4 7l-4 1 1-4a8 8 0 0 1-1-4z" fill="none" stroke="currentColor" stroke-width="2"/></svg>`,
  key: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 17l-6.1 3.4 1.5-6.8L2.2 9l6.9-.7z" fill="currentColor"/></svg>`,
}

/** One Lit template per block type. Every string is bound as text, so markup in content stays inert. */
export function renderBlock(block: Block, ctx: BlockContext, index = 0): TemplateResult | typeof nothing {
  if (block.type === 'picture') return renderPicture(block.picture, ctx, block.caption ? pickHtml(block.caption, ctx.lang) : undefined)
  return renderTextBlock(block, ctx, index)
}

/** A picture of the shared set, large, named by its text alternative; a caption says it in words. */
export function renderPicture(id: string, ctx: BlockContext, caption?: string | TemplateResult, part = 'block-picture'): TemplateResult {
  return html`<figure class="block-picture" part=${part}>
    ${picture(id, ctx.labels.picture(id))}${caption ? html`<figcaption>${caption}</figcaption>` : nothing}
  </figure>`
}

function renderTextBlock(block: Exclude<Block, { type: 'picture' }>, ctx: BlockContext, index: number): TemplateResult | typeof nothing {
  const t = (x: Parameters<typeof pick>[0]) => pick(x, ctx.lang)
  const h = (x: Parameters<typeof pick>[0]) => pickHtml(x, ctx.lang)
  switch (block.type) {
    case 'heading':
      return heading(ctx.headingLevel ?? 3, h(block.text))
    case 'paragraph':
      return html`<p class="block-paragraph" part="block-paragraph">${h(block.text)}</p>`
    case 'list':
      return block.ordered
        ? html`<ol class="block-list" part="block-list">${block.items.map((i) => html`<li>${h(i)}</li>`)}</ol>`
        : html`<ul class="block-list" part="block-list">${block.items.map((i) => html`<li>${h(i)}</li>`)}</ul>`
    case 'key-point':
      return html`<p class="block-key-point" part="block-key-point">${icon.key}<strong>${ctx.labels.keyPoint}</strong> ${h(block.text)}</p>`
    case 'step':
      return html`<figure class="block-step" part="block-step">
        ${illustration(block.illustration)}
        <figcaption><span class="step-number">${ctx.labels.step(index + 1)}</span> ${h(block.text)}</figcaption>
      </figure>`
    case 'citation':
      return html`<blockquote class="block-citation" part="block-citation">
        <p>${h(block.text)}</p>
        <p class="cite"><span class="visually-hidden">${ctx.labels.law}</span><cite>${citeSource(block.source, ctx.lang)}</cite></p>
      </blockquote>`
    case 'image':
      return html`<figure class="block-image" part="block-image">
        <img src=${resolve(block.src, ctx.assetBase)} alt=${t(block.alt)} loading="lazy" />
        ${block.caption ? html`<figcaption>${h(block.caption)}</figcaption>` : nothing}
      </figure>`
    case 'video': {
      const media = ctx.media?.(block.media)
      return media
        ? html`<wr-video class="block-video" part="block-video" .media=${media} asset-base=${ctx.assetBase ?? ''}></wr-video>`
        : nothing
    }
    case 'callout': {
      const label = block.tone === 'warning' ? ctx.labels.warning : block.tone === 'help' ? ctx.labels.help : ctx.labels.tip
      return html`<div class="block-callout ${block.tone}" part="block-callout">
        ${icon[block.tone]}<p><strong>${label}</strong> ${h(block.text)}</p>
      </div>`
    }
  }
}

/**
 * Renders a list of blocks; steps are numbered in order among themselves. Statute text
 * (citation blocks) goes behind one "法律原文" disclosure where the first one stood: plain words
 * first, the law's own wording for whoever wants it.
 */
export function renderBlocks(blocks: readonly Block[], ctx: BlockContext): TemplateResult {
  let step = 0
  const citations = blocks.filter((b) => b.type === 'citation')
  const first = blocks.findIndex((b) => b.type === 'citation')
  return html`${blocks.map((b, i) =>
    b.type === 'citation'
      ? i === first
        ? html`<details class="statute" part="statute"><summary>${ctx.labels.statute}</summary>${citations.map((c) => renderBlock(c, ctx))}</details>`
        : nothing
      : renderBlock(b, ctx, b.type === 'step' ? step++ : 0),
  )}`
}
