import { css, html, nothing, svg, type TemplateResult } from 'lit'
import { state } from 'lit/decorators.js'
import { WrElement } from '@workroom/core'
import '../translations.js'
import { ConsoleView } from '../console-view.js'
import type { ApplicationStatsResponse, StatsResponse } from '../api.js'
import { loc, todayIso } from '../format.js'
import { viewStyles } from '../styles.js'

type Dimension = 'byCategory' | 'byService' | 'byOutcome' | 'byOffice' | 'byMonth' | 'byState' | 'byCause'
const DIMENSIONS = ['byCategory', 'byService', 'byOutcome', 'byOffice', 'byMonth'] as const

/**
 * Anonymous counts of consultations held, by dispute category (the mediation statistics'
 * categories), service, outcome, office and month: each a bar chart drawn in SVG with its table
 * beside it, the table being what screen readers and print read. Below them, legal-aid
 * applications received, by status and by cause of action (案由), and how many are overdue.
 * @tagname wr-console-stats
 * @summary Statistics of consultations held, without personal data.
 */
export class WrConsoleStats extends ConsoleView {
  static override styles = [
    ...WrElement.styles,
    viewStyles,
    css`
      .dimension { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: var(--wr-space-5, 24px); align-items: start; }
      @media (max-width: 60em) { .dimension { grid-template-columns: minmax(0, 1fr); } }
      svg { width: 100%; height: auto; }
      .bar { fill: var(--wr-color-primary, #0b5cad); }
      .label { fill: var(--wr-color-text, #1f2328); font-size: 14px; }
    `,
  ]


  @state() private from = ''
  @state() private to = ''
  @state() private officeId = ''
  @state() private stats?: StatsResponse
  @state() private applications?: ApplicationStatsResponse
  @state() private problem = ''


  protected override firstLoad(): Promise<unknown> {
    const month = todayIso(this.ctx?.now ?? Date.now()).slice(0, 7)
    this.to ||= month
    this.from ||= `${month.slice(0, 4)}-01`
    return this.load()
  }

  private async load(e?: Event): Promise<void> {
    e?.preventDefault()
    try {
      const body = { from: this.from, to: this.to, ...(this.officeId ? { officeId: this.officeId } : {}) }
      const [stats, applications] = await Promise.all([
        this.ctx!.client.call<StatsResponse>('stats', body),
        // A service without applications still shows the consultations' figures.
        this.ctx!.client.call<ApplicationStatsResponse>('applicationStats', body).catch(() => undefined),
      ])
      this.stats = stats
      this.applications = applications
      this.problem = ''
    } catch (err) {
      this.problem = this.errorText(err)
    }
  }

  private label(d: Dimension, key: string): string {
    if (key === 'unrecorded') return this.l.t('stats.unrecorded')
    if (d === 'byCategory') return this.l.t(`categories.${key}`)
    if (d === 'byOutcome') return this.l.t(`outcomes.${key}`)
    if (d === 'byState') return this.l.t(`applications.states.${key}`)
    if (d === 'byCause') return this.l.t(`applications.causes.${key}`)
    if (d === 'byOffice') return loc(this.ctx?.offices.find((o) => o.id === key)?.name, this.l.lang, key)
    if (d === 'byService') {
      for (const o of this.ctx?.offices ?? []) {
        const s = o.services.find((x) => x.id === key)
        if (s) return loc(s.name, this.l.lang, key)
      }
    }
    return key
  }

  private chart(d: Dimension, rows: Array<{ key: string; count: number }>): TemplateResult {
    const max = Math.max(1, ...rows.map((r) => r.count))
    const rowH = 28
    const width = 480
    const labelW = 180
    // Drawn for sighted readers; the table beside it carries the same figures for everyone.
    return html`<svg viewBox="0 0 ${width} ${rows.length * rowH + 4}" aria-hidden="true" focusable="false" data-chart=${d}>
      ${rows.map((r, i) => {
        const w = Math.round(((width - labelW - 50) * r.count) / max)
        return svg`<text class="label" x="0" y=${i * rowH + 19}>${this.label(d, r.key).slice(0, 12)}</text>
          <rect class="bar" x=${labelW} y=${i * rowH + 4} width=${Math.max(w, r.count ? 2 : 0)} height=${rowH - 8} rx="2"></rect>
          <text class="label" x=${labelW + w + 6} y=${i * rowH + 19}>${r.count}</text>`
      })}
    </svg>`
  }

  private dimension(d: Dimension, rows: Array<{ key: string; count: number }>): TemplateResult {
    return html`<section aria-labelledby="h-${d}">
      <h2 id="h-${d}">${this.l.t(`stats.${d}`)}</h2>
      <div class="dimension">
        ${this.chart(d, rows)}
        <table data-table=${d}>
          <thead><tr><th scope="col">${this.l.t(`stats.${d}`)}</th><th scope="col" class="num">${this.l.t('stats.count')}</th></tr></thead>
          <tbody>${rows.map((r) => html`<tr><th scope="row">${this.label(d, r.key)}</th><td class="num">${r.count}</td></tr>`)}</tbody>
        </table>
      </div>
    </section>`
  }

  private renderApplications(a: ApplicationStatsResponse): TemplateResult {
    return html`<section aria-labelledby="h-applications" data-section="applications">
      <h2 id="h-applications">${this.l.t('stats.applications')}</h2>
      <p class="muted">${this.l.t('stats.applicationsIntro')}</p>
      <p>${this.l.t('stats.applicationsTotal', { count: a.total, overdue: a.overdue })}</p>
      ${a.total ? html`${this.dimension('byState', a.byState)}${this.dimension('byCause', a.byCause)}` : nothing}
    </section>`
  }

  override render() {
    const s = this.stats
    return html`<section lang=${this.l.lang}>
      <h1 tabindex="-1">${this.l.t('stats.heading')}</h1>
      <p class="muted">${this.l.t('stats.intro')}</p>
      <form class="toolbar" @submit=${(e: Event) => void this.load(e)}>
        <div class="field"><label for="s-from">${this.l.t('stats.from')}</label><input id="s-from" type="month" .value=${this.from} @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value || this.from)} /></div>
        <div class="field"><label for="s-to">${this.l.t('stats.to')}</label><input id="s-to" type="month" .value=${this.to} @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value || this.to)} /></div>
        ${(this.ctx?.offices.length ?? 0) > 1
          ? html`<div class="field"><label for="s-office">${this.l.t('today.office')}</label>
              <select id="s-office" @change=${(e: Event) => (this.officeId = (e.target as HTMLSelectElement).value)}>
                <option value="">${this.l.t('today.allOffices')}</option>
                ${this.ctx?.offices.map((o) => html`<option value=${o.id} ?selected=${o.id === this.officeId}>${loc(o.name, this.l.lang, o.id)}</option>`)}
              </select></div>`
          : nothing}
        <button class="btn primary" type="submit">${this.l.t('stats.show')}</button>
      </form>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      ${s
        ? html`<p role="status">${this.l.t('stats.total', { count: s.total })}</p>
            ${DIMENSIONS.map((d) => this.dimension(d, s[d]))}
            ${this.applications ? this.renderApplications(this.applications) : nothing}`
        : nothing}
    </section>`
  }
}
