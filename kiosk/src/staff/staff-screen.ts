import { html, type PropertyValues } from 'lit'
import { property, query, state } from 'lit/decorators.js'
import { HeadingFocus, LocalizeController, WrElement, formatShanghai, localize, type LocalizedText, type ResetReason } from '@workroom/core'
import '@workroom/core/define/button'
import '../translations.js'
import './translations.js'
import type { WorkroomConfig } from '../config.js'
import type { ConfigState } from '../config-store.js'
import type { ContentState } from '../content-store.js'
import type { HealthCheck } from './health.js'
import { staffLockout, type PinLockout } from './pin.js'
import { PinGate, renderPinGate, type PinGateHost } from './pin-gate.js'
import { StaffDashboard, usagePeriod, type StaffProvider } from './dashboard-data.js'
import { renderDashboard, type DashboardHost } from './dashboard-view.js'
import { csvLabels } from './usage-chart.js'
import { usageCsv, usageRows } from './stats.js'
import { staffScreenStyles } from './staff-screen.styles.js'

export type { StaffProvider } from './dashboard-data.js'

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

/**
 * The workroom staff's screen behind the hidden entry.
 * @summary PIN sign-in with lockout, then today's appointments, pending sync, config and content versions, health checks and anonymous usage counts with CSV export.
 * @event wr-staff-exited - Staff left (or the session reset closed the screen); detail: StaffExitDetail.
 * @event wr-staff-exit - Deprecated: the same event under its old name (sent too, after wr-staff-exited).
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
  /** How many legal-aid applications wait on this device for the county service (the kiosk's outbox; nothing decrypted). */
  @property({ attribute: false }) pendingApplications?: () => Promise<number>
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

  @state() private updateRequested = false
  @state() private notice = ''

  @query('#pin') private pinInput?: HTMLInputElement

  private readonly l = new LocalizeController(this, 'kiosk-staff')
  /** Config problems are worded by the kiosk's own `problems.*` keys. */
  private readonly lk = new LocalizeController(this, 'kiosk')
  private readonly pinHost: PinGateHost = this.makePinHost()
  private readonly gate = new PinGate(this.pinHost)
  /** What the dashboard shows: a new one at each sign-in. */
  @state() private data = new StaffDashboard(() => this.requestUpdate())
  private loading?: Promise<unknown>
  private pollTimer: ReturnType<typeof setInterval> | undefined

  private makePinHost(): PinGateHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the gate reads the element's current lockout
    const el = this
    return {
      l: this.l,
      get lockout() {
        return el.lockout
      },
      hash: () => el.config?.staff.pin,
      input: () => el.pinInput,
      changed: () => el.requestUpdate(),
      announce: (text) => (el.notice = text),
      signIn: () => (el.signedIn = true),
      time: (ms) => el.time(ms),
    }
  }

  /** Whether a PIN check is in flight. */
  get checking(): boolean {
    return this.gate.checking
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.stopTimers()
  }

  /** Any session reset (idle, clear and exit) locks the staff screen and leaves it. */
  protected override resetState(_reason: ResetReason): void {
    this.signOut()
    this.emit<StaffExitDetail>('wr-staff-exited', { reason: 'reset' })
  }

  /** Focus goes to the step's heading (the shell calls this when the screen opens). */
  override focus(options?: FocusOptions): void {
    this.headingFocus.focus(options)
  }

  private readonly headingFocus = new HeadingFocus(this, { selector: 'h1' })

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has('configState') && changed.get('configState') !== undefined) this.updateRequested = false
    // Loading starts here rather than in updated(), so its first state changes join this render.
    if (changed.has('signedIn') && this.signedIn) this.loading = this.openDashboard()
    if (changed.has('signedIn') && !this.signedIn) this.stopTimers()
    if (changed.has('provider') && this.signedIn && changed.get('provider') !== undefined) void this.data.loadPending(this.provider, this.pendingApplications)
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
      ${this.signedIn ? renderDashboard(this.dashboardHost) : renderPinGate(this.gate, this.pinHost, this.submit, () => this.back())}
      <div class="visually-hidden" role="status" aria-live="polite">${this.notice}</div>
    </div>`
  }

  private get dashboardHost(): DashboardHost {
    return {
      l: this.l,
      lk: this.lk,
      data: this.data,
      config: this.config,
      configState: this.configState,
      contentState: this.contentState,
      contentInfo: this.contentInfo,
      provider: this.provider,
      kiosk: this.kiosk,
      elder: this.elder,
      now: this.now,
      updateRequested: this.updateRequested,
      period: usagePeriod(this.clock()),
      text: (v) => this.text(v),
      time: (ms, withDate) => this.time(ms, withDate),
      exit: () => this.exit(),
      openStatement: () => this.openStatement(),
      requestSync: () => this.requestSync(),
      askForUpdate: () => this.askForUpdate(),
      checkHealth: () => void this.checkHealth(),
      toggleTable: () => {
        this.data.showTable = !this.data.showTable
        this.requestUpdate()
      },
      exportCsv: () => void this.exportCsv(),
    }
  }

  // ——— PIN step ———

  private readonly submit = async (e?: Event): Promise<void> => {
    e?.preventDefault()
    const input = this.pinInput
    if (!input || this.gate.checking) return
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
    return this.gate.submit(pin)
  }

  // Bar widths through the CSSOM: the kiosk's CSP (style-src 'self') blocks style attributes.
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar[data-share]')) bar.style.setProperty('width', `${bar.dataset['share']}%`)
  }

  /** Also waits for a PIN check in flight and the dashboard's data, so a rendered screen is a settled one. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete()
    while (this.gate.check || this.loading) {
      const pending = [this.gate.check, this.loading]
      await Promise.all(pending.map((p) => p?.catch(() => undefined)))
      if (this.gate.check === pending[0]) this.gate.check = undefined
      if (this.loading === pending[1]) this.loading = undefined
      result = await super.getUpdateComplete()
    }
    return result
  }

  private back(): void {
    if (this.pinInput) this.pinInput.value = ''
    this.emit<StaffExitDetail>('wr-staff-exited', { reason: 'back' })
  }

  // ——— Dashboard ———

  /** Signed out, with nothing of the dashboard kept: a new data object and a fresh PIN step. */
  private signOut(): void {
    this.signedIn = false
    this.gate.error = ''
    this.data = new StaffDashboard(() => this.requestUpdate())
    this.notice = ''
    this.stopTimers()
  }

  private stopTimers(): void {
    clearInterval(this.pollTimer)
    this.gate.stop()
    this.pollTimer = undefined
  }

  private async openDashboard(): Promise<void> {
    clearInterval(this.pollTimer)
    // The outbox count is cheap (nothing decrypted): keep it current while staff watch.
    this.pollTimer = setInterval(() => void this.data.loadPending(this.provider, this.pendingApplications), 15_000)
    const d = this.data
    await Promise.all([d.loadPending(this.provider, this.pendingApplications), d.loadUsage(this.clock()), this.checkHealth(), d.loadFigures(this.config, this.clock())])
  }

  private checkHealth(): Promise<void> {
    return this.data.checkHealth(this.health, { swStatus: this.swStatus, config: this.config, now: this.clock() })
  }

  /** Reloads the pending count, the usage counts and the desk (e.g. after a sync). */
  async refresh(): Promise<void> {
    const desk = this.renderRoot.querySelector<HTMLElement & { refresh?: () => Promise<void> }>('wr-booking-desk')
    await Promise.all([this.data.loadPending(this.provider, this.pendingApplications), this.data.loadUsage(this.clock()), desk?.refresh?.()])
  }

  private requestSync(): void {
    this.notice = this.l.t('dash.syncRequested')
    this.emit('wr-staff-sync-request', {})
  }

  private askForUpdate(): void {
    if (this.updateRequested) return
    this.updateRequested = true
    this.notice = this.l.t('dash.updateRequested')
    this.emit('wr-staff-update-request', {})
  }

  /** The last 30 days' counts as CSV (UTF-8 with BOM). The CSV library loads only when staff export. */
  async csv(): Promise<string> {
    if (!this.data.usage) await this.data.loadUsage(this.clock())
    return usageCsv(usageRows(this.data.usage!), csvLabels(this.dashboardHost))
  }

  private async exportCsv(): Promise<void> {
    try {
      const text = await this.csv()
      const { from, to } = usagePeriod(this.clock())
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
      const a = document.createElement('a')
      a.href = url
      a.download = `workroom-usage-${from}-${to}.csv`
      a.click()
      setTimeout(() => URL.revokeObjectURL(url), 1_000)
      this.notice = this.l.t('dash.exported')
      this.emit<StaffExportDetail>('wr-staff-exported', { rows: usageRows(this.data.usage!).length })
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
    this.emit<StaffExitDetail>('wr-staff-exited', { reason: 'exit' })
  }
}
