import { html, nothing } from 'lit'
import { query, state } from 'lit/decorators.js'
import { WrElement, type WrDialog } from '@workroom/core'
import '../translations.js'
import { ConsoleView } from '../console-view.js'
import { ROLES, CreateUserRequest, type Role, type UserInfo, type UsersResponse } from '../api.js'
import { loc } from '../format.js'
import { viewStyles } from '../styles.js'

/**
 * Staff accounts (county administrators only): create one with its role, office and workroom,
 * reset a password (which ends that person's sessions), disable an account.
 * @tagname wr-console-users
 * @summary Staff accounts of the county.
 */
export class WrConsoleUsers extends ConsoleView {
  static override styles = [...WrElement.styles, viewStyles]


  @state() private users: UserInfo[] = []
  @state() private problem = ''
  @state() private formErrors: string[] = []
  @state() private newRole: Role = 'office-staff'
  @state() private officeId = ''
  @state() private said = ''
  @state() private target?: { user: UserInfo; kind: 'reset' | 'disable'; error: string }

  @query('#user-dialog') private dialog?: WrDialog

  protected override firstLoad(): Promise<unknown> {
    this.officeId ||= this.firstOffice
    return this.load()
  }

  private async load(): Promise<void> {
    try {
      this.users = (await this.ctx!.client.call<UsersResponse>('users')).users
    } catch (err) {
      this.problem = this.errorText(err)
    }
  }

  private async create(e: Event): Promise<void> {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>
    const body = {
      username: (data['username'] ?? '').trim().toLowerCase(), displayName: (data['displayName'] ?? '').trim(), password: data['password'] ?? '', role: this.newRole,
      ...(this.newRole !== 'county-admin' ? { officeId: this.officeId } : {}), ...(this.newRole === 'workroom-adviser' && data['placeId'] ? { placeId: data['placeId'] } : {}),
    }
    const r = CreateUserRequest.safeParse(body)
    if (!r.success) {
      this.formErrors = [...new Set(r.error.issues.map((i) => this.issue(String(i.path[0]), i.message)))]
    } else {
      try {
        await this.ctx!.client.call('createUser', r.data)
        this.formErrors = []
        this.said = this.l.t('users.created', { name: body.displayName })
        form.reset()
        void this.load()
        return
      } catch (err) {
        this.formErrors = [this.errorText(err)]
      }
    }
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('#user-errors')?.focus()
  }

  private issue(field: string, message: string): string {
    if (message.startsWith('console:')) return this.l.t(message.slice('console:'.length))
    return this.l.t('users.fieldProblem', { field: this.l.t(`users.fields.${field}`) })
  }

  private async confirm(): Promise<void> {
    const t = this.target
    if (!t) return
    try {
      if (t.kind === 'reset') {
        const password = this.renderRoot.querySelector<HTMLInputElement>('#new-password')?.value ?? ''
        if ([...password].length < 10) {
          this.target = { ...t, error: this.l.t('errors.password') }
          return
        }
        await this.ctx!.client.call('resetPassword', { id: t.user.id, password })
        this.said = this.l.t('users.wasReset', { name: t.user.displayName })
      } else {
        await this.ctx!.client.call('disableUser', { id: t.user.id })
        this.said = this.l.t('users.wasDisabled', { name: t.user.displayName })
      }
      this.dialog?.close('done')
      void this.load()
    } catch (err) {
      this.target = { ...t, error: this.errorText(err) }
    }
  }

  private async ask(user: UserInfo, kind: 'reset' | 'disable'): Promise<void> {
    this.target = { user, kind, error: '' }
    await this.updateComplete
    this.dialog?.show()
  }

  override render() {
    const c = (k: string) => this.l.t(`users.columns.${k}`)
    const office = this.ctx?.offices.find((o) => o.id === this.officeId)
    const officeName = (id?: string) => (id ? loc(this.ctx?.offices.find((o) => o.id === id)?.name, this.l.lang, id) : this.l.t('users.allOffices'))
    return html`<section lang=${this.l.lang}>
      <h1 tabindex="-1">${this.l.t('users.heading')}</h1>
      <div role="status" aria-live="polite">${this.said}</div>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      <table class="cards">
        <thead><tr><th scope="col">${c('name')}</th><th scope="col">${c('username')}</th><th scope="col">${c('role')}</th><th scope="col">${c('office')}</th><th scope="col">${c('state')}</th><th scope="col">${c('actions')}</th></tr></thead>
        <tbody>
          ${this.users.map(
            (u) => html`<tr data-user=${u.username}>
              <td data-label=${c('name')}>${u.displayName}</td>
              <td data-label=${c('username')}><bdi dir="ltr">${u.username}</bdi></td>
              <td data-label=${c('role')}>${this.l.t(`roles.${u.role}`)}</td>
              <td data-label=${c('office')}>${officeName(u.officeId)}${u.placeId ? html` · ${loc(this.ctx?.offices.find((o) => o.id === u.officeId)?.places.find((p) => p.id === u.placeId)?.name, this.l.lang, u.placeId)}` : nothing}</td>
              <td data-label=${c('state')}>${u.disabled ? this.l.t('users.disabled') : u.locked ? this.l.t('users.locked') : this.l.t('users.active')}</td>
              <td data-label=${c('actions')}>
                <div class="actions">
                  <wr-button variant="secondary" label=${`${this.l.t('users.reset')} ${u.displayName}`} @click=${() => void this.ask(u, 'reset')}>${this.l.t('users.reset')}</wr-button>
                  ${u.disabled || u.id === this.ctx?.user.id ? nothing : html`<wr-button variant="danger" label=${`${this.l.t('users.disable')} ${u.displayName}`} @click=${() => void this.ask(u, 'disable')}>${this.l.t('users.disable')}</wr-button>`}
                </div>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h2>${this.l.t('users.create')}</h2>
      ${this.formErrors.length
        ? html`<div class="error" id="user-errors" role="alert" tabindex="-1"><p>${this.l.t('users.problems')}</p><ul>${this.formErrors.map((e) => html`<li>${e}</li>`)}</ul></div>`
        : nothing}
      <form class="toolbar" @submit=${(e: Event) => void this.create(e)} novalidate autocomplete="off">
        <div class="field"><label for="u-name">${this.l.t('users.fields.displayName')}</label><input id="u-name" name="displayName" maxlength="60" /></div>
        <div class="field"><label for="u-username">${this.l.t('users.fields.username')}</label><input id="u-username" name="username" maxlength="40" autocapitalize="none" spellcheck="false" aria-describedby="u-username-hint" /><p class="hint" id="u-username-hint">${this.l.t('users.usernameHint')}</p></div>
        <div class="field"><label for="u-password">${this.l.t('users.fields.password')}</label><input id="u-password" name="password" type="password" autocomplete="new-password" aria-describedby="u-password-hint" /><p class="hint" id="u-password-hint">${this.l.t('users.passwordHint')}</p></div>
        <div class="field">
          <label for="u-role">${this.l.t('users.fields.role')}</label>
          <select id="u-role" @change=${(e: Event) => (this.newRole = (e.target as HTMLSelectElement).value as Role)}>
            ${ROLES.map((r) => html`<option value=${r} ?selected=${r === this.newRole}>${this.l.t(`roles.${r}`)}</option>`)}
          </select>
        </div>
        ${this.newRole !== 'county-admin'
          ? html`<div class="field">
              <label for="u-office">${this.l.t('users.fields.officeId')}</label>
              <select id="u-office" @change=${(e: Event) => (this.officeId = (e.target as HTMLSelectElement).value)}>
                ${this.ctx?.offices.map((o) => html`<option value=${o.id} ?selected=${o.id === this.officeId}>${loc(o.name, this.l.lang, o.id)}</option>`)}
              </select>
            </div>`
          : nothing}
        ${this.newRole === 'workroom-adviser'
          ? html`<div class="field">
              <label for="u-place">${this.l.t('users.fields.placeId')}</label>
              <select id="u-place" name="placeId">${office?.places.map((p) => html`<option value=${p.id}>${loc(p.name, this.l.lang, p.id)}</option>`)}</select>
            </div>`
          : nothing}
        <button class="btn primary" type="submit">${this.l.t('users.submit')}</button>
      </form>
      <wr-dialog id="user-dialog" heading=${this.target ? this.l.t(this.target.kind === 'reset' ? 'users.resetHeading' : 'users.disableHeading', { name: this.target.user.displayName }) : ''} @wr-dialog-closed=${() => (this.target = undefined)}>
        ${this.target?.kind === 'reset'
          ? html`<div class="field">
              <label for="new-password">${this.l.t('users.newPassword')}</label>
              ${this.target.error ? html`<p class="error" id="reset-error">${this.target.error}</p>` : nothing}
              <input id="new-password" type="password" autocomplete="new-password" aria-describedby=${this.target.error ? 'reset-error reset-hint' : 'reset-hint'} />
              <p class="hint" id="reset-hint">${this.l.t('users.resetHint')}</p>
            </div>`
          : this.target
            ? html`<p>${this.l.t('users.disableBody')}</p>${this.target.error ? html`<p class="error">${this.target.error}</p>` : nothing}`
            : nothing}
        <wr-button slot="footer" variant=${this.target?.kind === 'disable' ? 'danger' : 'primary'} @click=${() => void this.confirm()}>${this.l.t(this.target?.kind === 'disable' ? 'users.disable' : 'users.reset')}</wr-button>
        <wr-button slot="footer" variant="secondary" @click=${() => this.dialog?.close('back')}>${this.l.t('today.back')}</wr-button>
      </wr-dialog>
    </section>`
  }
}
