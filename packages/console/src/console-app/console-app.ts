import { css, html, nothing, type TemplateResult } from 'lit'
import { property, query, state } from 'lit/decorators.js'
import { LocalizeController, WrElement, fontSize, setLanguage, token, type WrDialog } from '@workroom/core'
import '../translations.js'
import type { OfficeInfo, SessionResponse, StaffUser } from '../api.js'
import { ApiError, ConsoleClient } from '../client.js'
import { clock } from '../format.js'
import { toShanghaiIso } from '@workroom/booking/time'
import { viewStyles } from '../styles.js'

export type ConsoleView = 'today' | 'applications' | 'schedules' | 'kiosks' | 'ledger' | 'stats' | 'users' | 'audit'

const VIEWS: Array<{ id: ConsoleView; roles: StaffUser['role'][] }> = [
  { id: 'today', roles: ['county-admin', 'office-staff', 'workroom-adviser'] },
  { id: 'applications', roles: ['county-admin', 'office-staff', 'workroom-adviser'] },
  { id: 'schedules', roles: ['county-admin', 'office-staff'] },
  { id: 'kiosks', roles: ['county-admin', 'office-staff', 'workroom-adviser'] },
  { id: 'ledger', roles: ['county-admin', 'office-staff', 'workroom-adviser'] },
  { id: 'stats', roles: ['county-admin', 'office-staff', 'workroom-adviser'] },
  { id: 'users', roles: ['county-admin'] },
  { id: 'audit', roles: ['county-admin', 'office-staff'] },
]

/** What every console view is given by the shell. */
export interface ViewContext {
  client: ConsoleClient
  user: StaffUser
  offices: OfficeInfo[]
  /** Clock (ms) for demos and tests. */
  now?: number | undefined
}

/**
 * The county console: sign-in, then the staff's views of their offices' bookings, kiosks, ledger,
 * statistics and (administrators) accounts and the audit log. Warns before an idle sign-out and
 * lets staff stay signed in with one press (WCAG 2.2.1).
 * @tagname wr-console-app
 * @summary The staff web app of the county service.
 * @event wr-console-signed-in - Signed in; detail: { role }.
 * @event wr-console-signed-out - Signed out (by the user, everywhere, or by the idle timer); detail: { reason }.
 * @csspart nav - The navigation between views.
 * @csspart main - The current view.
 */
export class WrConsoleApp extends WrElement {
  static override styles = [
    ...WrElement.styles,
    viewStyles,
    css`
      :host { display: block; min-height: 100vh; background: ${token('color-background')}; }
      .skip { position: absolute; inset-inline-start: -9999px; }
      .skip:focus { position: static; display: inline-block; padding: ${token('space-2')}; }
      header.bar {
        display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: ${token('space-3')};
        padding: ${token('space-3')} ${token('space-4')}; background: ${token('color-primary')}; color: ${token('color-on-primary')};
      }
      header.bar .title { font-weight: 700; font-size: ${fontSize(2)}; margin: 0; }
      header.bar .who { display: flex; flex-wrap: wrap; align-items: center; gap: ${token('space-3')}; }
      header.bar button {
        min-height: ${token('target-min')}; padding: ${token('space-1')} ${token('space-3')}; font: inherit; cursor: pointer;
        color: ${token('color-on-primary')}; background: transparent; border: ${token('border-width')} solid ${token('color-on-primary')}; border-radius: ${token('radius-2')};
      }
      nav ul { display: flex; flex-wrap: wrap; gap: ${token('space-1')}; margin: 0; padding: ${token('space-2')} ${token('space-4')}; list-style: none; background: ${token('color-surface')}; border-bottom: 1px solid ${token('color-border')}; }
      nav a {
        display: inline-flex; align-items: center; min-height: ${token('target-min')}; padding: 0 ${token('space-3')};
        color: ${token('color-primary')}; font-weight: 600; text-decoration: none; border-radius: ${token('radius-1')};
      }
      nav a[aria-current='page'] { background: ${token('color-primary')}; color: ${token('color-on-primary')}; }
      main { padding: ${token('space-4')}; max-width: 1400px; }
      .sign-in { max-width: 30em; margin: ${token('space-6')} auto; padding: ${token('space-4')}; display: grid; gap: ${token('space-4')}; }
      .sign-in input { width: 100%; }
      .sign-in form { display: grid; gap: ${token('space-4')}; }
      .lang { justify-self: start; }
      @media print {
        header.bar, nav, .skip { display: none !important; }
        main { padding: 0; }
      }
    `,
  ]

  /** The county service's origin ('' = this page's). */
  @property({ attribute: 'service-url' }) serviceUrl = ''
  /** Seconds before an idle sign-out that the warning opens. */
  @property({ type: Number, attribute: 'warn-seconds' }) warnSeconds = 120
  /** Clock (ms) for demos and tests; views use it for "today". */
  @property({ type: Number }) now?: number
  /** A ready client (stories); otherwise one is made for `service-url`. */
  @property({ attribute: false }) client?: ConsoleClient

  @state() private session?: SessionResponse
  @state() private offices: OfficeInfo[] = []
  @state() private view: ConsoleView = 'today'
  @state() private checking = true
  /** Messages as thunks, so they follow a change of language. */
  @state() private signInError?: () => string
  @state() private signInNotice?: () => string
  @state() private busy = false
  @state() private warningSeconds = 0
  @state() private announce = ''

  @query('#expiry') private expiryDialog?: WrDialog
  private readonly l = new LocalizeController(this, 'console')
  /** The first load: `updateComplete` waits for it, so tests and checks see the data, not "loading". */
  private pending: Promise<unknown> = Promise.resolve()

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.pending
    return super.getUpdateComplete()
  }
  private idleMs = 30 * 60_000
  private idleDeadline = 0
  private absoluteDeadline = 0
  private timer?: ReturnType<typeof setInterval>
  private readonly onHash = (): void => this.readHash()

  private get api(): ConsoleClient {
    if (!this.client) this.client = new ConsoleClient(this.serviceUrl)
    return this.client
  }

  override connectedCallback(): void {
    super.connectedCallback()
    window.addEventListener('hashchange', this.onHash)
    this.readHash()
    this.api.onActivity = () => this.touched()
    this.api.onSignedOut = () => this.ended('expired')
    this.pending = this.restore()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('hashchange', this.onHash)
    clearInterval(this.timer)
  }

  private readHash(): void {
    const v = location.hash.slice(1) as ConsoleView
    if (VIEWS.some((x) => x.id === v)) this.view = v
  }

  private async restore(): Promise<void> {
    try {
      await this.started(await this.api.session())
    } catch {
      // not signed in: the sign-in form shows
    } finally {
      this.checking = false
    }
  }

  private async started(s: SessionResponse): Promise<void> {
    const now = Date.now()
    // The service's seconds, not its instants: this computer's clock may be wrong.
    const idle = s.idleSeconds ?? Math.round((Date.parse(s.idleExpiresAt) - now) / 1000)
    const absolute = s.absoluteSeconds ?? Math.round((Date.parse(s.absoluteExpiresAt) - now) / 1000)
    this.idleMs = Math.max(5, idle) * 1000
    this.absoluteDeadline = now + Math.max(5, absolute) * 1000
    this.idleDeadline = Math.min(now + this.idleMs, this.absoluteDeadline)
    const scope = await this.api.call<{ offices: OfficeInfo[] }>('scope')
    this.offices = scope.offices
    this.session = s
    if (!VIEWS.find((v) => v.id === this.view)?.roles.includes(s.user.role)) this.view = 'today'
    clearInterval(this.timer)
    this.timer = setInterval(() => this.tick(), 1000)
    this.emit('wr-console-signed-in', { role: s.user.role })
  }

  private touched(): void {
    if (!this.session) return
    this.idleDeadline = Math.min(Date.now() + this.idleMs, this.absoluteDeadline)
    if (this.warningSeconds) this.closeWarning()
  }

  private tick(): void {
    if (!this.session) return
    const left = Math.ceil((this.idleDeadline - Date.now()) / 1000)
    if (left <= 0) return void this.ended('idle')
    if (left <= this.warnSeconds) {
      const opening = this.warningSeconds === 0
      this.warningSeconds = left
      if (opening) {
        this.announce = ''
        void this.updateComplete.then(() => this.expiryDialog?.show())
      }
      // Announced when it opens and at each whole minute and at 30 s: not every second.
      if (opening || left === 30 || (left % 60 === 0 && left > 0)) this.announce = this.l.t('expiry.left', { time: this.duration(left) })
    }
  }

  private closeWarning(): void {
    this.warningSeconds = 0
    this.expiryDialog?.close('extended')
  }

  private duration(seconds: number): string {
    return seconds >= 60 ? this.l.t('expiry.minutes', { count: Math.ceil(seconds / 60) }) : this.l.t('expiry.seconds', { count: seconds })
  }

  private async staySignedIn(): Promise<void> {
    try {
      await this.api.call('scope')
      this.closeWarning()
    } catch {
      // onSignedOut handles a session that had already ended
    }
  }

  private ended(reason: 'idle' | 'expired' | 'signed-out' | 'everywhere'): void {
    if (!this.session) return
    clearInterval(this.timer)
    this.session = undefined
    this.offices = []
    this.warningSeconds = 0
    this.expiryDialog?.close('expired')
    this.signInError = undefined
    this.signInNotice = () => this.l.t(`signIn.${reason === 'signed-out' ? 'signedOut' : reason}`)
    this.emit('wr-console-signed-out', { reason })
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus())
  }

  private async signIn(e: Event): Promise<void> {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const data = new FormData(form)
    const username = String(data.get('username') ?? '').trim()
    const password = String(data.get('password') ?? '')
    if (!username || !password) {
      this.signInError = () => this.l.t('signIn.missing')
      return void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#sign-in-error')?.focus())
    }
    if (this.busy) return
    this.busy = true
    this.signInError = undefined
    try {
      const s = await this.api.signIn({ username, password })
      form.reset()
      this.signInNotice = undefined
      await this.started(s)
      await this.updateComplete
      this.focusHeading()
    } catch (err) {
      this.signInError = () => this.signInMessage(err)
      ;(form.elements.namedItem('password') as HTMLInputElement | null)?.select()
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('#sign-in-error')?.focus()
    } finally {
      this.busy = false
    }
  }

  private signInMessage(err: unknown): string {
    if (!(err instanceof ApiError)) return this.l.t('errors.unavailable')
    if (err.status === 423 && err.lockedUntil) {
      // The service's seconds (Retry-After), not its instant: this computer's clock may be wrong.
      const minutes = Math.max(1, Math.ceil((err.retryAfterSeconds ?? (Date.parse(err.lockedUntil) - Date.now()) / 1000) / 60))
      return this.l.t('signIn.locked', { time: clock(toShanghaiIso(Date.parse(err.lockedUntil))), count: minutes })
    }
    if (err.status === 401) return this.l.t('signIn.wrong')
    if (err.status === 429) return this.l.t('signIn.tooMany', { count: err.retryAfterSeconds ?? 60 })
    if (err.status === 0) return this.l.t('errors.offline')
    return this.l.t('errors.unavailable')
  }

  private async signOut(everywhere: boolean): Promise<void> {
    try {
      if (everywhere) await this.api.signOutEverywhere()
      else await this.api.signOut()
    } catch {
      // whatever the service said, this page forgets the session
    }
    this.ended(everywhere ? 'everywhere' : 'signed-out')
  }

  private focusHeading(): void {
    const view = this.renderRoot.querySelector('main > *')
    void (view as { updateComplete?: Promise<unknown> } | null)?.updateComplete?.then(() => {
      ;(view?.shadowRoot?.querySelector('h1') as HTMLElement | null)?.focus()
    })
  }

  private go(e: Event, view: ConsoleView): void {
    e.preventDefault()
    this.view = view
    history.replaceState(null, '', `#${view}`)
    void this.updateComplete.then(() => this.focusHeading())
  }

  private async switchLanguage(): Promise<void> {
    const next = this.l.lang === 'zh-Hans' ? 'en' : 'zh-Hans'
    document.documentElement.lang = next
    await setLanguage(next)
  }

  override render() {
    return html`<div lang=${this.l.lang}>
      ${this.checking ? html`<p class="muted" role="status">${this.l.t('loading')}</p>` : this.session ? this.renderSignedIn(this.session) : this.renderSignIn()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announce}</div>
      <wr-dialog id="expiry" heading=${this.l.t('expiry.heading')} alert no-close-button @wr-dialog-closed=${(e: CustomEvent<{ reason: string }>) => (e.detail.reason === 'escape' ? void this.staySignedIn() : undefined)}>
        <p>${this.l.t('expiry.body', { time: this.duration(this.warningSeconds) })}</p>
        <wr-button slot="footer" @click=${() => void this.staySignedIn()}>${this.l.t('expiry.stay')}</wr-button>
        <wr-button slot="footer" variant="secondary" @click=${() => void this.signOut(false)}>${this.l.t('nav.signOut')}</wr-button>
      </wr-dialog>
    </div>`
  }

  private renderSignIn(): TemplateResult {
    return html`<main class="sign-in" part="main">
      <button class="lang" type="button" lang=${this.l.lang === 'zh-Hans' ? 'en' : 'zh-Hans'} @click=${() => void this.switchLanguage()}>${this.l.t('language')}</button>
      <h1 tabindex="-1">${this.l.t('signIn.heading')}</h1>
      <p class="muted">${this.l.t('signIn.intro')}</p>
      ${this.signInNotice ? html`<p class="notice" role="status">${this.signInNotice()}</p>` : nothing}
      ${this.signInError ? html`<p class="error" id="sign-in-error" role="alert" tabindex="-1">${this.signInError()}</p>` : nothing}
      <form @submit=${(e: Event) => void this.signIn(e)} novalidate>
        <div class="field">
          <label for="username">${this.l.t('signIn.username')}</label>
          <input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required aria-describedby=${this.signInError ? 'sign-in-error' : nothing} />
        </div>
        <div class="field">
          <label for="password">${this.l.t('signIn.password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required aria-describedby=${this.signInError ? 'sign-in-error' : nothing} />
        </div>
        <div><button class="btn primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.l.t('signIn.submit')}</button></div>
      </form>
      <p class="muted">${this.l.t('signIn.lockoutRule')}</p>
    </main>`
  }

  private renderSignedIn(s: SessionResponse): TemplateResult {
    const views = VIEWS.filter((v) => v.roles.includes(s.user.role))
    const ctx: ViewContext = { client: this.api, user: s.user, offices: this.offices, now: this.now }
    return html`<a class="skip" href="#main" @click=${(e: Event) => (e.preventDefault(), this.focusHeading())}>${this.l.t('nav.skip')}</a>
      <header class="bar">
        <p class="title">${this.l.t('title')}</p>
        <div class="who">
          <span>${this.l.t('nav.signedInAs', { name: s.user.displayName, role: this.l.t(`roles.${s.user.role}`) })}</span>
          <button type="button" lang=${this.l.lang === 'zh-Hans' ? 'en' : 'zh-Hans'} @click=${() => void this.switchLanguage()}>${this.l.t('language')}</button>
          <button type="button" @click=${() => void this.signOut(false)}>${this.l.t('nav.signOut')}</button>
          <button type="button" @click=${() => void this.signOut(true)}>${this.l.t('nav.signOutEverywhere')}</button>
        </div>
      </header>
      <nav part="nav" aria-label=${this.l.t('nav.label')}>
        <ul>
          ${views.map((v) => html`<li><a href="#${v.id}" aria-current=${this.view === v.id ? 'page' : nothing} @click=${(e: Event) => this.go(e, v.id)}>${this.l.t(`nav.${v.id}`)}</a></li>`)}
        </ul>
      </nav>
      <main id="main" part="main">${this.renderView(ctx)}</main>`
  }

  private renderView(ctx: ViewContext): TemplateResult {
    switch (this.view) {
      case 'applications': return html`<wr-console-applications .ctx=${ctx}></wr-console-applications>`
      case 'schedules': return html`<wr-console-schedules .ctx=${ctx}></wr-console-schedules>`
      case 'kiosks': return html`<wr-console-kiosks .ctx=${ctx}></wr-console-kiosks>`
      case 'ledger': return html`<wr-console-ledger .ctx=${ctx}></wr-console-ledger>`
      case 'stats': return html`<wr-console-stats .ctx=${ctx}></wr-console-stats>`
      case 'users': return html`<wr-console-users .ctx=${ctx}></wr-console-users>`
      case 'audit': return html`<wr-console-audit .ctx=${ctx}></wr-console-audit>`
      default: return html`<wr-console-today .ctx=${ctx}></wr-console-today>`
    }
  }
}
