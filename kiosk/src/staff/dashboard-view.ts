// The staff dashboard's sections: today's appointments (the booking desk), pending sync, the
// config and content versions with the region's figures, and the health checks. The usage
// section is usage-chart.ts.
import { html, nothing } from 'lit'
import { describeProblem, type LocalizeController, type Problem } from '@workroom/core'
import type { ConfigState } from '../config-store.js'
import type { StaffDashboard, StaffProvider } from './dashboard-data.js'
import { renderStats, type UsageHost } from './usage-chart.js'
import { renderLanguageReview } from './language-review.js'

/** What the sections read from <wr-staff-screen>, and the intents they send back. */
export interface DashboardHost extends UsageHost {
  /** Config problems are worded by the kiosk's own `problems.*` keys. */
  readonly lk: LocalizeController
  readonly data: StaffDashboard
  readonly configState?: ConfigState | undefined
  readonly contentInfo?: { versions: string[] } | undefined
  readonly provider?: StaffProvider | undefined
  readonly kiosk: boolean
  readonly elder: boolean
  readonly now?: number | undefined
  readonly updateRequested: boolean
  time(ms: number, withDate?: boolean): string
  exit(): void
  openStatement(): void
  requestSync(): void
  askForUpdate(): void
  checkHealth(): void
}

export function renderDashboard(h: DashboardHost) {
  return html`<div class="box" part="dashboard">
    <div class="top">
      <h1 tabindex="-1">${h.l.t('dash.heading')}</h1>
      <wr-button @click=${() => h.exit()}>${h.l.t('dash.exit')}</wr-button>
      <wr-button variant="secondary" @click=${() => h.openStatement()}>${h.l.t('dash.accessibility')}</wr-button>
    </div>
    ${renderBookings(h)} ${renderSync(h)} ${renderConfig(h)} ${renderLanguageReview(h.l, h.config ?? h.configState?.config)} ${renderHealth(h)} ${renderStats(h)}
  </div>`
}

function renderBookings(h: DashboardHost) {
  const booking = h.config?.booking
  return html`<section part="section" aria-labelledby="s-bookings">
    <h2 id="s-bookings">${h.l.t('dash.bookings')}</h2>
    ${h.provider && booking
      ? html`<wr-booking-desk ?kiosk=${h.kiosk} ?elder=${h.elder} .provider=${h.provider} .config=${booking} .now=${h.now}></wr-booking-desk>`
      : html`<p class="muted">${h.l.t('dash.noBookings')}</p>`}
  </section>`
}

function renderSync(h: DashboardHost) {
  const n = h.data.pending
  const a = h.data.applications
  const { l } = h
  return html`<section part="section" aria-labelledby="s-sync">
    <h2 id="s-sync">${l.t('dash.sync')}</h2>
    <p class="count" data-pending=${n ?? nothing}>
      ${n === undefined ? '…' : n === null ? l.t('dash.pendingUnknown') : n === 0 ? l.t(a ? 'dash.pendingNoBookings' : 'dash.pendingNone') : l.t('dash.pending', { count: n })}
    </p>
    ${a ? html`<p class="count" data-applications=${a}>${l.t('dash.applicationsPending', { count: a })}</p>` : nothing}
    ${h.config && !h.config.sync ? html`<p class="muted">${l.t('dash.noSyncTarget')}</p>` : nothing}
    <div class="actions">
      <wr-button variant="secondary" @click=${() => h.requestSync()}>${l.t('dash.syncNow')}</wr-button>
    </div>
  </section>`
}

function describe(h: DashboardHost, problems: readonly Problem[], ns?: string) {
  const t = (k: string, p?: Record<string, unknown>) => h.lk.t(ns ? `${ns}:${k}` : k, p)
  return html`<ul>${problems.map((p) => html`<li>${describeProblem(p, t)}</li>`)}</ul>`
}

function renderConfig(h: DashboardHost) {
  const { l } = h
  const state = h.configState
  const config = h.config ?? state?.config
  const source = state?.source ?? (config ? 'file' : 'none')
  const content = h.contentInfo?.versions ?? (h.contentState?.pack ? [h.contentState.pack.version] : [])
  const contentSource = h.contentState?.source
  return html`<section part="section" aria-labelledby="s-config">
    <h2 id="s-config">${l.t('dash.config')}</h2>
    <dl>
      <dt>${l.t('dash.configVersion')}</dt>
      <dd data-config-version>${config?.version ?? l.t('dash.none')}</dd>
      <dt>${l.t('dash.configFrom')}</dt>
      <dd>${l.t(`dash.source.${source}`)}</dd>
      <dt>${l.t('dash.contentVersion')}</dt>
      <dd>${content.length ? content.join(', ') : l.t('dash.none')}${contentSource && contentSource !== 'fetched' ? html` (${l.t(`dash.source.${contentSource}`)})` : nothing}</dd>
      <dt>${l.t('dash.checkedAt')}</dt>
      <dd>${state?.checkedAt ? h.time(Date.parse(state.checkedAt), true) : l.t('dash.never')}</dd>
    </dl>
    ${renderFigures(h)}
    ${state?.problems.length
      ? html`<div class="notice" data-problems>${l.t('dash.refused', { from: state.problemsFrom ?? '' })} ${describe(h, state.problems)}</div>`
      : nothing}
    ${h.contentState?.problems.length
      ? html`<div class="notice">${l.t('dash.contentRefused', { from: h.contentState.problemsFrom ?? '' })} ${describe(h, h.contentState.problems, 'education')}</div>`
      : nothing}
    <div class="actions">
      <wr-button variant="secondary" ?disabled=${h.updateRequested} @click=${() => h.askForUpdate()}>${l.t('dash.checkUpdate')}</wr-button>
    </div>
  </section>`
}

function renderFigures(h: DashboardHost) {
  const { l } = h
  const f = h.data.figures
  if (f === null) return html`<p class="muted" data-figures="none">${l.t('figures.national')}</p>`
  if (f === undefined) return nothing
  const level = { ok: 'ok', due: 'warn', missing: 'fail', undated: 'warn' } as const
  return html`<h3 id="s-figures">${l.t('figures.heading', { region: f.region })}</h3>
    ${f.partial ? html`<p class="notice" data-figures-partial>${l.t('figures.partial')} ${h.text(f.partial)}</p>` : nothing}
    <ul class="health figures" aria-labelledby="s-figures">
      ${f.list.map(
        (x) => html`<li data-figure=${x.kind} data-status=${x.status}>
          <strong>${h.text(x.name)}</strong>
          <span>
            <span class="state ${level[x.status]}">${l.t(`figures.status.${x.status}`)}</span>
            ${x.status === 'missing'
              ? l.t('figures.missing', { key: `hardshipFigures.${x.param}` })
              : html`${x.amount !== undefined ? l.t('figures.amount', { amount: l.number(x.amount) }) : nothing}
                ${x.effectiveFrom ? l.t('figures.from', { date: x.effectiveFrom }) : nothing}
                ${x.reviewBy ? l.t('figures.reviewBy', { date: x.reviewBy }) : nothing}
                ${x.source ? html`<br /><span class="muted">${l.t('figures.source', { source: x.source })}</span>` : nothing}`}
          </span>
        </li>`,
      )}
    </ul>`
}

function renderHealth(h: DashboardHost) {
  const { l } = h
  const results = h.data.health
  return html`<section part="section" aria-labelledby="s-health" aria-busy=${results ? 'false' : 'true'}>
    <h2 id="s-health">${l.t('dash.health')}</h2>
    ${results
      ? html`<ul class="health">
          ${results.map(
            (r) => html`<li data-health=${r.id}>
              <strong>${l.t(`health.name.${r.id}`)}</strong>
              <span><span class="state ${r.status}">${l.t(`health.status.${r.status}`)}</span> ${l.t(`health.detail.${r.detail}`, r.params)}</span>
            </li>`,
          )}
        </ul>`
      : html`<p class="muted">${l.t('dash.healthRunning')}</p>`}
    <div class="actions">
      <wr-button variant="secondary" @click=${() => h.checkHealth()}>${l.t('dash.healthAgain')}</wr-button>
    </div>
  </section>`
}
