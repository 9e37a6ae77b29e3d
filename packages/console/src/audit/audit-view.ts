import { html, nothing } from 'lit'
import { state } from 'lit/decorators.js'
import { WrElement } from '@workroom/core'
import '../translations.js'
import { ConsoleView } from '../console-view.js'
import type { AuditEntry, AuditResponse } from '../api.js'
import { when } from '../format.js'
import { viewStyles } from '../styles.js'

/**
 * The audit log, searched by user, record (a booking code, a kiosk or account id) and dates.
 * Office staff see their office's entries; administrators every entry.
 * @tagname wr-console-audit
 * @summary Who did what to which record, and when.
 */
export class WrConsoleAudit extends ConsoleView {
  static override styles = [...WrElement.styles, viewStyles]


  @state() private entries?: AuditEntry[]
  @state() private truncated = false
  @state() private problem = ''


  protected override firstLoad(): Promise<unknown> {
    return this.search()
  }

  private async search(e?: Event): Promise<void> {
    e?.preventDefault()
    const form = this.renderRoot.querySelector('form')
    const data = form ? (Object.fromEntries(new FormData(form)) as Record<string, string>) : {}
    const body = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v))
    try {
      const r = await this.ctx!.client.call<AuditResponse>('audit', body)
      this.entries = r.entries
      this.truncated = r.truncated
      this.problem = ''
    } catch (err) {
      this.problem = this.errorText(err)
    }
  }

  override render() {
    const c = (k: string) => this.l.t(`audit.columns.${k}`)
    return html`<section lang=${this.l.lang}>
      <h1 tabindex="-1">${this.l.t('audit.heading')}</h1>
      <form class="toolbar" @submit=${(e: Event) => void this.search(e)} novalidate>
        <div class="field"><label for="a-actor">${this.l.t('audit.actor')}</label><input id="a-actor" name="actor" maxlength="60" autocomplete="off" /></div>
        <div class="field"><label for="a-record">${this.l.t('audit.record')}</label><input id="a-record" name="record" maxlength="100" autocomplete="off" /></div>
        <div class="field"><label for="a-from">${this.l.t('audit.from')}</label><input id="a-from" name="from" type="date" /></div>
        <div class="field"><label for="a-to">${this.l.t('audit.to')}</label><input id="a-to" name="to" type="date" /></div>
        <button class="btn primary" type="submit">${this.l.t('audit.search')}</button>
      </form>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      <div role="status">${this.entries ? this.l.t('audit.found', { count: this.entries.length }) : ''}${this.truncated ? ` ${this.l.t('audit.truncated')}` : ''}</div>
      ${this.entries?.length
        ? html`<table class="cards">
            <thead><tr><th scope="col">${c('at')}</th><th scope="col">${c('actor')}</th><th scope="col">${c('action')}</th><th scope="col">${c('office')}</th><th scope="col">${c('record')}</th></tr></thead>
            <tbody>${this.entries.map(
              (e) => html`<tr>
                <td data-label=${c('at')}><bdi dir="ltr">${when(e.at)}</bdi></td>
                <td data-label=${c('actor')}>${this.l.t(`audit.kinds.${e.actorKind}`)}${e.actor ? html` <bdi dir="ltr">${e.actor}</bdi>` : nothing}</td>
                <td data-label=${c('action')}><bdi dir="ltr">${e.action}</bdi></td>
                <td data-label=${c('office')}>${e.officeId ?? ''}</td>
                <td data-label=${c('record')}>${e.recordKind ? html`${e.recordKind} <bdi dir="ltr">${e.recordId ?? ''}</bdi>` : nothing}</td>
              </tr>`,
            )}</tbody>
          </table>`
        : nothing}
    </section>`
  }
}
