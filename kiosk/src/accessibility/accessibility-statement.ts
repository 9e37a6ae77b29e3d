import { css, html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { HeadingFocus, LocalizeController, WrElement, fontSize, token } from '@workroom/core'
import { localizeHtml } from '@workroom/core/localized-html'
import type { WorkroomConfig } from '../config.js'
import { statement, textOf, withCount, type Statement } from './statement.js'
import './translations.js'

/**
 * The accessibility statement on the kiosk: the standards aimed at, how they are tested (with the
 * current test counts), what is known not to work yet and what to do meanwhile, and how to report a
 * problem — the workroom's own phone, from its config. Generated from statement.json, like
 * docs/accessibility.md, so the two never drift apart.
 * @summary Standards, testing, known problems, how to report one.
 * @csspart report - How to report a problem (the workroom's phone).
 */
export class WrAccessibilityStatement extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: block; max-width: 960px; overflow-wrap: anywhere; }
      h1, h2, p, ul { margin: 0; }
      h1 { font-size: ${fontSize(4)}; line-height: 1.3; }
      h1:focus { outline: none; }
      h2 { font-size: ${fontSize(3)}; line-height: 1.3; }
      .page { display: grid; gap: ${token('space-5')}; }
      section { display: grid; gap: ${token('space-3')}; padding: ${token('space-5')}; border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-3')}; background: ${token('color-background')}; }
      ul { display: grid; gap: ${token('space-3')}; padding-inline-start: 1.25em; }
      .muted { color: ${token('color-text-muted')}; }
      .name { font-weight: 700; }
      .meanwhile { display: block; margin-block-start: ${token('space-1')}; }
      .phone { font-size: ${fontSize(4)}; font-weight: 700; letter-spacing: 0.04em; }
    `,
  ]

  /** The running workroom config: its name and phone are where to report a problem. */
  @property({ attribute: false }) config?: WorkroomConfig
  /** The statement's data (the shipped statement.json by default). */
  @property({ attribute: false }) data: Statement = statement

  private readonly l = new LocalizeController(this, 'kiosk-accessibility')

  /** The kiosk moves focus to a screen's heading. */
  override focus(options?: FocusOptions): void {
    this.headingFocus.focus(options)
  }

  private readonly headingFocus = new HeadingFocus(this, { selector: 'h1' })

  override render() {
    const lang = this.l.lang
    const s = this.data
    const c = this.config
    const phone = c?.workroom.phone
    return html`<div class="page">
      <div>
        <h1 tabindex="-1">${this.l.t('title')}</h1>
        <p class="muted">${this.l.t('reviewed', { date: s.reviewed })}</p>
      </div>
      <section aria-labelledby="standards">
        <h2 id="standards">${this.l.t('standards')}</h2>
        <ul>
          ${s.standards.map((x) => html`<li><span class="name">${textOf(x.name, lang)}</span><br />${textOf(x.what, lang)}</li>`)}
        </ul>
      </section>
      <section aria-labelledby="testing">
        <h2 id="testing">${this.l.t('testing')}</h2>
        <ul>
          ${s.testing.map((t) => html`<li>${withCount(t, lang)}</li>`)}
        </ul>
      </section>
      <section aria-labelledby="known">
        <h2 id="known">${this.l.t('known')}</h2>
        <ul>
          ${s.knownProblems.map(
            (p) => html`<li>${textOf(p.what, lang)}<span class="meanwhile">${this.l.t('meanwhile')}${textOf(p.meanwhile, lang)}</span></li>`,
          )}
        </ul>
      </section>
      <section aria-labelledby="report" part="report">
        <h2 id="report">${this.l.t('report')}</h2>
        <p>${this.l.t('reportLead')}</p>
        ${c ? html`<p class="name">${localizeHtml(c.workroom.name, lang)}</p>` : nothing}
        ${phone
          ? html`<p>${this.l.t('callWorkroom')}</p>
              <p class="phone" aria-label=${[...phone.replace(/\D/g, '')].join(' ')}><bdi dir="ltr">${phone}</bdi></p>`
          : nothing}
        ${c?.board.supervisionPhone ? html`<p>${this.l.t('supervision')}<bdi dir="ltr">${c.board.supervisionPhone}</bdi></p>` : nothing}
        <p>${this.l.t('hotline')}<bdi dir="ltr">12348</bdi></p>
      </section>
    </div>`
  }
}
