import { css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { LocalizeController, WrElement, fontSize, formatPinHash, formatShanghai, makePinHash, parsePinHash, PinLockout, token } from '@workroom/core'
import '../translations.js'
import { localize, NEEDS, newKey } from '../constants.js'
import type { BookingConfig } from '../config.js'
import type { Booking, BookingProvider } from '../contract.js'
import { clockFromIso, formatDay } from '../format.js'
import type { LedgerLabels } from '../ledger-csv.js'
import { addDays, toIsoDate } from '../time.js'
import { maskIdNumber } from '../validate.js'

export interface DeskStatusDetail {
  code: string
  status: Booking['status']
}

export interface DeskExportDetail {
  rows: number
}

/** The `pin-hash` attribute for a PIN: PBKDF2-SHA-256, salted (`npm run pin-hash -- <PIN>` prints it too). */
export async function hashPin(pin: string, iterations?: number): Promise<string> {
  return formatPinHash(await makePinHash(pin, iterations))
}

/** One lockout for every desk on the page: a fresh element does not give fresh attempts. */
export const deskLockout = new PinLockout()

/**
 * The workroom staff's view of appointments. Defined by `@workroom/booking/define` once its code
 * has loaded (`customElements.whenDefined('wr-booking-desk')`).
 * @tagname wr-booking-desk
 * @summary Today's and upcoming appointments: mark attended or no-show, cancel with a reason, export the ledger (台账) as CSV.
 * @event wr-booking-desk-status-changed - Staff changed an appointment; detail: DeskStatusDetail.
 * @event wr-booking-desk-exported - The ledger was exported; detail: DeskExportDetail.
 * @csspart table - The appointments table.
 */
export class WrBookingDesk extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: block; }
      .box { display: flex; flex-direction: column; gap: ${token('space-4')}; }
      h2 { font-size: ${fontSize(4)}; margin: 0; }
      h3 { font-size: ${fontSize(3)}; margin: 0; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: start; padding: ${token('space-2')}; border-bottom: ${token('border-width')} solid ${token('color-border')}; vertical-align: top; }
      .actions { display: flex; flex-wrap: wrap; gap: ${token('target-gap')}; }
      .error { color: ${token('color-danger')}; }
      .muted { color: ${token('color-text-muted')}; }
    `,
  ]

  @property({ attribute: false }) provider?: BookingProvider
  @property({ attribute: false }) config?: BookingConfig
  /** Only this place's appointments; all when empty. */
  @property({ attribute: 'place-id' }) placeId = ''
  /**
   * The staff PIN as `pbkdf2-sha256$<iterations>$<salt>$<hash>` (see hashPin, `npm run pin-hash`); when
   * set, the desk is locked until it is entered. A bare SHA-256 from older versions is refused.
   */
  @property({ attribute: 'pin-hash' }) pinHash = ''
  /** Wrong-PIN lockout (one for the page by default). */
  @property({ attribute: false }) lockout: PinLockout = deskLockout
  /** Days after today to list. */
  @property({ type: Number }) days = 14
  /** Clock (ms) for demos and tests. */
  @property({ type: Number }) now?: number

  @state() private unlocked = false
  @state() private pinError = ''
  @state() private bookings: Booking[] = []
  @state() private cancelling = ''
  @state() private reason = ''
  @state() private problem = ''

  private readonly l = new LocalizeController(this, 'booking')

  protected override resetState(): void {
    this.unlocked = false
    this.bookings = []
    this.cancelling = ''
  }

  override connectedCallback(): void {
    super.connectedCallback()
    if (!this.pinHash) this.unlocked = true
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never)
    if ((changed.has('provider') || changed.has('unlocked')) && this.unlocked && this.provider) void this.refresh()
    if (changed.has('pinHash') && parsePinHash(this.pinHash) === 'legacy-sha256')
      console.error('<wr-booking-desk>: pin-hash is a bare SHA-256, which can be reversed offline in moments; the desk stays locked. Make a new one with `npm run pin-hash -- <PIN>` (its "pin-hash" line).')
  }

  private today(): string {
    return toIsoDate(this.now ?? Date.now())
  }

  /** Reloads the list from the provider. */
  async refresh(): Promise<void> {
    if (!this.provider) return
    try {
      const { bookings } = await this.provider.listBookings({ ...(this.placeId ? { placeId: this.placeId } : {}), from: this.today(), to: addDays(this.today(), this.days) })
      this.bookings = bookings
      this.problem = ''
    } catch {
      this.problem = this.l.t('errors.network')
    }
  }

  override render() {
    return html`<div class="box" lang=${this.l.lang}>
      <h2 tabindex="-1">${this.l.t('desk.heading')}</h2>
      ${this.unlocked ? this.renderLedger() : this.renderPin()}
    </div>`
  }

  private renderPin() {
    const problem = this.pinHashProblem()
    if (problem) return html`<p class="error" role="alert">${problem}</p>`
    return html`<form @submit=${this.unlock}>
      <wr-text-field name="pin" secret digits label=${this.l.t('desk.pin')} hint=${this.l.t('desk.pinHint')} error=${this.pinError} maxlength="8"></wr-text-field>
      <wr-button variant="primary" @click=${this.unlock}>${this.l.t('desk.unlock')}</wr-button>
    </form>`
  }

  private unlock = async (e: Event): Promise<void> => {
    e.preventDefault()
    const field = this.renderRoot.querySelector<HTMLElement & { value: string; focus(): void }>('wr-text-field')
    if (!field) return
    const hash = parsePinHash(this.pinHash)
    if (hash === 'legacy-sha256' || !hash) return
    const result = await this.lockout.check(field.value.trim(), hash)
    if (result === 'ok') {
      this.unlocked = true
      this.pinError = ''
      return
    }
    const until = this.lockout.lockedUntil
    this.pinError =
      result === 'locked' && until !== undefined
        ? this.l.t('desk.pinLocked', { time: formatShanghai(until, this.l.lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }) })
        : this.l.t('desk.pinWrong')
    field.value = ''
    field.focus()
  }

  /** Said instead of the PIN field when the hash is unusable: staff must make a new one. */
  private pinHashProblem(): string {
    if (!this.pinHash) return ''
    const hash = parsePinHash(this.pinHash)
    if (hash === 'legacy-sha256') return this.l.t('desk.pinLegacy')
    return hash ? '' : this.l.t('desk.pinInvalid')
  }

  private renderTable(list: Booking[], caption: string) {
    if (!list.length) return html`<h3>${caption}</h3><p class="muted">${this.l.t('desk.empty')}</p>`
    return html`<table part="table">
      <caption><h3>${caption}</h3></caption>
      <thead><tr>
        <th scope="col">${this.l.t('desk.time')}</th><th scope="col">${this.l.t('desk.service')}</th><th scope="col">${this.l.t('desk.resident')}</th>
        <th scope="col">${this.l.t('desk.status')}</th><th scope="col">${this.l.t('desk.actions')}</th>
      </tr></thead>
      <tbody>
        ${list.map(
          (b) => html`<tr data-code=${b.code}>
            <td>${formatDay(b.start.slice(0, 10), this.l.lang)} ${clockFromIso(b.start)}（${this.l.t('beijingTime')}）</td>
            <td>${localize(this.config?.services.find((s) => s.id === b.serviceId)?.name, this.l.lang) || b.serviceId}<br /><span class="muted">${b.code}</span></td>
            <td>${b.details.name} ${b.details.mobile}${b.details.idNumber ? html`<br />${maskIdNumber(b.details.idNumber)}` : nothing}
              ${b.details.needs.length ? html`<br />${b.details.needs.map((n) => this.l.t(`details.need.${n}`)).join('；')}` : nothing}</td>
            <td>${this.l.t(`desk.statusName.${b.status}`)}${b.cancelReason ? html`<br /><span class="muted">${b.cancelReason}</span>` : nothing}</td>
            <td>${b.status === 'booked' ? this.renderActions(b) : nothing}</td>
          </tr>`,
        )}
      </tbody>
    </table>`
  }

  private renderActions(b: Booking) {
    if (this.cancelling === b.code)
      return html`<wr-text-field name="reason" label=${this.l.t('desk.cancelReason')} required .value=${this.reason}
          @input=${(e: Event) => (this.reason = (e.currentTarget as HTMLElement & { value: string }).value)}></wr-text-field>
        <div class="actions"><wr-button variant="danger" @click=${() => this.setStatus(b, 'cancelled')}>${this.l.t('desk.cancel')}</wr-button></div>`
    return html`<div class="actions">
      <wr-button variant="secondary" @click=${() => this.setStatus(b, 'attended')}>${this.l.t('desk.attended')}</wr-button>
      <wr-button variant="secondary" @click=${() => this.setStatus(b, 'no-show')}>${this.l.t('desk.noShow')}</wr-button>
      <wr-button variant="quiet" @click=${() => ((this.cancelling = b.code), (this.reason = ''))}>${this.l.t('desk.cancel')}</wr-button>
    </div>`
  }

  private async setStatus(b: Booking, status: 'attended' | 'no-show' | 'cancelled'): Promise<void> {
    if (!this.provider) return
    if (status === 'cancelled') {
      const field = this.renderRoot.querySelector<HTMLElement & { validate(): string }>('wr-text-field[name="reason"]')
      if (field && field.validate()) return
    }
    try {
      const updated = await this.provider.setStatus({ code: b.code, status, ...(status === 'cancelled' ? { reason: this.reason.trim() } : {}), idempotencyKey: newKey() })
      this.bookings = this.bookings.map((x) => (x.code === b.code ? updated : x))
      this.cancelling = ''
      this.emit<DeskStatusDetail>('wr-booking-desk-status-changed', { code: b.code, status })
    } catch {
      this.problem = this.l.t('errors.network')
    }
  }

  private labels(): LedgerLabels {
    const k = ['code', 'date', 'start', 'end', 'service', 'place', 'staff', 'name', 'mobile', 'needs', 'priority', 'status', 'reason'] as const
    return {
      columns: Object.fromEntries(k.map((c) => [c, this.l.t(`desk.csv.${c}`)])) as LedgerLabels['columns'],
      status: { booked: this.l.t('desk.statusName.booked'), cancelled: this.l.t('desk.statusName.cancelled'), attended: this.l.t('desk.statusName.attended'), 'no-show': this.l.t('desk.statusName.no-show') },
      needs: Object.fromEntries(NEEDS.map((n) => [n, this.l.t(`details.need.${n}`)])),
      yes: '✓',
    }
  }

  /** The ledger as CSV text (UTF-8 with BOM). The CSV library loads only when staff export. */
  async csv(): Promise<string> {
    const { ledgerCsv } = await import('../ledger-csv.js')
    return ledgerCsv(this.bookings, this.config!, this.labels(), this.l.lang)
  }

  private exportCsv = async (): Promise<void> => {
    const url = URL.createObjectURL(new Blob([await this.csv()], { type: 'text/csv;charset=utf-8' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `ledger-${this.today()}.csv`
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 1_000)
    this.emit<DeskExportDetail>('wr-booking-desk-exported', { rows: this.bookings.length })
  }

  private renderLedger() {
    const today = this.today()
    const todays = this.bookings.filter((b) => b.start.slice(0, 10) === today)
    const later = this.bookings.filter((b) => b.start.slice(0, 10) > today)
    return html`${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      ${this.renderTable(todays, this.l.t('desk.today'))} ${this.renderTable(later, this.l.t('desk.upcoming'))}
      <div class="actions">
        <wr-button variant="primary" @click=${this.exportCsv}>${this.l.t('desk.export')}</wr-button>
        ${this.pinHash ? html`<wr-button variant="quiet" @click=${() => this.resetState()}>${this.l.t('desk.lock')}</wr-button>` : nothing}
      </div>`
  }
}
