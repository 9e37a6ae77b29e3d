import { html, nothing } from 'lit'
import { query, state } from 'lit/decorators.js'
import { WrElement, type WrDialog } from '@workroom/core'
import '../translations.js'
import { ConsoleView } from '../console-view.js'
import type { AddDeviceResponse, DeviceInfo, DevicesResponse } from '../api.js'
import { loc, when } from '../format.js'
import { viewStyles } from '../styles.js'

/**
 * The workroom kiosks: register one (its device token shown once, as text and as a QR code the
 * kiosk's staff screen scans), see when each last synced, what it still has to send and its
 * version, and revoke one that is lost or replaced.
 * @tagname wr-console-kiosks
 * @summary Kiosk devices of the offices the user may see.
 */
export class WrConsoleKiosks extends ConsoleView {
  static override styles = [...WrElement.styles, viewStyles]


  @state() private devices: DeviceInfo[] = []
  @state() private problem = ''
  @state() private formError = ''
  @state() private officeId = ''
  @state() private placeId = ''
  @state() private name = ''
  @state() private added?: AddDeviceResponse
  @state() private revoking?: DeviceInfo
  @state() private said = ''

  @query('#token-dialog') private tokenDialog?: WrDialog
  @query('#revoke-dialog') private revokeDialog?: WrDialog

  protected override firstLoad(): Promise<unknown> {
    this.officeId ||= this.firstOffice
    return this.load()
  }

  private get mayManage(): boolean {
    return this.ctx?.user.role !== 'workroom-adviser'
  }

  private async load(): Promise<void> {
    try {
      this.devices = (await this.ctx!.client.call<DevicesResponse>('devices', {})).devices
      this.problem = ''
    } catch (err) {
      this.problem = this.errorText(err)
    }
  }

  private async add(e: Event): Promise<void> {
    e.preventDefault()
    if (!this.name.trim()) {
      this.formError = this.l.t('kiosks.nameMissing')
      await this.updateComplete
      return this.renderRoot.querySelector<HTMLElement>('#kiosk-name')?.focus()
    }
    try {
      this.added = await this.ctx!.client.call<AddDeviceResponse>('addDevice', { officeId: this.officeId, ...(this.placeId ? { placeId: this.placeId } : {}), name: this.name.trim() })
      this.formError = ''
      this.name = ''
      await this.updateComplete
      this.tokenDialog?.show()
      void this.load()
    } catch (err) {
      this.formError = this.errorText(err)
    }
  }

  private async revoke(): Promise<void> {
    const d = this.revoking
    if (!d) return
    try {
      await this.ctx!.client.call('revokeDevice', { id: d.id })
      this.said = this.l.t('kiosks.revoked', { name: d.name })
      this.revokeDialog?.close('done')
      void this.load()
    } catch {
      this.said = this.l.t('errors.unavailable')
    }
  }

  private officeName(id: string): string {
    return loc(this.ctx?.offices.find((o) => o.id === id)?.name, this.l.lang, id)
  }

  private placeName(officeId: string, placeId: string | undefined): string {
    if (!placeId) return this.l.t('kiosks.wholeOffice')
    return loc(this.ctx?.offices.find((o) => o.id === officeId)?.places.find((p) => p.id === placeId)?.name, this.l.lang, placeId)
  }

  override render() {
    const c = (k: string) => this.l.t(`kiosks.columns.${k}`)
    const office = this.ctx?.offices.find((o) => o.id === this.officeId)
    const qr = this.added ? JSON.stringify({ url: this.added.syncUrl, token: this.added.token }) : ''
    return html`<section lang=${this.l.lang}>
      <h1 tabindex="-1">${this.l.t('kiosks.heading')}</h1>
      <div role="status" aria-live="polite">${this.said}</div>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      ${this.devices.length
        ? html`<table class="cards">
            <thead><tr><th scope="col">${c('name')}</th><th scope="col">${c('place')}</th><th scope="col">${c('lastSync')}</th><th scope="col">${c('pending')}</th><th scope="col">${c('version')}</th><th scope="col">${c('state')}</th>${this.mayManage ? html`<th scope="col">${c('actions')}</th>` : nothing}</tr></thead>
            <tbody>
              ${this.devices.map(
                (d) => html`<tr data-device=${d.id}>
                  <td data-label=${c('name')}>${d.name}</td>
                  <td data-label=${c('place')}>${this.officeName(d.officeId)} · ${this.placeName(d.officeId, d.placeId)}</td>
                  <td data-label=${c('lastSync')}><bdi dir="ltr">${d.lastSyncAt ? when(d.lastSyncAt) : this.l.t('kiosks.never')}</bdi></td>
                  <td data-label=${c('pending')}>${d.pending ?? this.l.t('kiosks.unknown')}</td>
                  <td data-label=${c('version')}>${d.version ?? this.l.t('kiosks.unknown')}</td>
                  <td data-label=${c('state')}><span class="status ${d.revoked ? 'cancelled' : 'attended'}">${d.revoked ? this.l.t('kiosks.isRevoked') : this.l.t('kiosks.active')}</span></td>
                  ${this.mayManage
                    ? html`<td data-label=${c('actions')}>${d.revoked ? nothing : html`<wr-button variant="danger" label=${`${this.l.t('kiosks.revoke')} ${d.name}`} @click=${() => ((this.revoking = d), void this.updateComplete.then(() => this.revokeDialog?.show()))}>${this.l.t('kiosks.revoke')}</wr-button>`}</td>`
                    : nothing}
                </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>${this.l.t('kiosks.none')}</p>`}
      ${this.mayManage
        ? html`<h2>${this.l.t('kiosks.add')}</h2>
            <form class="toolbar" @submit=${(e: Event) => void this.add(e)} novalidate>
              <div class="field">
                <label for="kiosk-office">${this.l.t('kiosks.office')}</label>
                <select id="kiosk-office" @change=${(e: Event) => ((this.officeId = (e.target as HTMLSelectElement).value), (this.placeId = ''))}>
                  ${this.ctx?.offices.map((o) => html`<option value=${o.id} ?selected=${o.id === this.officeId}>${loc(o.name, this.l.lang, o.id)}</option>`)}
                </select>
              </div>
              <div class="field">
                <label for="kiosk-place">${this.l.t('kiosks.place')}</label>
                <select id="kiosk-place" @change=${(e: Event) => (this.placeId = (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${!this.placeId}>${this.l.t('kiosks.wholeOffice')}</option>
                  ${office?.places.map((p) => html`<option value=${p.id} ?selected=${p.id === this.placeId}>${loc(p.name, this.l.lang, p.id)}</option>`)}
                </select>
              </div>
              <div class="field">
                <label for="kiosk-name">${this.l.t('kiosks.name')}</label>
                ${this.formError ? html`<p class="error" id="kiosk-error">${this.formError}</p>` : nothing}
                <input id="kiosk-name" maxlength="100" autocomplete="off" .value=${this.name} aria-invalid=${this.formError ? 'true' : 'false'} aria-describedby=${this.formError ? 'kiosk-error' : nothing}
                  @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)} />
              </div>
              <button class="btn primary" type="submit">${this.l.t('kiosks.register')}</button>
            </form>`
        : nothing}
      <wr-dialog id="token-dialog" heading=${this.l.t('kiosks.tokenHeading')} @wr-dialog-closed=${() => (this.added = undefined)}>
        ${this.added
          ? html`<p class="notice">${this.l.t('kiosks.tokenOnce')}</p>
              <p>${this.l.t('kiosks.tokenHow')}</p>
              <wr-qr-code value=${qr} label=${this.l.t('kiosks.qrLabel', { name: this.added.device.name })}></wr-qr-code>
              <dl>
                <dt>${this.l.t('kiosks.syncUrl')}</dt><dd><bdi dir="ltr"><code class="url">${this.added.syncUrl}</code></bdi></dd>
                <dt>${this.l.t('kiosks.token')}</dt><dd><bdi dir="ltr"><code class="token">${this.added.token}</code></bdi></dd>
              </dl>`
          : nothing}
        <wr-button slot="footer" @click=${() => this.tokenDialog?.close('done')}>${this.l.t('kiosks.tokenDone')}</wr-button>
      </wr-dialog>
      <wr-dialog id="revoke-dialog" heading=${this.l.t('kiosks.revokeHeading', { name: this.revoking?.name ?? '' })} @wr-dialog-closed=${() => (this.revoking = undefined)}>
        <p>${this.l.t('kiosks.revokeBody')}</p>
        <wr-button slot="footer" variant="danger" @click=${() => void this.revoke()}>${this.l.t('kiosks.revokeConfirm')}</wr-button>
        <wr-button slot="footer" variant="secondary" @click=${() => this.revokeDialog?.close('back')}>${this.l.t('today.back')}</wr-button>
      </wr-dialog>
    </section>`
  }
}
