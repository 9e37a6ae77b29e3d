import { html, nothing, type PropertyValues } from 'lit'
import { property, query, state } from 'lit/decorators.js'
import { LocalizeController, WrElement, describeProblem, formatShanghai, localize, normalizeDigits, type LocalizedText, type Problem, type ResetReason } from '@workroom/core'
import type { BookingProvider } from '@workroom/booking/contract'
import { loadRegion, reviewFigures, todayInChina, type FigureReview, type RegionOverlay } from '@workroom/rules/engine'
import '../translations.js'
import './translations.js'
import type { WorkroomConfig } from '../config.js'
import type { ConfigState } from '../config-store.js'
import type { ContentState } from '../content-store.js'
import { runHealthChecks, type HealthCheck } from './health.js'
import { staffLockout, verifyPin, type PinLockout } from './pin.js'
import {
  CATEGORY_IDS,
  OUTCOME_IDS,
  RESET_CAUSES,
  USAGE_KINDS,
  readUsage,
  shiftDay,
  usageCsv,
  usageDay,
  usageRows,
  type UsageCsvLabels,
  type UsageKind,
  type UsageReport,
} from './stats.js'
import { staffScreenStyles } from './staff-screen.styles.js'
import { renderLanguageReview } from './language-review.js'

/** The booking provider as the staff screen uses it: the desk's contract, plus the local outbox when there is one. */
export type StaffProvider = BookingProvider & {
  pendingCount?(): Promise<number>
  pendingOutbox?(): Promise<unknown[]>
}

/** Content pack versions when the host knows them another way than a ContentState. */
export interface ContentInfo {
  versions: string[]
}

export interface StaffExitDetail {
  /** back: left the PIN step; exit: left staff mode; reset: the session was reset (idle, clear and exit). */
  reason: 'back' | 'exit' | 'reset'
}

export interface StaffExportDetail {
  rows: number
}


interface ChartItem {
  key: string
  label: string
  count: number
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const
const PERIOD_DAYS = 30

/**
 * The workroom staff's screen behind the hidden entry.
 * @summary PIN sign-in with lockout, then today's appointments, pending sync, config and content versions, health checks and anonymous usage counts with CSV export.
 * @event wr-staff-exit - Staff left (or the session reset closed the screen); detail: StaffExitDetail.
 * @event wr-staff-sync-request - Staff asked to send pending bookings now; call `refresh()` when done.
 * @event wr-staff-update-request - Staff asked to check for a config update now; pass the new `configState` when done.
 * @event wr-staff-accessibility-request - Staff opened the accessibility statement (staff mode has ended); the host shows it.
 * @event wr-staff-exported - The usage counts were downloaded as CSV; detail: StaffExportDetail.
 * @csspart pin - The PIN step.
 * @csspart keypad - The on-screen number keys.
 * @csspart dashboard - The dashboard after sign-in.
 * @csspart section - Each dashboard section.
 * @csspart chart - Each usage chart.
 * @cssprop --wr-staff-screen-max-width - Maximum width (default 1152px).
 */
export class WrStaffScreen extends WrElement {
  static override styles = [...WrElement.styles, staffScreenStyles]

  /** The running workroom config: the PIN hash, booking, printer and sync settings. */
  @property({ attribute: false }) config?: WorkroomConfig
  /** Where the config came from, when it was last checked, and a refused one's problems. */
  @property({ attribute: false }) configState?: ConfigState
  /** The content the library shows (its version and any refused pack's problems). */
  @property({ attribute: false }) contentState?: ContentState
  /** Content pack versions, when the host has them without a ContentState. */
  @property({ attribute: false }) contentInfo?: ContentInfo
  /** The booking provider (for the desk and the pending-sync count). */
  @property({ attribute: false }) provider?: StaffProvider
  /** Health results, or a function that runs them; default: runHealthChecks() with swStatus and the config's printer. */
  @property({ attribute: false }) health?: HealthCheck[] | (() => Promise<HealthCheck[]>)
  /** The service worker's status from the shell (pwa.ts): none, installing, active, update-waiting, unsupported. */
  @property({ attribute: 'sw-status' }) swStatus = 'unsupported'
  /** Clock (ms) for demos and tests. */
  @property({ type: Number }) now?: number
  /** The wrong-PIN policy; one per page by default, so leaving and coming back does not reset it. */
  @property({ attribute: false }) lockout: PinLockout = staffLockout
  /**
   * Whether the dashboard shows. Set by a right PIN; a property only (no attribute), so markup
   * cannot open the dashboard. Stories and tests set it to skip the PIN.
   */
  @property({ attribute: false }) signedIn = false

  @state() private pinError: '' | 'empty' | 'wrong' = ''
  @state() private checking = false
  @state() private pending?: number | null
  @state() private usage?: UsageReport
  @state() private healthResults?: HealthCheck[]
  /** The region's hardship standard and figure with their review dates; null when the config names no region. */
  @state() private figures?: { region: string; list: FigureReview[]; partial?: LocalizedText | undefined } | null
  @state() private showTable = false
  @state() private updateRequested = false
  @state() private notice = ''

  @query('#pin') private pinInput?: HTMLInputElement

  private readonly l = new LocalizeController(this, 'kiosk-staff')
  /** Config problems are worded by the kiosk's own `problems.*` keys. */
  private readonly lk = new LocalizeController(this, 'kiosk')
  private lockTimer: ReturnType<typeof setTimeout> | undefined
  private pinCheck?: Promise<boolean>
  private loading?: Promise<unknown>
  private pollTimer: ReturnType<typeof setInterval> | undefined

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.stopTimers()
  }

  /** Any session reset (idle, clear and exit) locks the staff screen and leaves it. */
  protected override resetState(_reason: ResetReason): void {
    this.signOut()
    this.emit<StaffExitDetail>('wr-staff-exit', { reason: 'reset' })
  }

  /** Focus goes to the step's heading (the shell calls this when the screen opens). */
  override focus(options?: FocusOptions): void {
    const h1 = this.renderRoot?.querySelector<HTMLElement>('h1')
    if (h1) h1.focus(options)
    else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options))
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has('configState') && changed.get('configState') !== undefined) this.updateRequested = false
    // Loading starts here rather than in updated(), so its first state changes join this render.
    if (changed.has('signedIn') && this.signedIn) this.loading = this.openDashboard()
    if (changed.has('signedIn') && !this.signedIn) this.stopTimers()
    if (changed.has('provider') && this.signedIn && changed.get('provider') !== undefined) void this.loadPending()
  }

  private clock(): number {
    return this.now ?? Date.now()
  }

  private text(v: unknown): string {
    if (typeof v === 'string') return v
    return localize(v as LocalizedText | undefined, this.l.lang)
  }

  private time(ms: number, withDate = false): string {
    return formatShanghai(ms, this.l.lang, { ...(withDate ? { dateStyle: 'medium' } : {}), timeStyle: withDate ? 'short' : 'medium', hourCycle: 'h23' })
  }

  override render() {
    return html`<div class="box" lang=${this.l.lang}>
      ${this.signedIn ? this.renderDashboard() : this.renderPin()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.notice}</div>
    </div>`
  }

  // ——— PIN step ———

  private renderPin() {
    const locked = this.lockout.locked
    const until = this.lockout.lockedUntil
    const error = locked ? '' : this.pinError === 'empty' ? this.l.t('pin.empty') : this.pinError === 'wrong' ? this.l.t('pin.wrong', { count: this.lockout.attemptsLeft }) : ''
    return html`<form class="pin" part="pin" novalidate @submit=${this.submit} aria-labelledby="pin-heading">
      <h1 id="pin-heading" tabindex="-1">${this.l.t('pin.heading')}</h1>
      <p class="muted">${this.l.t('pin.intro')}</p>
      ${locked && until !== undefined ? html`<p class="locked" id="pin-locked" role="alert" tabindex="-1">${this.l.t('pin.locked', { time: this.time(until) })}</p>` : nothing}
      <div class="field ${error ? 'invalid' : ''}">
        <label for="pin">${this.l.t('pin.label')}</label>
        <p class="hint" id="pin-hint">${this.l.t('pin.hint')}</p>
        ${error ? html`<p class="error" id="pin-error" role="alert"><span class="visually-hidden">${this.l.t('pin.errorPrefix')}</span>${error}</p>` : nothing}
        <input
          id="pin"
          name="pin"
          type="password"
          inputmode="numeric"
          pattern="[0-9]*"
          autocomplete="off"
          maxlength="12"
          ?disabled=${locked || this.checking}
          aria-describedby=${error ? 'pin-hint pin-error' : 'pin-hint'}
          aria-invalid=${error ? 'true' : nothing}
          @input=${this.onPinInput}
        />
      </div>
      <div class="keypad" part="keypad" role="group" aria-label=${this.l.t('pin.keypad')}>
        ${DIGITS.map((d) => html`<button type="button" aria-disabled=${locked ? 'true' : 'false'} @click=${() => this.key(d)}>${d}</button>`)}
        <button type="button" aria-disabled=${locked ? 'true' : 'false'} @click=${() => this.key('clear')}>${this.l.t('pin.clear')}</button>
        <button type="button" aria-disabled=${locked ? 'true' : 'false'} @click=${() => this.key('0')}>0</button>
        <button type="button" aria-disabled=${locked ? 'true' : 'false'} @click=${() => this.key('delete')}>
          <span aria-hidden="true">⌫</span><span class="visually-hidden">${this.l.t('pin.delete')}</span>
        </button>
      </div>
      ${this.checking ? html`<p role="status">${this.l.t('pin.checking')}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary" aria-disabled=${locked || this.checking ? 'true' : 'false'}>${this.l.t('pin.submit')}</button>
        <button type="button" @click=${this.back}>${this.l.t('pin.back')}</button>
      </div>
    </form>`
  }

  /** Only digits (full-width ones from a Chinese IME become plain ones); the PIN lives only in the input. */
  private onPinInput(e: Event): void {
    const input = e.target as HTMLInputElement
    const digits = normalizeDigits(input.value).replace(/\D/g, '').slice(0, 12)
    if (digits !== input.value) input.value = digits
    if (this.pinError === 'empty' && digits) this.pinError = ''
  }

  private key(k: (typeof DIGITS)[number] | '0' | 'clear' | 'delete'): void {
    const input = this.pinInput
    if (!input || this.lockout.locked || this.checking) return
    if (k === 'clear') input.value = ''
    else if (k === 'delete') input.value = input.value.slice(0, -1)
    else if (input.value.length < 12) input.value += k
    if (this.pinError === 'empty' && input.value) this.pinError = ''
  }

  private readonly submit = async (e?: Event): Promise<void> => {
    e?.preventDefault()
    const input = this.pinInput
    if (!input || this.checking) return
    const pin = input.value
    input.value = ''
    await this.submitPin(pin)
    await this.updateComplete
    if (this.signedIn) this.focus()
    else if (this.lockout.locked) this.renderRoot.querySelector<HTMLElement>('#pin-locked')?.focus()
    else this.pinInput?.focus()
  }

  /**
   * Checks a PIN as if typed and signs in when it is right (for hosts with their own keypad,
   * stories and tests); the lockout applies as to typing. `updateComplete` waits for it.
   */
  submitPin(pin: string): Promise<boolean> {
    const check = this.checkPin(pin)
    this.pinCheck = check
    return check
  }

  private async checkPin(pin: string): Promise<boolean> {
    if (this.checking) return false
    if (this.lockout.locked) {
      this.watchLock()
      return false
    }
    if (!pin) {
      this.pinError = 'empty'
      return false
    }
    const hash = this.config?.staff.pin
    this.checking = true
    const ok = hash ? await verifyPin(pin, hash) : false
    this.checking = false
    if (ok) {
      this.lockout.succeed()
      this.pinError = ''
      this.signedIn = true
      return true
    }
    this.lockout.fail()
    this.pinError = 'wrong'
    if (this.lockout.locked) this.watchLock()
    return false
  }

  /** Also waits for a PIN check in flight and the dashboard's data, so a rendered screen is a settled one. */
  // Bar widths through the CSSOM: the kiosk's CSP (style-src 'self') blocks style attributes.
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar[data-share]')) bar.style.setProperty('width', `${bar.dataset['share']}%`)
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete()
    while (this.pinCheck || this.loading) {
      const pending = [this.pinCheck, this.loading]
      await Promise.all(pending.map((p) => p?.catch(() => undefined)))
      if (this.pinCheck === pending[0]) this.pinCheck = undefined
      if (this.loading === pending[1]) this.loading = undefined
      result = await super.getUpdateComplete()
    }
    return result
  }

  /** Re-renders when the lock ends, so the field opens again by itself. */
  private watchLock(): void {
    clearTimeout(this.lockTimer)
    const left = this.lockout.remainingMs()
    this.requestUpdate()
    if (left <= 0) return
    this.lockTimer = setTimeout(() => {
      this.pinError = ''
      this.notice = this.l.t('pin.unlocked')
      this.requestUpdate()
    }, left + 50)
  }

  private back(): void {
    if (this.pinInput) this.pinInput.value = ''
    this.emit<StaffExitDetail>('wr-staff-exit', { reason: 'back' })
  }

  // ——— Dashboard ———

  private signOut(): void {
    this.signedIn = false
    this.pinError = ''
    this.pending = undefined
    this.usage = undefined
    this.healthResults = undefined
    this.figures = undefined
    this.showTable = false
    this.notice = ''
    this.stopTimers()
  }

  private stopTimers(): void {
    clearInterval(this.pollTimer)
    clearTimeout(this.lockTimer)
    this.pollTimer = undefined
  }

  private async openDashboard(): Promise<void> {
    clearInterval(this.pollTimer)
    // The outbox count is cheap (nothing decrypted): keep it current while staff watch.
    this.pollTimer = setInterval(() => void this.loadPending(), 15_000)
    await Promise.all([this.loadPending(), this.loadUsage(), this.checkHealth(), this.loadFigures()])
  }

  /** Reloads the pending count, the usage counts and the desk (e.g. after a sync). */
  async refresh(): Promise<void> {
    const desk = this.renderRoot.querySelector<HTMLElement & { refresh?: () => Promise<void> }>('wr-booking-desk')
    await Promise.all([this.loadPending(), this.loadUsage(), desk?.refresh?.()])
  }

  private async loadPending(): Promise<void> {
    const p = this.provider
    try {
      if (p?.pendingCount) this.pending = await p.pendingCount()
      else if (p?.pendingOutbox) this.pending = (await p.pendingOutbox()).length
      else this.pending = null
    } catch {
      this.pending = null
    }
  }

  private period(): { from: string; to: string } {
    const to = usageDay(this.clock())
    return { from: shiftDay(to, -(PERIOD_DAYS - 1)), to }
  }

  private async loadUsage(): Promise<void> {
    const { from, to } = this.period()
    try {
      this.usage = await readUsage(from, to)
    } catch {
      this.usage = { from, to, totals: Object.fromEntries(USAGE_KINDS.map((k) => [k, {}])) as UsageReport['totals'], days: [] }
    }
  }

  /** Reads the shipped overlay for the config's region: LAL 34 standards change, so staff see when to check them. */
  private async loadFigures(): Promise<void> {
    const c = this.config
    if (!c?.region) {
      this.figures = null
      return
    }
    try {
      const o = (await loadRegion(c.region)) as RegionOverlay
      const [entry] = Object.entries(c.hardshipFigures ?? {}).filter(([, f]) => f !== undefined)
      const params = entry ? { [entry[0]]: entry[1]!.amount } : {}
      const info = entry ? { source: entry[1]!.source, effectiveFrom: entry[1]!.effectiveFrom, reviewBy: entry[1]!.reviewBy } : {}
      this.figures = { region: c.region, list: reviewFigures(o, params, info, todayInChina(this.clock())), partial: o.partial }
    } catch {
      this.figures = { region: c.region, list: [] }
    }
  }

  private renderFigures() {
    const f = this.figures
    if (f === null) return html`<p class="muted" data-figures="none">${this.l.t('figures.national')}</p>`
    if (f === undefined) return nothing
    const level = { ok: 'ok', due: 'warn', missing: 'fail', undated: 'warn' } as const
    return html`<h3 id="s-figures">${this.l.t('figures.heading', { region: f.region })}</h3>
      ${f.partial ? html`<p class="notice" data-figures-partial>${this.l.t('figures.partial')} ${this.text(f.partial)}</p>` : nothing}
      <ul class="health figures" aria-labelledby="s-figures">
        ${f.list.map(
          (x) => html`<li data-figure=${x.kind} data-status=${x.status}>
            <strong>${this.text(x.name)}</strong>
            <span>
              <span class="state ${level[x.status]}">${this.l.t(`figures.status.${x.status}`)}</span>
              ${x.status === 'missing'
                ? this.l.t('figures.missing', { key: `hardshipFigures.${x.param}` })
                : html`${x.amount !== undefined ? this.l.t('figures.amount', { amount: this.l.number(x.amount) }) : nothing}
                  ${x.effectiveFrom ? this.l.t('figures.from', { date: x.effectiveFrom }) : nothing}
                  ${x.reviewBy ? this.l.t('figures.reviewBy', { date: x.reviewBy }) : nothing}
                  ${x.source ? html`<br /><span class="muted">${this.l.t('figures.source', { source: x.source })}</span>` : nothing}`}
            </span>
          </li>`,
        )}
      </ul>`
  }

  private async checkHealth(): Promise<void> {
    this.healthResults = undefined
    const h = this.health
    try {
      this.healthResults = Array.isArray(h) ? h : h ? await h() : await runHealthChecks({ swStatus: this.swStatus, ...(this.config ? { printer: this.config.printer } : {}), now: this.clock() })
    } catch {
      this.healthResults = []
    }
  }

  private renderDashboard() {
    return html`<div class="box" part="dashboard">
      <div class="top">
        <h1 tabindex="-1">${this.l.t('dash.heading')}</h1>
        <button type="button" class="primary" @click=${this.exit}>${this.l.t('dash.exit')}</button>
        <button type="button" @click=${this.openStatement}>${this.l.t('dash.accessibility')}</button>
      </div>
      ${this.renderBookings()} ${this.renderSync()} ${this.renderConfig()} ${renderLanguageReview(this.l, this.config ?? this.configState?.config)} ${this.renderHealth()} ${this.renderStats()}
    </div>`
  }

  private renderBookings() {
    const booking = this.config?.booking
    return html`<section part="section" aria-labelledby="s-bookings">
      <h2 id="s-bookings">${this.l.t('dash.bookings')}</h2>
      ${this.provider && booking
        ? html`<wr-booking-desk ?kiosk=${this.kiosk} ?elder=${this.elder} .provider=${this.provider} .config=${booking} .now=${this.now}></wr-booking-desk>`
        : html`<p class="muted">${this.l.t('dash.noBookings')}</p>`}
    </section>`
  }

  private renderSync() {
    const n = this.pending
    return html`<section part="section" aria-labelledby="s-sync">
      <h2 id="s-sync">${this.l.t('dash.sync')}</h2>
      <p class="count" data-pending=${n ?? nothing}>
        ${n === undefined ? '…' : n === null ? this.l.t('dash.pendingUnknown') : n === 0 ? this.l.t('dash.pendingNone') : this.l.t('dash.pending', { count: n })}
      </p>
      ${this.config && !this.config.sync ? html`<p class="muted">${this.l.t('dash.noSyncTarget')}</p>` : nothing}
      <div class="actions">
        <button type="button" @click=${this.requestSync}>${this.l.t('dash.syncNow')}</button>
      </div>
    </section>`
  }

  private requestSync(): void {
    this.notice = this.l.t('dash.syncRequested')
    this.emit('wr-staff-sync-request', {})
  }

  private askForUpdate(): void {
    this.updateRequested = true
    this.notice = this.l.t('dash.updateRequested')
    this.emit('wr-staff-update-request', {})
  }

  private describe(problems: readonly Problem[], ns?: string) {
    const t = (k: string, p?: Record<string, unknown>) => this.lk.t(ns ? `${ns}:${k}` : k, p)
    return html`<ul>${problems.map((p) => html`<li>${describeProblem(p, t)}</li>`)}</ul>`
  }

  private renderConfig() {
    const state = this.configState
    const config = this.config ?? state?.config
    const source = state?.source ?? (config ? 'file' : 'none')
    const content = this.contentInfo?.versions ?? (this.contentState?.pack ? [this.contentState.pack.version] : [])
    const contentSource = this.contentState?.source
    return html`<section part="section" aria-labelledby="s-config">
      <h2 id="s-config">${this.l.t('dash.config')}</h2>
      <dl>
        <dt>${this.l.t('dash.configVersion')}</dt>
        <dd data-config-version>${config?.version ?? this.l.t('dash.none')}</dd>
        <dt>${this.l.t('dash.configFrom')}</dt>
        <dd>${this.l.t(`dash.source.${source}`)}</dd>
        <dt>${this.l.t('dash.contentVersion')}</dt>
        <dd>${content.length ? content.join(', ') : this.l.t('dash.none')}${contentSource && contentSource !== 'fetched' ? html` (${this.l.t(`dash.source.${contentSource}`)})` : nothing}</dd>
        <dt>${this.l.t('dash.checkedAt')}</dt>
        <dd>${state?.checkedAt ? this.time(Date.parse(state.checkedAt), true) : this.l.t('dash.never')}</dd>
      </dl>
      ${this.renderFigures()}
      ${state?.problems.length
        ? html`<div class="notice" data-problems>
            ${this.l.t('dash.refused', { from: state.problemsFrom ?? '' })} ${this.describe(state.problems)}
          </div>`
        : nothing}
      ${this.contentState?.problems.length
        ? html`<div class="notice">
            ${this.l.t('dash.contentRefused', { from: this.contentState.problemsFrom ?? '' })} ${this.describe(this.contentState.problems, 'education')}
          </div>`
        : nothing}
      <div class="actions">
        <button type="button" aria-disabled=${this.updateRequested ? 'true' : 'false'} @click=${() => !this.updateRequested && this.askForUpdate()}>
          ${this.l.t('dash.checkUpdate')}
        </button>
      </div>
    </section>`
  }

  private renderHealth() {
    const results = this.healthResults
    return html`<section part="section" aria-labelledby="s-health" aria-busy=${results ? 'false' : 'true'}>
      <h2 id="s-health">${this.l.t('dash.health')}</h2>
      ${results
        ? html`<ul class="health">
            ${results.map(
              (r) => html`<li data-health=${r.id}>
                <strong>${this.l.t(`health.name.${r.id}`)}</strong>
                <span><span class="state ${r.status}">${this.l.t(`health.status.${r.status}`)}</span> ${this.l.t(`health.detail.${r.detail}`, r.params)}</span>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${this.l.t('dash.healthRunning')}</p>`}
      <div class="actions">
        <button type="button" @click=${() => void this.checkHealth()}>${this.l.t('dash.healthAgain')}</button>
      </div>
    </section>`
  }

  // ——— Usage statistics ———

  private itemLabel(kind: UsageKind, key: string): string {
    switch (kind) {
      case 'outcome':
      case 'category':
      case 'reset':
      case 'session':
        return this.l.has(`${kind}.${key}`) ? this.l.t(`${kind}.${key}`) : key
      case 'booking':
        return this.text(this.config?.booking.services.find((s) => s.id === key)?.name) || key
      default: {
        const pack = this.contentState?.pack
        const list: readonly { id: string; title: LocalizedText }[] = !pack ? [] : kind === 'lesson' ? pack.lessons : kind === 'case' ? pack.cases : pack.quizzes
        return this.text(list.find((x) => x.id === key)?.title) || key
      }
    }
  }

  private items(kind: UsageKind, known?: readonly string[]): ChartItem[] {
    const totals = this.usage?.totals[kind] ?? {}
    return Object.entries(totals)
      .filter(([key, n]) => n > 0 && (!known || known.includes(key)))
      .map(([key, count]) => ({ key, count, label: this.itemLabel(kind, key) }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
  }

  private educationItems(): ChartItem[] {
    return (['lesson', 'case', 'quiz'] as const)
      .flatMap((kind) => this.items(kind).map((i) => ({ ...i, key: `${kind}:${i.key}`, label: `${this.l.t(`kind.${kind}`)} · ${i.label}` })))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      .slice(0, 10)
  }

  private renderStats() {
    const usage = this.usage
    const { from, to } = this.period()
    const sessions = usage?.totals.session['started'] ?? 0
    return html`<section part="section" aria-labelledby="s-stats">
      <h2 id="s-stats">${this.l.t('dash.stats')}</h2>
      <p>${this.l.t('dash.period', { from, to })} ${this.l.t('dash.privacy')}</p>
      ${usage
        ? html`${usage.days.length ? html`<p>${this.l.t('dash.sessions', { count: sessions })}</p>` : html`<p class="muted">${this.l.t('dash.statsEmpty')}</p>`}
            <div class="charts">
              ${this.renderChart('outcome', this.l.t('chart.outcome'), this.items('outcome', OUTCOME_IDS))}
              ${this.renderChart('category', this.l.t('chart.category'), this.items('category', CATEGORY_IDS))}
              ${this.renderChart('education', this.l.t('chart.education'), this.educationItems())}
              ${this.renderChart('booking', this.l.t('chart.booking'), this.items('booking'))}
              ${this.renderChart('reset', this.l.t('chart.reset'), this.items('reset', RESET_CAUSES))}
            </div>`
        : html`<p class="muted">…</p>`}
      <div class="actions">
        <button type="button" aria-pressed=${this.showTable ? 'true' : 'false'} @click=${() => (this.showTable = !this.showTable)}>${this.l.t('dash.showTable')}</button>
        <button type="button" class="primary" @click=${this.exportCsv}>${this.l.t('dash.export')}</button>
      </div>
    </section>`
  }

  /**
   * A horizontal bar chart in plain CSS (no chart library: bars are divs with a width), the number
   * as text beside each bar. The same data is a real table, visually hidden unless staff switch to
   * it, so screen readers always read the table and never the decorative bars.
   */
  private renderChart(id: string, title: string, items: ChartItem[]) {
    const max = Math.max(1, ...items.map((i) => i.count))
    // The hidden table sits in a clipped box of its own: a table never shrinks below its content
    // (a long caption kept on one line made the page 338 px wide at 320 with real Chinese glyphs).
    const table = html`<table data-table=${id}>
      <caption>${title}</caption>
      <thead><tr><th scope="col">${this.l.t('chart.item')}</th><th scope="col" class="num">${this.l.t('chart.count')}</th></tr></thead>
      <tbody>
        ${items.length
          ? items.map((i) => html`<tr><th scope="row">${i.label}</th><td class="num">${this.l.number(i.count)}</td></tr>`)
          : html`<tr><td colspan="2">${this.l.t('chart.empty')}</td></tr>`}
      </tbody>
    </table>`
    if (this.showTable) return html`<figure part="chart" data-chart=${id}>${table}</figure>`
    return html`<figure part="chart" data-chart=${id}>
      <figcaption aria-hidden="true">${title}</figcaption>
      ${items.length
        ? html`<ul class="bars" aria-hidden="true">
            ${items.map(
              (i) => html`<li class="bar-row" data-key=${i.key}>
                <span class="bar-label">${i.label}</span>
                <span class="bar-track"><span class="bar" data-share=${(i.count / max) * 100}></span></span>
                <span class="bar-value">${this.l.number(i.count)}</span>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted" aria-hidden="true">${this.l.t('chart.empty')}</p>`}
      <div class="visually-hidden">${table}</div>
    </figure>`
  }

  private csvLabels(): UsageCsvLabels {
    const kinds = Object.fromEntries(USAGE_KINDS.map((k) => [k, this.l.t(`kind.${k}`)])) as UsageCsvLabels['kinds']
    const items: NonNullable<UsageCsvLabels['items']> = {}
    for (const d of this.usage?.days ?? [])
      for (const kind of USAGE_KINDS) for (const key of Object.keys(d.counts[kind] ?? {})) (items[kind] ??= {})[key] = this.itemLabel(kind, key)
    return { columns: { date: this.l.t('csv.date'), kind: this.l.t('csv.kind'), item: this.l.t('csv.item'), count: this.l.t('csv.count') }, kinds, items }
  }

  /** The last 30 days' counts as CSV (UTF-8 with BOM). The CSV library loads only when staff export. */
  async csv(): Promise<string> {
    if (!this.usage) await this.loadUsage()
    return usageCsv(usageRows(this.usage!), this.csvLabels())
  }

  private readonly exportCsv = async (): Promise<void> => {
    try {
      const text = await this.csv()
      const { from, to } = this.period()
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
      const a = document.createElement('a')
      a.href = url
      a.download = `workroom-usage-${from}-${to}.csv`
      a.click()
      setTimeout(() => URL.revokeObjectURL(url), 1_000)
      this.notice = this.l.t('dash.exported')
      this.emit<StaffExportDetail>('wr-staff-exported', { rows: usageRows(this.usage!).length })
    } catch {
      this.notice = this.l.t('dash.exportFailed')
    }
  }

  /** The accessibility statement, to show a resident or check what it says; staff mode ends first. */
  private openStatement(): void {
    this.signOut()
    this.emit('wr-staff-accessibility-request', {})
  }

  private exit(): void {
    this.signOut()
    this.emit<StaffExitDetail>('wr-staff-exit', { reason: 'exit' })
  }
}
