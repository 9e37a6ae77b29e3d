import { html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { WrElement } from '@workroom/core'
import '../translations.js'
import { ConsoleView } from '../console-view.js'
import type { LedgerResponse, LedgerRow } from '../api.js'
import { loc, todayIso } from '../format.js'
import { viewStyles } from '../styles.js'
import { LEDGER_COLUMNS, PERSONAL_COLUMNS } from './columns.js'

/**
 * The monthly ledger (台账) of one office: date, service, dispute category, outcome, staff and how
 * the resident came, as a printable table and as CSV. Names and mobiles only when office staff
 * or an administrator asks for them, and each such request is in the audit log.
 * @tagname wr-console-ledger
 * @summary An office's monthly consultation ledger.
 * @event wr-console-ledger-exported - The CSV was made; detail: { rows, personal }.
 */
export class WrConsoleLedger extends ConsoleView {
  static override styles = [...WrElement.styles, viewStyles]


  @state() private officeId = ''
  @state() private month = ''
  @state() private personal = false
  @state() private ledger?: LedgerResponse
  @state() private problem = ''


  protected override firstLoad(): Promise<unknown> {
    this.officeId ||= this.firstOffice
    this.month ||= todayIso(this.ctx?.now ?? Date.now()).slice(0, 7)
    return this.load()
  }

  private get mayAskPersonal(): boolean {
    return this.ctx?.user.role !== 'workroom-adviser'
  }

  private async load(e?: Event): Promise<void> {
    e?.preventDefault()
    if (!this.officeId) return
    try {
      this.ledger = await this.ctx!.client.call<LedgerResponse>('ledger', { officeId: this.officeId, month: this.month, personal: this.personal && this.mayAskPersonal })
      this.problem = ''
    } catch (err) {
      this.problem = this.errorText(err)
    }
  }

  private cell = (r: LedgerRow, column: string): string => {
    const office = this.ctx?.offices.find((o) => o.id === this.ledger?.officeId)
    switch (column) {
      case 'date': return r.date
      case 'time': return r.time
      case 'code': return r.code
      case 'service': return loc(office?.services.find((s) => s.id === r.serviceId)?.name, this.l.lang, r.serviceId)
      case 'place': return loc(office?.places.find((p) => p.id === r.placeId)?.name, this.l.lang, r.placeId)
      case 'category': return r.disputeCategory ? this.l.t(`categories.${r.disputeCategory}`) : ''
      case 'outcome': return r.outcome ? this.l.t(`outcomes.${r.outcome}`) : ''
      case 'staff': return r.staff ?? ''
      case 'channel': return this.l.t(`channels.${r.channel}`)
      case 'status': return this.l.t(`status.${r.status}`)
      case 'name': return r.name ?? ''
      case 'mobile': return r.mobile ?? ''
      default: return ''
    }
  }

  private headers(): Record<string, string> {
    return Object.fromEntries([...LEDGER_COLUMNS, ...PERSONAL_COLUMNS].map((c) => [c, this.l.t(`ledger.columns.${c}`)]))
  }

  private async download(): Promise<void> {
    const l = this.ledger
    if (!l) return
    // The CSV writer loads when first asked for: most visits only look.
    const { ledgerCsv } = await import('./ledger-csv.js')
    const csv = ledgerCsv(l.rows, this.headers(), this.cell, l.personal)
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `${this.l.t('ledger.file')}-${l.officeId}-${l.month}.csv`
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    this.emit('wr-console-ledger-exported', { rows: l.rows.length, personal: l.personal })
  }

  override render() {
    const l = this.ledger
    const columns: string[] = [...LEDGER_COLUMNS, ...(l?.personal ? PERSONAL_COLUMNS : [])]
    const h = this.headers()
    const officeName = loc(this.ctx?.offices.find((o) => o.id === (l?.officeId ?? this.officeId))?.name, this.l.lang, this.officeId)
    return html`<section lang=${this.l.lang}>
      <h1 tabindex="-1">${this.l.t('ledger.heading')}</h1>
      <form class="toolbar" @submit=${(e: Event) => void this.load(e)}>
        <div class="field">
          <label for="l-office">${this.l.t('ledger.office')}</label>
          <select id="l-office" @change=${(e: Event) => (this.officeId = (e.target as HTMLSelectElement).value)}>
            ${this.ctx?.offices.map((o) => html`<option value=${o.id} ?selected=${o.id === this.officeId}>${loc(o.name, this.l.lang, o.id)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="l-month">${this.l.t('ledger.month')}</label>
          <input id="l-month" type="month" .value=${this.month} @change=${(e: Event) => (this.month = (e.target as HTMLInputElement).value || this.month)} />
        </div>
        ${this.mayAskPersonal
          ? html`<div class="field"><span class="label" id="l-personal-label">${this.l.t('ledger.personalData')}</span>
              <label class="check"><input type="checkbox" .checked=${this.personal} @change=${(e: Event) => (this.personal = (e.target as HTMLInputElement).checked)} aria-describedby="l-personal-hint" />${this.l.t('ledger.personal')}</label>
              <p class="hint" id="l-personal-hint">${this.l.t('ledger.personalHint')}</p></div>`
          : nothing}
        <button class="btn primary" type="submit">${this.l.t('ledger.show')}</button>
        <button class="btn" type="button" ?disabled=${!l} @click=${() => void this.download()}>${this.l.t('ledger.csv')}</button>
        <button class="btn" type="button" @click=${() => window.print()}>${this.l.t('ledger.print')}</button>
      </form>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      ${l
        ? html`<table class="cards ledger">
            <caption>${this.l.t('ledger.caption', { office: officeName, month: l.month, count: l.rows.length })}</caption>
            <thead><tr>${columns.map((c) => html`<th scope="col">${h[c]}</th>`)}</tr></thead>
            <tbody>${l.rows.map((r) => html`<tr data-code=${r.code}>${columns.map((c) => html`<td data-label=${h[c] ?? c}>${c === 'code' || c === 'mobile' || c === 'time' || c === 'date' ? html`<bdi dir="ltr">${this.cell(r, c)}</bdi>` : this.cell(r, c)}</td>`)}</tr>`)}</tbody>
          </table>
          ${l.rows.length ? nothing : html`<p>${this.l.t('ledger.none')}</p>`}`
        : nothing}
    </section>`
  }
}
