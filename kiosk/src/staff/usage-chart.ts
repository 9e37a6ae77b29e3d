// The dashboard's anonymous usage counts: five bar charts (outcomes, problem categories,
// education, bookings, resets), each also a real table, and the labels of the CSV export.
import { html } from 'lit'
import type { LocalizeController, LocalizedText } from '@workroom/core'
import type { WorkroomConfig } from '../config.js'
import type { ContentState } from '../content-store.js'
import { CATEGORY_IDS, OUTCOME_IDS, RESET_CAUSES, USAGE_KINDS, type UsageCsvLabels, type UsageKind, type UsageReport } from './stats.js'

interface ChartItem {
  key: string
  label: string
  count: number
}

/** What the usage section reads from <wr-staff-screen>. */
export interface UsageHost {
  readonly l: LocalizeController
  readonly config?: WorkroomConfig | undefined
  readonly contentState?: ContentState | undefined
  readonly data: { usage?: UsageReport | undefined; showTable: boolean }
  readonly period: { from: string; to: string }
  text(v: unknown): string
  toggleTable(): void
  exportCsv(): void
}

function itemLabel(h: UsageHost, kind: UsageKind, key: string): string {
  switch (kind) {
    case 'outcome':
    case 'category':
    case 'reset':
    case 'session':
      return h.l.has(`${kind}.${key}`) ? h.l.t(`${kind}.${key}`) : key
    case 'booking':
      return h.text(h.config?.booking.services.find((s) => s.id === key)?.name) || key
    default: {
      const pack = h.contentState?.pack
      const list: readonly { id: string; title: LocalizedText }[] = !pack ? [] : kind === 'lesson' ? pack.lessons : kind === 'case' ? pack.cases : pack.quizzes
      return h.text(list.find((x) => x.id === key)?.title) || key
    }
  }
}

function items(h: UsageHost, kind: UsageKind, known?: readonly string[]): ChartItem[] {
  const totals = h.data.usage?.totals[kind] ?? {}
  return Object.entries(totals)
    .filter(([key, n]) => n > 0 && (!known || known.includes(key)))
    .map(([key, count]) => ({ key, count, label: itemLabel(h, kind, key) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

function educationItems(h: UsageHost): ChartItem[] {
  return (['lesson', 'case', 'quiz'] as const)
    .flatMap((kind) => items(h, kind).map((i) => ({ ...i, key: `${kind}:${i.key}`, label: `${h.l.t(`kind.${kind}`)} · ${i.label}` })))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, 10)
}

export function renderStats(h: UsageHost) {
  const { l } = h
  const usage = h.data.usage
  const { from, to } = h.period
  const sessions = usage?.totals.session['started'] ?? 0
  return html`<section part="section" aria-labelledby="s-stats">
    <h2 id="s-stats">${l.t('dash.stats')}</h2>
    <p>${l.t('dash.period', { from, to })} ${l.t('dash.privacy')}</p>
    ${usage
      ? html`${usage.days.length ? html`<p>${l.t('dash.sessions', { count: sessions })}</p>` : html`<p class="muted">${l.t('dash.statsEmpty')}</p>`}
          <div class="charts">
            ${renderChart(h, 'outcome', l.t('chart.outcome'), items(h, 'outcome', OUTCOME_IDS))}
            ${renderChart(h, 'category', l.t('chart.category'), items(h, 'category', CATEGORY_IDS))}
            ${renderChart(h, 'education', l.t('chart.education'), educationItems(h))}
            ${renderChart(h, 'booking', l.t('chart.booking'), items(h, 'booking'))}
            ${renderChart(h, 'reset', l.t('chart.reset'), items(h, 'reset', RESET_CAUSES))}
          </div>`
      : html`<p class="muted">…</p>`}
    <div class="actions">
      <wr-button variant="secondary" pressed=${h.data.showTable ? 'true' : 'false'} @click=${() => h.toggleTable()}>${l.t('dash.showTable')}</wr-button>
      <wr-button @click=${() => h.exportCsv()}>${l.t('dash.export')}</wr-button>
    </div>
  </section>`
}

/**
 * A horizontal bar chart in plain CSS (no chart library: bars are divs with a width), the number
 * as text beside each bar. The same data is a real table, visually hidden unless staff switch to
 * it, so screen readers always read the table and never the decorative bars.
 */
function renderChart(h: UsageHost, id: string, title: string, list: ChartItem[]) {
  const { l } = h
  const max = Math.max(1, ...list.map((i) => i.count))
  // The hidden table sits in a clipped box of its own: a table never shrinks below its content
  // (a long caption kept on one line made the page 338 px wide at 320 with real Chinese glyphs).
  const table = html`<table data-table=${id}>
    <caption>${title}</caption>
    <thead><tr><th scope="col">${l.t('chart.item')}</th><th scope="col" class="num">${l.t('chart.count')}</th></tr></thead>
    <tbody>
      ${list.length
        ? list.map((i) => html`<tr><th scope="row">${i.label}</th><td class="num">${l.number(i.count)}</td></tr>`)
        : html`<tr><td colspan="2">${l.t('chart.empty')}</td></tr>`}
    </tbody>
  </table>`
  if (h.data.showTable) return html`<figure part="chart" data-chart=${id}>${table}</figure>`
  return html`<figure part="chart" data-chart=${id}>
    <figcaption aria-hidden="true">${title}</figcaption>
    ${list.length
      ? html`<ul class="bars" aria-hidden="true">
          ${list.map(
            (i) => html`<li class="bar-row" data-key=${i.key}>
              <span class="bar-label">${i.label}</span>
              <span class="bar-track"><span class="bar" data-share=${(i.count / max) * 100}></span></span>
              <span class="bar-value">${l.number(i.count)}</span>
            </li>`,
          )}
        </ul>`
      : html`<p class="muted" aria-hidden="true">${l.t('chart.empty')}</p>`}
    <div class="visually-hidden">${table}</div>
  </figure>`
}

/** The CSV's column and item names in the staff's language. */
export function csvLabels(h: UsageHost): UsageCsvLabels {
  const { l } = h
  const kinds = Object.fromEntries(USAGE_KINDS.map((k) => [k, l.t(`kind.${k}`)])) as UsageCsvLabels['kinds']
  const labels: NonNullable<UsageCsvLabels['items']> = {}
  for (const d of h.data.usage?.days ?? []) for (const kind of USAGE_KINDS) for (const key of Object.keys(d.counts[kind] ?? {})) (labels[kind] ??= {})[key] = itemLabel(h, kind, key)
  return { columns: { date: l.t('csv.date'), kind: l.t('csv.kind'), item: l.t('csv.item'), count: l.t('csv.count') }, kinds, items: labels }
}
