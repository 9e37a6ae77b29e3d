import { css, html, nothing, type TemplateResult } from 'lit'
import { query, state } from 'lit/decorators.js'
import { WrElement, type WrDialog } from '@workroom/core'
import '../translations.js'
import { ConsoleView } from '../console-view.js'
import { CHANNELS, DISPUTE_CATEGORIES, OUTCOMES, type ConsoleBooking, type FreeSlotsResponse, type OfferResponse, type OpenResponse, type TodayResponse, type WaitlistItem, type WaitlistResponse } from '../api.js'
import { ApiError } from '../client.js'
import { clock, loc, todayIso } from '../format.js'
import { viewStyles } from '../styles.js'

type Dialog =
  | { kind: 'cancel'; booking: ConsoleBooking; reason: string; error: string }
  | { kind: 'attend'; booking: ConsoleBooking; category: string; outcome: string; channel: string }
  | { kind: 'reschedule'; booking: ConsoleBooking; date: string; slots?: FreeSlotsResponse['slots']; error: string }

/**
 * Today's bookings across the offices the user may see, by office, room and time: arrived,
 * attended (with the ledger's dispute category and outcome), no-show, cancel with a reason,
 * reschedule into a free place. Names and mobiles stay masked until "Show details" (audited).
 * @tagname wr-console-today
 * Row actions are native buttons (a day of 500 rows would otherwise be 3,000 shadow roots);
 * the dialogs are core's wr-dialog and wr-button.
 * @summary The day's bookings and what staff do with them; prints as the day sheet.
 */
export class WrConsoleToday extends ConsoleView {
  static override styles = [
    ...WrElement.styles,
    viewStyles,
    css`
      .group { margin-block-end: var(--wr-space-5, 24px); }
      .arrived { font-weight: 700; }
      .slots { display: flex; flex-wrap: wrap; gap: var(--wr-target-gap, 8px); margin: 0; padding: 0; list-style: none; }
      .print-head { display: none; }
      @media print { .print-head { display: block; } }
    `,
  ]


  @state() private date = ''
  @state() private officeId = ''
  @state() private bookings: ConsoleBooking[] = []
  @state() private waiting: WaitlistItem[] = []
  @state() private opened = new Map<string, OpenResponse>()
  @state() private loading = false
  @state() private problem = ''
  @state() private said = ''
  @state() private dialog?: Dialog

  @query('wr-dialog') private dialogEl?: WrDialog

  protected override firstLoad(): Promise<unknown> {
    this.date ||= todayIso(this.ctx?.now ?? Date.now())
    return this.load()
  }

  private async load(): Promise<void> {
    if (!this.ctx) return
    this.loading = true
    this.problem = ''
    try {
      const body = { date: this.date, ...(this.officeId ? { officeId: this.officeId } : {}) }
      const [r, w] = await Promise.all([this.ctx.client.call<TodayResponse>('today', body), this.ctx.client.call<WaitlistResponse>('waitlist', body).catch(() => ({ entries: [] }))])
      this.bookings = r.bookings
      this.waiting = w.entries
    } catch (err) {
      this.problem = this.errorText(err)
    } finally {
      this.loading = false
    }
  }

  private replace(b: ConsoleBooking): void {
    this.bookings = this.bookings.map((x) => (x.code === b.code ? b : x))
  }

  private async act(b: ConsoleBooking, action: 'arrived' | 'attended' | 'no-show' | 'cancelled', extra: Record<string, string> = {}): Promise<boolean> {
    try {
      const updated = await this.ctx!.client.call<ConsoleBooking>('mark', { officeId: b.officeId, code: b.code, action, ...extra })
      this.replace(updated)
      this.said = this.l.t(`today.done.${action}`, { code: b.code })
      return true
    } catch (err) {
      this.said = this.errorText(err)
      return false
    }
  }

  private async offer(w: WaitlistItem): Promise<void> {
    try {
      const r = await this.ctx!.client.call<OfferResponse>('offer', { officeId: w.officeId, id: w.id })
      this.waiting = this.waiting.map((x) => (x.id === w.id ? r.entry : x))
      this.said = this.l.t('waitlist.offered', { name: w.name, time: clock(r.start) })
    } catch (err) {
      this.said = err instanceof ApiError && err.status === 409 ? this.l.t('waitlist.noPlace') : this.errorText(err)
    }
  }

  private renderWaitlist(): TemplateResult {
    if (!this.waiting.length) return html``
    const c = (k: string) => this.l.t(`waitlist.columns.${k}`)
    return html`<section class="group no-print" aria-labelledby="waitlist-heading">
      <h2 id="waitlist-heading">${this.l.t('waitlist.heading')}</h2>
      <p class="muted">${this.l.t('waitlist.intro')}</p>
      <table class="cards">
        <thead><tr><th scope="col">${c('service')}</th><th scope="col">${c('position')}</th><th scope="col">${c('resident')}</th><th scope="col">${c('free')}</th><th scope="col">${c('actions')}</th></tr></thead>
        <tbody>${this.waiting.map(
          (w) => html`<tr data-waitlist=${w.id}>
            <td data-label=${c('service')}>${this.officeName(w.officeId)} · ${this.serviceName(w.officeId, w.serviceId)}</td>
            <td data-label=${c('position')}>${w.status === 'offered' ? this.l.t('waitlist.wasOffered') : w.position}</td>
            <td data-label=${c('resident')}>${w.name}, <bdi dir="ltr">${w.mobile}</bdi></td>
            <td data-label=${c('free')}>${w.free}</td>
            <td data-label=${c('actions')}>${w.status === 'waiting'
              ? html`<button type="button" class="btn primary" aria-label=${`${this.l.t('waitlist.offer')} ${w.name}`} aria-disabled=${w.free ? 'false' : 'true'} @click=${() => (w.free ? void this.offer(w) : (this.said = this.l.t('waitlist.noPlace')))}>${this.l.t('waitlist.offer')}</button>`
              : nothing}</td>
          </tr>`,
        )}</tbody>
      </table>
    </section>`
  }

  private async open(b: ConsoleBooking): Promise<void> {
    try {
      const r = await this.ctx!.client.call<OpenResponse>('open', { officeId: b.officeId, code: b.code })
      this.opened = new Map(this.opened).set(b.code, r)
      this.said = this.l.t('today.done.opened', { code: b.code })
    } catch (err) {
      this.said = this.errorText(err)
    }
  }

  private hide(code: string): void {
    const m = new Map(this.opened)
    m.delete(code)
    this.opened = m
  }

  private async showDialog(d: Dialog): Promise<void> {
    this.dialog = d
    await this.updateComplete
    this.dialogEl?.show()
    if (d.kind === 'reschedule') void this.findSlots()
  }

  private closeDialog(): void {
    this.dialogEl?.close('done')
  }

  private async confirmDialog(): Promise<void> {
    const d = this.dialog
    if (!d) return
    if (d.kind === 'cancel') {
      if (!d.reason.trim()) {
        this.dialog = { ...d, error: this.l.t('today.cancelForm.reasonMissing') }
        await this.updateComplete
        this.renderRoot.querySelector<HTMLElement>("#reason")?.focus()
        return
      }
      if (await this.act(d.booking, 'cancelled', { reason: d.reason.trim() })) this.closeDialog()
    } else if (d.kind === 'attend') {
      const extra: Record<string, string> = {}
      if (d.category) extra['disputeCategory'] = d.category
      if (d.outcome) extra['outcome'] = d.outcome
      if (d.channel) extra['channel'] = d.channel
      if (await this.act(d.booking, 'attended', extra)) this.closeDialog()
    }
  }

  private async findSlots(): Promise<void> {
    const d = this.dialog
    if (d?.kind !== 'reschedule') return
    try {
      const r = await this.ctx!.client.call<FreeSlotsResponse>('freeSlots', { officeId: d.booking.officeId, code: d.booking.code, date: d.date })
      if (this.dialog === d) this.dialog = { ...d, slots: r.slots, error: '' }
    } catch (err) {
      if (this.dialog === d) this.dialog = { ...d, slots: [], error: this.errorText(err) }
    }
  }

  private async moveTo(slotId: string): Promise<void> {
    const d = this.dialog
    if (d?.kind !== 'reschedule') return
    try {
      const updated = await this.ctx!.client.call<ConsoleBooking>('reschedule', { officeId: d.booking.officeId, code: d.booking.code, slotId })
      this.said = this.l.t('today.done.rescheduled', { code: d.booking.code, time: `${updated.start.slice(0, 10)} ${clock(updated.start)}` })
      this.closeDialog()
      await this.load()
    } catch (err) {
      this.dialog = { ...d, error: this.errorText(err) }
      void this.findSlots()
    }
  }

  private officeName(id: string): string {
    return loc(this.ctx?.offices.find((o) => o.id === id)?.name, this.l.lang, id)
  }

  private placeName(officeId: string, placeId: string): string {
    return loc(this.ctx?.offices.find((o) => o.id === officeId)?.places.find((p) => p.id === placeId)?.name, this.l.lang, placeId)
  }

  private serviceName(officeId: string, serviceId: string): string {
    return loc(this.ctx?.offices.find((o) => o.id === officeId)?.services.find((s) => s.id === serviceId)?.name, this.l.lang, serviceId)
  }

  override render() {
    const offices = this.ctx?.offices ?? []
    const groups = new Map<string, ConsoleBooking[]>()
    for (const b of this.bookings) {
      const k = `${b.officeId}|${b.placeId}`
      if (!groups.has(k)) groups.set(k, [])
      groups.get(k)!.push(b)
    }
    const counts = { total: this.bookings.filter((b) => b.status !== 'cancelled').length, arrived: this.bookings.filter((b) => b.arrived && b.status === 'booked').length }
    return html`<section lang=${this.l.lang}>
      <h1 tabindex="-1">${this.l.t('today.heading')}</h1>
      <p class="print-head">${this.l.t('today.sheet', { date: this.date })}</p>
      <form class="toolbar" @submit=${(e: Event) => (e.preventDefault(), void this.load())}>
        <div class="field">
          <label for="date">${this.l.t('today.date')}</label>
          <input id="date" type="date" .value=${this.date} @change=${(e: Event) => ((this.date = (e.target as HTMLInputElement).value || todayIso()), void this.load())} />
        </div>
        ${offices.length > 1
          ? html`<div class="field">
              <label for="office">${this.l.t('today.office')}</label>
              <select id="office" @change=${(e: Event) => ((this.officeId = (e.target as HTMLSelectElement).value), void this.load())}>
                <option value="" ?selected=${!this.officeId}>${this.l.t('today.allOffices')}</option>
                ${offices.map((o) => html`<option value=${o.id} ?selected=${this.officeId === o.id}>${loc(o.name, this.l.lang, o.id)}</option>`)}
              </select>
            </div>`
          : nothing}
        <button class="btn" type="submit">${this.l.t('today.refresh')}</button>
        <button class="btn" type="button" @click=${() => window.print()}>${this.l.t('today.print')}</button>
      </form>
      <div role="status" class="visually-hidden" aria-live="polite">${this.said}</div>
      ${this.said ? html`<p class="muted no-print" aria-hidden="true">${this.said}</p>` : nothing}
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      ${this.loading && !this.bookings.length
        ? html`<p class="muted">${this.l.t('loading')}</p>`
        : this.bookings.length
          ? html`<p>${this.l.t('today.summary', { count: counts.total, arrived: counts.arrived })}</p>
              <p class="muted no-print">${this.l.t('today.openNote')}</p>
              ${[...groups].map(([k, list]) => this.renderGroup(k, list))}`
          : html`<p>${this.l.t('today.none')}</p>`}
      ${this.renderWaitlist()}
      ${this.renderDialog()}
    </section>`
  }

  private renderGroup(key: string, list: ConsoleBooking[]): TemplateResult {
    const [officeId = '', placeId = ''] = key.split('|')
    const heading = `${this.officeName(officeId)} · ${this.placeName(officeId, placeId)}`
    const c = (k: string) => this.l.t(`today.columns.${k}`)
    return html`<section class="group" aria-label=${heading}>
      <h2>${heading}</h2>
      <table class="cards">
        <thead><tr><th scope="col">${c('time')}</th><th scope="col">${c('code')}</th><th scope="col">${c('service')}</th><th scope="col">${c('resident')}</th><th scope="col">${c('status')}</th><th scope="col" class="no-print">${c('actions')}</th></tr></thead>
        <tbody>${list.map((b) => this.renderRow(b))}</tbody>
      </table>
    </section>`
  }

  private renderRow(b: ConsoleBooking): TemplateResult {
    const c = (k: string) => this.l.t(`today.columns.${k}`)
    const o = this.opened.get(b.code)
    const booked = b.status === 'booked'
    const status = booked ? (b.arrived ? this.l.t('status.arrived') : this.l.t('status.booked')) : this.l.t(`status.${b.status}`)
    return html`<tr data-code=${b.code}>
      <td data-label=${c('time')}><bdi dir="ltr">${clock(b.start)}–${clock(b.end)}</bdi></td>
      <td data-label=${c('code')}><bdi dir="ltr" class="code">${b.code}</bdi></td>
      <td data-label=${c('service')}>${this.serviceName(b.officeId, b.serviceId)}${b.priority ? html` <span class="muted">(${this.l.t('today.priority')})</span>` : nothing}</td>
      <td data-label=${c('resident')}>
        <span class="resident">${o ? o.name : b.name}</span>, <bdi dir="ltr">${o ? o.mobile : b.mobile}</bdi>
        ${o?.idNumber ? html`<br /><span>${this.l.t('today.idNumber')} <bdi dir="ltr">${o.idNumber}</bdi></span>` : nothing}
        ${b.needs.length ? html`<br /><span class="muted">${b.needs.map((n) => this.l.t(`needs.${n}`)).join('、')}</span>` : nothing}
        ${o?.cancelReason ? html`<br /><span class="muted">${this.l.t('today.reason')}${o.cancelReason}</span>` : nothing}
      </td>
      <td data-label=${c('status')}><span class="status ${b.status} ${b.arrived && booked ? 'arrived' : ''}">${status}</span>
        ${b.status === 'attended' && b.disputeCategory ? html`<br /><span class="muted">${this.l.t(`categories.${b.disputeCategory}`)}</span>` : nothing}</td>
      <td data-label=${c('actions')} class="no-print">
        <div class="actions">
          ${o
            ? html`<button type="button" class="btn" @click=${() => this.hide(b.code)} aria-label=${`${this.l.t('today.hide')} ${b.code}`}>${this.l.t('today.hide')}</button>`
            : html`<button type="button" class="btn" @click=${() => void this.open(b)} aria-label=${`${this.l.t('today.open')} ${b.code}`}>${this.l.t('today.open')}</button>`}
          ${booked
            ? html`${b.arrived ? nothing : html`<button type="button" class="btn" @click=${() => void this.act(b, 'arrived')} aria-label=${`${this.l.t('today.arrived')} ${b.code}`}>${this.l.t('today.arrived')}</button>`}
                <button type="button" class="btn primary" @click=${() => void this.showDialog({ kind: 'attend', booking: b, category: '', outcome: '', channel: b.channel })} aria-label=${`${this.l.t('today.attended')} ${b.code}`}>${this.l.t('today.attended')}</button>
                <button type="button" class="btn" @click=${() => void this.act(b, 'no-show')} aria-label=${`${this.l.t('today.noShow')} ${b.code}`}>${this.l.t('today.noShow')}</button>
                <button type="button" class="btn" @click=${() => void this.showDialog({ kind: 'reschedule', booking: b, date: b.start.slice(0, 10), error: '' })} aria-label=${`${this.l.t('today.reschedule')} ${b.code}`}>${this.l.t('today.reschedule')}</button>
                <button type="button" class="btn danger" @click=${() => void this.showDialog({ kind: 'cancel', booking: b, reason: '', error: '' })} aria-label=${`${this.l.t('today.cancel')} ${b.code}`}>${this.l.t('today.cancel')}</button>`
            : nothing}
        </div>
      </td>
    </tr>`
  }

  private renderDialog(): TemplateResult {
    const d = this.dialog
    const heading = d ? this.l.t(`today.${d.kind}Form.heading`, { code: d.booking.code }) : ''
    return html`<wr-dialog heading=${heading} @wr-dialog-closed=${() => (this.dialog = undefined)}>
      ${d?.kind === 'cancel'
        ? html`<div class="field">
              <label for="reason">${this.l.t('today.cancelForm.reason')}</label>
              <p class="hint" id="reason-hint">${this.l.t('today.cancelForm.reasonHint')}</p>
              ${d.error ? html`<p class="error" id="reason-error">${d.error}</p>` : nothing}
              <textarea id="reason" rows="3" maxlength="200" aria-describedby=${d.error ? 'reason-hint reason-error' : 'reason-hint'} aria-invalid=${d.error ? 'true' : 'false'}
                .value=${d.reason} @input=${(e: Event) => (this.dialog = { ...d, reason: (e.target as HTMLTextAreaElement).value })}></textarea>
            </div>
            <wr-button slot="footer" variant="danger" @click=${() => void this.confirmDialog()}>${this.l.t('today.cancelForm.confirm')}</wr-button>
            <wr-button slot="footer" variant="secondary" @click=${() => this.closeDialog()}>${this.l.t('today.back')}</wr-button>`
        : d?.kind === 'attend'
          ? html`<p>${this.l.t('today.attendForm.intro')}</p>
              ${this.select('category', this.l.t('today.attendForm.category'), d.category, DISPUTE_CATEGORIES, 'categories', (v) => (this.dialog = { ...d, category: v }))}
              ${this.select('outcome', this.l.t('today.attendForm.outcome'), d.outcome, OUTCOMES, 'outcomes', (v) => (this.dialog = { ...d, outcome: v }))}
              ${this.select('channel', this.l.t('today.attendForm.channel'), d.channel, CHANNELS, 'channels', (v) => (this.dialog = { ...d, channel: v }), false)}
              <wr-button slot="footer" @click=${() => void this.confirmDialog()}>${this.l.t('today.attendForm.confirm')}</wr-button>
              <wr-button slot="footer" variant="secondary" @click=${() => this.closeDialog()}>${this.l.t('today.back')}</wr-button>`
          : d?.kind === 'reschedule'
            ? html`<div class="field">
                  <label for="move-date">${this.l.t('today.rescheduleForm.date')}</label>
                  <input id="move-date" type="date" .value=${d.date} @change=${(e: Event) => ((this.dialog = { ...d, date: (e.target as HTMLInputElement).value || d.date, slots: undefined }), void this.findSlots())} />
                </div>
                ${d.error ? html`<p class="error" role="alert">${d.error}</p>` : nothing}
                <h3>${this.l.t('today.rescheduleForm.free')}</h3>
                ${!d.slots
                  ? html`<p class="muted">${this.l.t('loading')}</p>`
                  : d.slots.length
                    ? html`<ul class="slots">${d.slots.map((s) => html`<li><wr-button variant="secondary" @click=${() => void this.moveTo(s.id)}><bdi dir="ltr">${clock(s.start)}</bdi> · ${this.placeName(d.booking.officeId, s.placeId)}</wr-button></li>`)}</ul>`
                    : html`<p>${this.l.t('today.rescheduleForm.none')}</p>`}
                <wr-button slot="footer" variant="secondary" @click=${() => this.closeDialog()}>${this.l.t('today.back')}</wr-button>`
            : nothing}
    </wr-dialog>`
  }

  private select(id: string, label: string, value: string, options: readonly string[], ns: string, set: (v: string) => void, blank = true): TemplateResult {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${blank ? html`<option value="" ?selected=${!value}>${this.l.t('today.attendForm.notRecorded')}</option>` : nothing}
        ${options.map((o) => html`<option value=${o} ?selected=${value === o}>${this.l.t(`${ns}.${o}`)}</option>`)}
      </select>
    </div>`
  }
}
