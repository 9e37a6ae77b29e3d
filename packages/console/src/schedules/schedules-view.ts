import { css, html, nothing, type TemplateResult } from 'lit'
import { state } from 'lit/decorators.js'
import { WrElement, token } from '@workroom/core'
import '../translations.js'
import { ConsoleView } from '../console-view.js'
import { parseBookingConfig, type BookingConfig, type ConfigProblem } from '@workroom/booking/config'
import { calendarFor } from '@workroom/booking/ledger'
import { generateSlots } from '@workroom/booking/slots'
import { addDays, instantOf, weekdayOf } from '@workroom/booking/time'
import type { SaveScheduleResponse, ScheduleResponse, UpcomingBooking } from '../api.js'
import { ApiError } from '../client.js'
import { loc, todayIso } from '../format.js'
import { viewStyles } from '../styles.js'

type Path = Array<string | number>
type Draft = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- the editor's copy of a config, checked with BookingConfig on every change
/** Fields the problems are explained for, by the last part of their path. */
const EXPLAINED = new Set(['capacity', 'slotMinutes', 'start', 'end', 'weekday', 'date', 'reservedShare', 'zh-Hans', 'reason'])
const PREVIEW_DAYS = 14

export interface PreviewDay {
  date: string
  weekday: number
  kind: 'normal' | 'holiday' | 'make-up-workday' | 'closure'
  /** The holiday's name (`national-day`), or the closure's reason. */
  label?: string
  slots: number
  places: number
  /** Slots the saved config has on the day. */
  savedSlots: number
}

/** The next days' slots a config offers, by the booking package's own slot generation and holiday calendar. */
export function previewDays(config: BookingConfig, saved: BookingConfig | undefined, today: string, days = PREVIEW_DAYS): PreviewDay[] {
  const calendar = calendarFor(config)
  const to = addDays(today, days - 1)
  // From midnight, so today's early times are counted whatever the notice a service asks.
  const now = instantOf(today, 0)
  const slots = generateSlots(config, calendar, { now, from: today, to })
  const savedSlots = saved ? generateSlots(saved, calendarFor(saved), { now, from: today, to }) : []
  const out: PreviewDay[] = []
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i)
    const kind = calendar.dayKind(date)
    const mine = slots.filter((s) => s.date === date)
    out.push({
      date, weekday: weekdayOf(date), kind: kind.kind,
      ...(kind.kind === 'holiday' ? { label: kind.name } : kind.kind === 'closure' ? { label: kind.reason } : {}),
      slots: mine.length, places: mine.reduce((a, s) => a + s.capacity, 0), savedSlots: savedSlots.filter((s) => s.date === date).length,
    })
  }
  return out
}

/** Bookings already made whose time the config no longer offers (they are kept all the same). */
export function orphanedBookings(config: BookingConfig, upcoming: readonly UpcomingBooking[], today: string): UpcomingBooking[] {
  upcoming = upcoming.filter((b) => b.start.slice(0, 10) >= today)
  if (!upcoming.length) return []
  const last = upcoming.reduce((m, b) => (b.start.slice(0, 10) > m ? b.start.slice(0, 10) : m), today)
  const ids = new Set(generateSlots(config, calendarFor(config), { now: instantOf(today, 0), from: today, to: last }).map((s) => s.id))
  return upcoming.filter((b) => !ids.has(b.slotId))
}

/**
 * An office's schedule: services, weekly hours, capacity, the green-channel share, closures and
 * one-off sessions, checked with the booking package's `BookingConfig` at every change (each
 * problem beside its field), with the next 14 days' slots previewed, holidays and make-up working
 * days applied, before it is saved as a new config version.
 * @tagname wr-console-schedules
 * @summary The schedules editor of the county console.
 * @event wr-console-schedule-saved - A new config version was stored; detail: { officeId, version }.
 */
export class WrConsoleSchedules extends ConsoleView {
  static override styles = [
    ...WrElement.styles,
    viewStyles,
    css`
      fieldset { border: 1px solid ${token('color-border')}; border-radius: ${token('radius-2')}; padding: ${token('space-3')}; margin: 0 0 ${token('space-4')}; min-width: 0; }
      legend { font-weight: 700; padding: 0 ${token('space-1')}; }
      .row { display: flex; flex-wrap: wrap; align-items: flex-start; gap: ${token('space-3')}; padding-block: ${token('space-2')}; border-bottom: 1px solid ${token('color-border')}; }
      .row .field { flex: 1 1 8em; }
      .row .remove { align-self: flex-end; }
      .field .problem { margin: 0; color: ${token('color-danger')}; font-weight: 700; }
      [aria-invalid='true'] { border-color: ${token('color-danger')}; border-width: 3px; }
      .summary { border: 3px solid ${token('color-danger')}; border-radius: ${token('radius-2')}; padding: ${token('space-3')}; margin-block-end: ${token('space-4')}; }
      .summary ul { margin: 0; padding-inline-start: 1.2em; }
      .summary a { color: ${token('color-danger')}; }
      tr.holiday td, tr.closure td { color: ${token('color-danger')}; }
      tr.make-up-workday td { color: ${token('color-success')}; }
    `,
  ]


  @state() private officeId = ''
  @state() private loaded?: ScheduleResponse
  /** The stored config, parsed. */
  @state() private saved?: BookingConfig
  @state() private draft?: Draft
  /** The last draft that passed the schema: the preview shows it while the draft has problems. */
  @state() private lastGood?: BookingConfig
  @state() private problems: ConfigProblem[] = []
  @state() private message?: { kind: 'ok' | 'error'; text: () => string }
  @state() private busy = false


  protected override firstLoad(): Promise<unknown> {
    this.officeId ||= this.firstOffice
    return this.load()
  }

  private get today(): string {
    return todayIso(this.ctx?.now ?? Date.now())
  }

  private async load(): Promise<void> {
    if (!this.officeId) return
    try {
      const r = await this.ctx!.client.call<ScheduleResponse>('schedule', { officeId: this.officeId })
      const parsed = parseBookingConfig(r.config)
      this.loaded = r
      this.saved = parsed.ok ? parsed.config : undefined
      this.lastGood = this.saved
      this.draft = structuredClone(r.config) as Draft
      this.problems = parsed.ok ? [] : parsed.problems
    } catch (err) {
      this.loaded = undefined
      this.draft = undefined
      this.message = { kind: 'error', text: () => this.failure(err) }
    }
  }

  private failure(err: unknown): string {
    return this.errorText(err, { 409: 'schedules.stale', 400: 'schedules.refused' })
  }

  private async switchOffice(id: string): Promise<void> {
    this.officeId = id
    this.message = undefined
    this.pending = this.load()
    await this.pending
  }

  // ── editing ──

  private change(path: Path, value: unknown): void {
    if (!this.draft) return
    let at: Draft = this.draft
    for (const k of path.slice(0, -1)) at = at[k]
    at[path[path.length - 1]!] = value
    this.revalidate()
  }

  private list(path: Path): unknown[] {
    let at: Draft | undefined = this.draft
    for (const k of path) at = at?.[k]
    if (!Array.isArray(at)) this.change(path, [])
    let out: Draft = this.draft!
    for (const k of path) out = out[k]
    return out as unknown[]
  }

  private add(path: Path, item: unknown): void {
    this.list(path).push(item)
    this.revalidate()
    const n = this.list(path).length - 1
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${fieldId([...path, n])} input, #${fieldId([...path, n])} select`)?.focus())
  }

  private removeItem(path: Path, index: number): void {
    this.list(path).splice(index, 1)
    this.revalidate()
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}-add`)?.focus())
  }

  private revalidate(): void {
    const r = parseBookingConfig(this.draft)
    this.problems = r.ok ? [] : r.problems
    if (r.ok) this.lastGood = r.config
    this.message = undefined
    this.requestUpdate()
  }

  private explain(p: ConfigProblem): string {
    const field = p.path.split('.').pop() ?? ''
    if (p.code === 'sessionShort') return this.l.t('schedules.problems.short')
    if (p.code === 'unknownStaff') return this.l.t('schedules.problems.staff')
    if (EXPLAINED.has(field)) return this.l.t(`schedules.problems.${field === 'zh-Hans' ? 'name' : field}`)
    // Anything else in words too (a core problem code), never a raw key or a validator's English.
    const words = this.l.has(`schedules.problems.codes.${p.code}`) ? this.l.t(`schedules.problems.codes.${p.code}`, p.params) : this.l.t('schedules.problems.codes.shape')
    return this.l.t('schedules.problems.other', { path: p.path, message: words })
  }

  /** The problem of a field: its own, or (for a session's end) the session's as a whole. */
  private problemAt(path: Path): ConfigProblem | undefined {
    const key = path.join('.')
    return this.problems.find((p) => p.path === key) ?? (path[path.length - 1] === 'end' ? this.problems.find((p) => p.path === path.slice(0, -1).join('.')) : undefined)
  }

  private field(path: Path, label: string, value: unknown, type: 'text' | 'number' | 'time' | 'date', opts: { min?: number; max?: number; scale?: number } = {}): TemplateResult {
    const id = fieldId(path)
    const problem = this.problemAt(path)
    const scale = opts.scale ?? 1
    const shown = type === 'number' && typeof value === 'number' ? String(Math.round(value * scale * 100) / 100) : String(value ?? '')
    return html`<div class="field" id=${id}>
      <label for="${id}-input">${label}</label>
      <input id="${id}-input" type=${type} .value=${shown} autocomplete="off" min=${opts.min ?? nothing} max=${opts.max ?? nothing}
        inputmode=${type === 'number' ? 'numeric' : nothing} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? `${id}-problem` : nothing}
        @change=${(e: Event) => {
          const raw = (e.target as HTMLInputElement).value
          this.change(path, type === 'number' ? (raw.trim() === '' || Number.isNaN(Number(raw)) ? raw : Number(raw) / scale) : raw)
        }} />
      ${problem ? html`<p class="problem" id="${id}-problem">${this.explain(problem)}</p>` : nothing}
    </div>`
  }

  private weekdayField(path: Path, value: number): TemplateResult {
    const id = fieldId(path)
    return html`<div class="field" id=${id}>
      <label for="${id}-input">${this.l.t('schedules.weekday')}</label>
      <select id="${id}-input" @change=${(e: Event) => this.change(path, Number((e.target as HTMLSelectElement).value))}>
        ${[1, 2, 3, 4, 5, 6, 7].map((d) => html`<option value=${d} ?selected=${d === value}>${this.l.t(`schedules.weekdays.${d}`)}</option>`)}
      </select>
    </div>`
  }

  private session(path: Path, s: Draft): TemplateResult {
    return html`${this.field([...path, 'start'], this.l.t('schedules.start'), s.start, 'time')}
      ${this.field([...path, 'end'], this.l.t('schedules.end'), s.end, 'time')}
      ${this.field([...path, 'slotMinutes'], this.l.t('schedules.slotMinutes'), s.slotMinutes, 'number', { min: 5, max: 480 })}
      ${this.field([...path, 'capacity'], this.l.t('schedules.capacity'), s.capacity, 'number', { min: 1, max: 100 })}`
  }

  private removeButton(path: Path, index: number, what: string): TemplateResult {
    return html`<button type="button" class="btn danger remove" @click=${() => this.removeItem(path, index)}>${this.l.t('schedules.remove', { what })}</button>`
  }

  private renderService(s: Draft, i: number): TemplateResult {
    const name = loc(s.name, this.l.lang, s.id)
    const rulesPath: Path = ['services', i, 'rules']
    const exPath: Path = ['services', i, 'exceptions']
    const last = (s.rules as Draft[])[s.rules.length - 1]
    return html`<fieldset>
      <legend>${name}</legend>
      <div class="row">
        ${this.field(['services', i, 'name', 'zh-Hans'], this.l.t('schedules.nameZh'), s.name?.['zh-Hans'], 'text')}
        ${this.field(['services', i, 'name', 'en'], this.l.t('schedules.nameEn'), s.name?.en, 'text')}
      </div>
      <h3>${this.l.t('schedules.weekly')}</h3>
      ${(s.rules as Draft[]).map((r, j) => html`<div class="row" role="group" aria-label=${this.l.t('schedules.ruleLabel', { n: j + 1 })}>
        ${this.weekdayField([...rulesPath, j, 'weekday'], r.weekday)}${this.session([...rulesPath, j], r)}${this.removeButton(rulesPath, j, this.l.t('schedules.ruleLabel', { n: j + 1 }))}
      </div>`)}
      <p><button type="button" class="btn" id="${fieldId(rulesPath)}-add"
        @click=${() => this.add(rulesPath, { weekday: 1, start: last?.start ?? '09:00', end: last?.end ?? '11:00', slotMinutes: last?.slotMinutes ?? 30, capacity: last?.capacity ?? 1, ...(last?.staffId ? { staffId: last.staffId } : {}) })}>${this.l.t('schedules.addRule')}</button></p>
      <h3>${this.l.t('schedules.exceptions')}</h3>
      ${((s.exceptions ?? []) as Draft[]).map((e, j) => html`<div class="row" role="group" aria-label=${this.l.t(e.kind === 'extra' ? 'schedules.extraLabel' : 'schedules.closedLabel', { n: j + 1 })}>
        ${this.field([...exPath, j, 'date'], this.l.t(e.kind === 'extra' ? 'schedules.extraDate' : 'schedules.closedDate'), e.date, 'date')}
        ${e.kind === 'extra' ? this.session([...exPath, j], e) : this.field([...exPath, j, 'reason'], this.l.t('schedules.reason'), e.reason, 'text')}
        ${this.removeButton(exPath, j, this.l.t(e.kind === 'extra' ? 'schedules.extraLabel' : 'schedules.closedLabel', { n: j + 1 }))}
      </div>`)}
      <p class="actions">
        <button type="button" class="btn" id="${fieldId(exPath)}-add"
          @click=${() => this.add(exPath, { kind: 'extra', date: addDays(this.today, 7), start: '09:00', end: '11:00', slotMinutes: 30, capacity: 1, ...(last?.staffId ? { staffId: last.staffId } : {}) })}>${this.l.t('schedules.addExtra')}</button>
        <button type="button" class="btn" @click=${() => this.add(exPath, { kind: 'closed', date: addDays(this.today, 7), reason: '' })}>${this.l.t('schedules.addClosed')}</button>
      </p>
    </fieldset>`
  }

  // ── saving ──

  private async save(e: Event): Promise<void> {
    e.preventDefault()
    if (!this.draft || !this.loaded || this.busy) return
    this.revalidate()
    if (this.problems.length) {
      this.message = { kind: 'error', text: () => this.l.t('schedules.fix', { count: this.problems.length }) }
      await this.updateComplete
      return this.renderRoot.querySelector<HTMLElement>('#summary')?.focus()
    }
    this.busy = true
    try {
      const r = await this.ctx!.client.call<SaveScheduleResponse>('saveSchedule', { officeId: this.officeId, baseVersion: this.loaded.version, config: this.draft })
      await this.load()
      this.message = { kind: 'ok', text: () => this.l.t('schedules.saved', { version: r.version }) }
      this.emit('wr-console-schedule-saved', { officeId: r.officeId, version: r.version })
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problems) this.problems = err.problems.map((p) => ({ code: 'shape', ...p }) as ConfigProblem)
      this.message = { kind: 'error', text: () => this.failure(err) }
    } finally {
      this.busy = false
    }
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#message')?.focus()
  }

  // ── rendering ──

  override render() {
    const offices = this.ctx?.offices ?? []
    const d = this.draft
    return html`<h1 tabindex="-1">${this.l.t('schedules.heading')}</h1>
      <p class="muted">${this.l.t('schedules.intro')}</p>
      ${offices.length > 1
        ? html`<div class="toolbar"><div class="field"><label for="office">${this.l.t('schedules.office')}</label>
            <select id="office" @change=${(e: Event) => void this.switchOffice((e.target as HTMLSelectElement).value)}>
              ${offices.map((o) => html`<option value=${o.id} ?selected=${o.id === this.officeId}>${loc(o.name, this.l.lang, o.id)}</option>`)}
            </select></div></div>`
        : nothing}
      ${this.message ? html`<p id="message" tabindex="-1" class=${this.message.kind === 'ok' ? 'ok' : 'error'} role=${this.message.kind === 'ok' ? 'status' : 'alert'}>${this.message.text()}</p>` : nothing}
      ${d && this.loaded ? this.renderEditor(d, this.loaded) : nothing}`
  }

  private renderEditor(d: Draft, loaded: ScheduleResponse): TemplateResult {
    return html`<p class="muted">${this.l.t('schedules.version', { version: loaded.version })}</p>
      ${this.problems.length
        ? html`<div class="summary" id="summary" tabindex="-1" role="group" aria-labelledby="summary-heading">
            <h2 id="summary-heading">${this.l.t('schedules.problemsHeading', { count: this.problems.length })}</h2>
            <ul>${this.problems.map((p) => html`<li><a href="#${fieldId(p.path.split('.'))}" @click=${(e: Event) => this.jump(e, p.path)}>${this.explain(p)}</a></li>`)}</ul>
            <p>${this.l.t('schedules.lastGood')}</p>
          </div>`
        : nothing}
      <form @submit=${(e: Event) => void this.save(e)} novalidate>
        <h2>${this.l.t('schedules.services')}</h2>
        ${(d.services as Draft[]).map((s, i) => this.renderService(s, i))}
        <h2>${this.l.t('schedules.office')}</h2>
        <fieldset>
          <legend>${this.l.t('schedules.greenChannel')}</legend>
          ${this.field(['greenChannel', 'reservedShare'], this.l.t('schedules.reservedShare'), d.greenChannel?.reservedShare ?? 0, 'number', { min: 0, max: 100, scale: 100 })}
          <p class="hint muted">${this.l.t('schedules.greenHint')}</p>
        </fieldset>
        <fieldset>
          <legend>${this.l.t('schedules.closures')}</legend>
          ${((d.closures ?? []) as Draft[]).map((c, j) => html`<div class="row" role="group" aria-label=${this.l.t('schedules.closureLabel', { n: j + 1 })}>
            ${this.field(['closures', j, 'date'], this.l.t('schedules.closedDate'), c.date, 'date')}
            ${this.field(['closures', j, 'reason'], this.l.t('schedules.reason'), c.reason, 'text')}
            ${this.removeButton(['closures'], j, this.l.t('schedules.closureLabel', { n: j + 1 }))}
          </div>`)}
          <p><button type="button" class="btn" id="closures-add" @click=${() => this.add(['closures'], { date: addDays(this.today, 7), reason: '' })}>${this.l.t('schedules.addClosure')}</button></p>
        </fieldset>
        ${this.renderPreview(loaded)}
        <p class="notice">${this.l.t('schedules.keptBookings')}</p>
        <p><button class="btn primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.l.t('schedules.save')}</button></p>
      </form>`
  }

  private jump(e: Event, path: string): void {
    e.preventDefault()
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path.split('.'))}-input`)?.focus()
  }

  private dayLabel(day: PreviewDay): string {
    switch (day.kind) {
      case 'holiday': return this.l.t('schedules.day.holiday', { name: this.l.t(`schedules.holidays.${day.label}`, { defaultValue: day.label }) })
      case 'make-up-workday': return this.l.t('schedules.day.makeUp')
      case 'closure': return this.l.t('schedules.day.closure', { reason: day.label })
      default: return day.weekday >= 6 ? this.l.t('schedules.day.weekend') : this.l.t('schedules.day.normal')
    }
  }

  private renderPreview(loaded: ScheduleResponse): TemplateResult {
    const good = this.lastGood
    if (!good) return html`<h2>${this.l.t('schedules.preview')}</h2><p>${this.l.t('schedules.noPreview')}</p>`
    const days = previewDays(good, this.saved, this.today)
    const orphaned = orphanedBookings(good, loaded.upcoming, this.today)
    const changed = days.some((x) => x.slots !== x.savedSlots)
    return html`<h2 id="preview-heading">${this.l.t('schedules.preview')}</h2>
      ${this.problems.length ? html`<p class="notice">${this.l.t('schedules.previewLastGood')}</p>` : nothing}
      <p role="status" id="preview-summary">${changed ? this.l.t('schedules.previewChanged') : this.l.t('schedules.previewSame')}
        ${this.l.t('schedules.orphaned', { count: orphaned.length })}</p>
      <table class="cards" aria-labelledby="preview-heading">
        <thead><tr>
          <th scope="col">${this.l.t('schedules.col.date')}</th><th scope="col">${this.l.t('schedules.col.day')}</th>
          <th scope="col" class="num">${this.l.t('schedules.col.slots')}</th><th scope="col" class="num">${this.l.t('schedules.col.places')}</th>
          <th scope="col" class="num">${this.l.t('schedules.col.saved')}</th>
        </tr></thead>
        <tbody>${days.map((x) => html`<tr class=${x.kind} data-date=${x.date}>
          <td data-label=${this.l.t('schedules.col.date')}>${x.date} ${this.l.t(`schedules.weekdays.${x.weekday}`)}</td>
          <td data-label=${this.l.t('schedules.col.day')}>${this.dayLabel(x)}</td>
          <td class="num slots" data-label=${this.l.t('schedules.col.slots')}>${x.slots}</td>
          <td class="num" data-label=${this.l.t('schedules.col.places')}>${x.places}</td>
          <td class="num" data-label=${this.l.t('schedules.col.saved')}>${x.savedSlots}</td>
        </tr>`)}</tbody>
      </table>`
  }
}

function fieldId(path: Path): string {
  return `f-${path.join('-')}`
}
