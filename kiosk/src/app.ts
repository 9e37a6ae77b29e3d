import { css, html, nothing, svg } from 'lit'
import { property, state } from 'lit/decorators.js'
import {
  LocalizeController,
  WrElement,
  describeProblem,
  fontSize,
  readableText,
  resetSession,
  setLanguage,
  token,
  DEFAULT_LANGUAGE,
  LANGUAGE_INFO,
  type LanguageChangeDetail,
  type Language,
} from '@workroom/core'
import kioskPackage from '../package.json' with { type: 'json' }
import { localize } from '@workroom/core/localized'
import { localizeHtml } from '@workroom/core/localized-html'
import { loadPictures, picture } from '@workroom/core/illustrations'
import './translations.js'
import '@workroom/core/define/language-switch'
import './board/define.js'
import type { WorkroomConfig } from './config.js'
import { checkForUpdate, type ConfigState } from './config-store.js'
import { loadContent, type ContentState } from './content-store.js'
import { features as defaultFeatures, bookingProvider, hardshipAttributes, type KioskFeature } from './features.js'
import { pendingApplications, syncApplications } from './applications.js'
import { LongPress } from './staff/long-press.js'
import { watchUsage } from './staff/stats.js'

/** How long after a screen changes a tap is taken for the second half of the one before (a double tap, a ghost click). */
const GHOST_TAP_MS = 450
/** A feature moved to another step (arms the ghost-tap guard; the resident is mid-task). */
const STEP_EVENTS = ['wr-screening-step-change', 'wr-screening-completed', 'wr-booking-step-change']
/** The resident answered or typed something. */
const ANSWER_EVENTS = ['wr-choice-change', 'wr-field-change', 'input']
/** …and this close to it (a finger's width). */
const GHOST_TAP_PX = 40

const scalesIcon = svg`<path d="M12 3v18M5 21h14M4 7h16M7 7l-3 7a3 3 0 0 0 6 0zM17 7l-3 7a3 3 0 0 0 6 0z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>`

type Screen = 'attract' | 'home' | 'board' | 'staff' | 'accessibility' | KioskFeature['id']

/** What the shell needs of the service worker (see pwa.ts). */
export interface AppUpdates {
  status(): string
  applyUpdateIfWaiting(): Promise<boolean>
}

/**
 * The kiosk shell: an attract loop while nobody is there, home with one big tile per feature and
 * the workroom board, language and elder-mode switches, "clear and exit" on every screen, the idle
 * reset, and a hidden staff entry (long-press on the workroom's name, then the PIN). Screens are
 * component state, never URLs, so the browser's Back cannot reach a previous resident's screens.
 * Config and app updates are applied only at rest (attract loop), never mid-session.
 * @summary Attract loop, home, switches, idle reset, staff entry.
 * @event wr-kiosk-screen-change - The screen changed; detail: { screen }.
 * @event wr-kiosk-screen - Deprecated: the same event under its old name (sent too, after wr-kiosk-screen-change).
 * @csspart header - The top bar.
 * @csspart main - The screen area.
 */
export class WrKioskApp extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: flex; flex-direction: column; min-height: 100vh; min-height: 100dvh; background: ${token('color-surface')}; }
      .skip { position: absolute; inset-inline-start: -9999px; border: 0; font: inherit; color: ${token('color-primary')}; text-decoration: underline; cursor: pointer; }
      .skip:focus { inset-inline-start: ${token('space-4')}; top: ${token('space-4')}; z-index: 10; background: ${token('color-background')}; padding: ${token('space-3')}; }
      header {
        display: flex; flex-wrap: wrap; align-items: center; gap: ${token('target-gap')};
        padding: ${token('space-3')} ${token('space-5')}; background: ${token('color-primary')}; color: ${token('color-on-primary')};
      }
      .brand { display: flex; align-items: center; gap: ${token('space-3')}; margin-inline-end: auto; font-size: ${fontSize(2)}; font-weight: 700; touch-action: none; -webkit-touch-callout: none; }
      .brand svg { width: 2em; height: 2em; flex: none; }
      .brand small { display: block; font-size: ${fontSize(0)}; font-weight: 400; }
      /* The header's buttons are wr-buttons drawn for the blue bar: outlined in white, white when on. */
      .switch::part(base) { border-color: ${token('color-on-primary')}; background: transparent; color: ${token('color-on-primary')}; }
      .switch[pressed='true']::part(base) { background: ${token('color-on-primary')}; color: ${token('color-primary')}; }
      .langs { --wr-language-switch-color: ${token('color-on-primary')}; --wr-language-switch-pressed-color: ${token('color-primary')}; }
      /* Finishing (wipe and start over) is calm, not an alarm: it must not look like 快速离开 (leave
         now, for someone at risk), which is red with its own words. */
      .clear::part(base) { background: ${token('color-background')}; color: ${token('color-primary')}; border-color: ${token('color-background')}; }
      /* The screen's whole width (portrait kiosks are 1080 px wide), and a feature fills the height so
         its bottom action bar sits low, within reach. */
      main {
        flex: 1; display: flex; flex-direction: column; width: 100%; max-width: 1440px; margin: 0 auto;
        padding: ${token('space-6')} ${token('space-5')}; box-sizing: border-box;
        --wr-screener-max-width: none; --wr-booking-max-width: none;
      }
      main > * { flex: none; }
      main > .back ~ * { flex: 1 0 auto; }
      .back .flip { display: inline-block; }
      @media (max-width: 640px) {
        header { padding: ${token('space-2')} ${token('space-3')}; gap: ${token('space-2')}; }
        .brand { font-size: ${fontSize(1)}; flex-basis: 100%; }
        .brand svg { width: 1.5em; height: 1.5em; }
        .brand small { display: none; }
        .switch::part(base) { padding: ${token('space-1')} ${token('space-3')}; font-size: ${fontSize(0)}; }
        .langs { font-size: ${fontSize(0)}; }
        main { padding: ${token('space-4')} ${token('space-3')}; }
        h1 { font-size: ${fontSize(3)}; }
        .hint { margin-bottom: ${token('space-4')}; }
        .back { margin-bottom: ${token('space-3')}; }
      }
      :host([elder]) .switch::part(base), :host([elder]) .back wr-button::part(base) { min-height: ${token('target-primary')}; }
      h1 { margin: 0 0 ${token('space-2')}; font-size: ${fontSize(4)}; }
      h1:focus { outline: none; }
      .hint { margin: 0 0 ${token('space-6')}; color: ${token('color-text-muted')}; font-size: ${fontSize(2)}; }
      .tiles { display: grid; gap: ${token('space-5')}; grid-template-columns: repeat(auto-fit, minmax(min(256px, 100%), 1fr)); list-style: none; margin: 0; padding: 0; }
      .tile {
        display: grid; gap: ${token('space-3')}; justify-items: start; width: 100%; min-height: 192px; padding: ${token('space-6')};
        border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-3')};
        background: ${token('color-background')}; color: ${token('color-text')}; font: inherit; text-align: start; cursor: pointer;
      }
      @media (hover: hover) { .tile:hover { border-color: ${token('color-primary')}; } }
      .tile { align-content: start; padding: ${token('space-5')}; }
      .tile .picture { width: 100%; height: auto; max-height: 280px; border-radius: ${token('radius-2')}; }
      .tile-title { font-size: ${fontSize(3)}; font-weight: 700; }
      .tile-desc { color: ${token('color-text-muted')}; }
      .attract { flex: 1 0 auto; display: flex; flex-direction: column; cursor: pointer; }
      .attract .tile { min-height: 128px; }
      /* The actions low, within reach; the pictures and the greeting above, seen from afar. */
      .attract .start { margin-top: auto; }
      /* Drawn to be seen from a few metres: large pictures drifting slowly, and a start button that
         breathes. Still under prefers-reduced-motion (the base styles stop every animation). */
      .hero { display: flex; justify-content: center; gap: ${token('space-5')}; margin: ${token('space-5')} 0; overflow: hidden; }
      .hero .picture { width: min(30%, 360px); height: auto; border-radius: ${token('radius-3')}; animation: drift 9s ease-in-out infinite alternate; }
      .hero .picture:nth-child(2) { animation-delay: -3s; }
      .hero .picture:nth-child(3) { animation-delay: -6s; }
      @keyframes drift { from { transform: translateY(-12px) rotate(-1.5deg); } to { transform: translateY(12px) rotate(1.5deg); } }
      .attract h1 { font-size: ${fontSize(5)}; text-align: center; }
      .attract .hint { text-align: center; }
      .start::part(base) { animation: breathe 2.4s ease-in-out infinite; }
      @keyframes breathe { 0%, 100% { box-shadow: 0 0 0 0 rgb(11 92 173 / 0.45); } 50% { box-shadow: 0 0 0 18px rgb(11 92 173 / 0); } }
      .attract-feed { display: block; margin-top: ${token('space-6')}; }
      .start { margin: 0 0 ${token('space-6')}; }
      .start::part(base) { min-height: calc(1.5 * ${token('target-primary')}); border: 0; border-radius: ${token('radius-3')}; font-size: ${fontSize(3)}; font-weight: 700; }
      wr-workroom-board { display: block; margin-top: ${token('space-6')}; }
      .notice { padding: ${token('space-4')}; border-radius: ${token('radius-2')}; background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; }
      .notice ul { margin: ${token('space-2')} 0 0; padding-inline-start: 1.25em; }
      .back { margin-bottom: ${token('space-5')}; }
      footer { padding: ${token('space-3')} ${token('space-5')}; color: ${token('color-text-muted')}; font-size: ${fontSize(0)}; text-align: center; }
      footer .statement::part(base) { padding: 0 ${token('space-3')}; font-size: inherit; font-weight: 400; }
      .leave p { margin: 0; }
      @media print {
        header, footer, .back, .skip, wr-timeout-warning, wr-dialog { display: none; }
        :host { background: none; min-height: 0; }
        main { padding: 0; max-width: none; }
      }
    `,
  ]

  /** The running workroom config and any refused one's problems (see config-store.ts). */
  @property({ attribute: false }) configState: ConfigState = { source: 'none', problems: [] }
  /** The content for the library and the attract loop (see content-store.ts). */
  @property({ attribute: false }) content: ContentState = { source: 'none', problems: [] }
  @property({ attribute: false }) features: KioskFeature[] = defaultFeatures
  /** The service worker, when there is one: its update is applied only at rest. */
  @property({ attribute: false }) updates?: AppUpdates
  /** A validated config waiting for a safe moment. */
  @property({ attribute: false }) pendingConfig?: WorkroomConfig
  /**
   * Set in the page until the config and content are loaded: nothing shows or takes a tap yet, so
   * the screen does not jump and no one starts a session that the first rest would replace.
   */
  @property({ type: Boolean, reflect: true }) starting = false
  /** How long the staff entry must be held, in ms. */
  @property({ type: Number, attribute: 'staff-hold' }) staffHold = 3000

  @state() private screen: Screen = 'home'
  @state() private handover: unknown
  @state() private notice = ''
  /** The resident has answered or typed something on this screen: going home asks first. */
  private midTask = false
  /** When a tap last changed the screen (or a feature's step), and when the last tap went through: the ghost-tap guard. */
  private changedAt = -Infinity
  private tapAt = -Infinity
  private tapX = 0
  private tapY = 0
  private readonly l = new LocalizeController(this, 'kiosk')
  private readonly staffEntry = new LongPress(this, () => void this.openStaff(), { selector: '.brand', duration: () => this.staffHold })

  private stopCounting?: () => void

  override connectedCallback(): void {
    super.connectedCallback()
    void loadPictures()
    // A double tap, or the click a touch screen sends after a tap, must not land on what the
    // transition put under the finger (the tile under 开始使用, the answer under 下一步).
    this.addEventListener('click', this.guardGhostTap, true)
    for (const name of STEP_EVENTS) this.addEventListener(name, this.onStep)
    for (const name of ANSWER_EVENTS) this.addEventListener(name, this.onAnswer)
    // Anonymous counts only (outcomes, categories, lessons, services, resets): see staff/stats.ts.
    this.stopCounting = watchUsage(this)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.removeEventListener('click', this.guardGhostTap, true)
    for (const name of STEP_EVENTS) this.removeEventListener(name, this.onStep)
    for (const name of ANSWER_EVENTS) this.removeEventListener(name, this.onAnswer)
    this.stopCounting?.()
  }

  get config(): WorkroomConfig | undefined {
    return this.configState.config
  }

  /** Which screen is showing (for the page and tests; never put in the URL). */
  get currentScreen(): Screen {
    return this.screen
  }

  private get language(): Language {
    return this.l.lang
  }

  private text(value: Parameters<typeof localize>[0]): string {
    return localize(value, this.language)
  }

  /** The config's text for a template: what the county wrote only in Chinese is marked as Chinese. */
  private textHtml(value: Parameters<typeof localize>[0]) {
    return localizeHtml(value, this.language)
  }

  private get availableFeatures(): KioskFeature[] {
    return this.features.filter((f) => f.available?.(this.config) ?? true)
  }

  override render() {
    if (this.starting) return html`<div class="visually-hidden" role="status">${this.l.t('starting')}</div>`
    const lang = this.language
    const config = this.config
    const feature = this.availableFeatures.find((f) => f.id === this.screen)
    const languages = config?.languages ?? ['zh-Hans', 'en']
    return html`
      <button class="skip" type="button" @click=${this.skipToMain}>${this.l.t('skip')}</button>
      <header part="header" lang=${lang} dir=${this.l.dir}>
        <div class="brand">
          <svg viewBox="0 0 24 24" aria-hidden="true">${scalesIcon}</svg>
          <span>${config ? this.textHtml(config.workroom.name) : this.l.t('fallbackName')}${config
              ? html`<small>${this.textHtml(config.judicialOffice.name)}</small>`
              : nothing}</span>
        </div>
        <wr-button class="switch" variant="secondary" pressed=${this.elder ? 'true' : 'false'} @click=${this.toggleElder}>
          ${this.elder ? this.l.t('elderOn') : this.l.t('elderOff')}
        </wr-button>
        <wr-read-aloud class="read-screen" pausable subject=${this.l.t('readScreen')} .source=${this.screenWords}></wr-read-aloud>
        <wr-language-switch class="langs" compact label=${this.l.t('language')} languages=${languages.join(' ')} @wr-language-change=${this.onLanguageChange}></wr-language-switch>
        ${this.screen === 'attract'
          ? nothing
          : html`<wr-button class="switch clear" variant="secondary" @click=${this.clearAndExit}>
              <svg slot="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 12l5 5L20 7" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>${this.l.t('clearExit')}
            </wr-button>`}
      </header>
      <main id="main" part="main" lang=${lang} dir=${this.l.dir}>
        ${!config && this.configState.problems.length
          ? html`<div class="notice" role="alert">
              ${this.l.t('configProblem', { problems: '' })}
              <ul>${this.configState.problems.map((p) => html`<li>${describeProblem(p, (k, o) => this.l.t(k, o))}</li>`)}</ul>
            </div>`
          : nothing}
        ${this.renderScreen(feature)}
      </main>
      <footer lang=${lang} dir=${this.l.dir}>${config ? html`${this.textHtml(config.workroom.address)} · ` : nothing}12348 ·
        <wr-button variant="quiet" class="statement" @click=${() => void this.go('accessibility')}>${this.l.t('accessibility')}</wr-button></footer>
      <div class="visually-hidden" role="status" aria-live="polite">${this.notice}</div>
      <wr-timeout-warning
        speak
        idle-seconds=${config?.idle.idleSeconds ?? 90}
        warning-seconds=${config?.idle.warningSeconds ?? 30}
        ?disabled=${(this.screen === 'home' || this.screen === 'attract') && !this.elder}
      ></wr-timeout-warning>
      <wr-dialog class="leave" heading=${this.l.t('leave.heading')} @wr-dialog-closed=${this.onLeaveClose}>
        <p>${this.l.t('leave.body')}</p>
        <wr-button slot="footer" size="large" data-leave="stay" @click=${() => this.leaveDialog?.close('stay')}>${this.l.t('leave.stay')}</wr-button>
        <wr-button slot="footer" size="large" variant="secondary" data-leave="home" @click=${() => this.leaveDialog?.close('home')}>${this.l.t('leave.home')}</wr-button>
      </wr-dialog>
    `
  }

  private renderScreen(feature: KioskFeature | undefined) {
    if (feature) return this.renderFeature(feature)
    switch (this.screen) {
      case 'attract':
        return this.renderAttract()
      case 'accessibility':
        return html`${this.renderBack()}<wr-accessibility-statement kiosk ?elder=${this.elder} .config=${this.config}></wr-accessibility-statement>`
      case 'board':
        return html`${this.renderBack()}<wr-workroom-board variant="page" kiosk ?elder=${this.elder} .config=${this.config}></wr-workroom-board>`
      case 'staff':
        return html`<wr-staff-screen
          kiosk
          .config=${this.config}
          .configState=${this.configState}
          .contentState=${this.content}
          .provider=${bookingProvider()}
          .pendingApplications=${pendingApplications}
          .swStatus=${this.updates?.status() ?? 'unsupported'}
          @wr-staff-exited=${() => void this.go('home')}
          @wr-staff-update-request=${() => void this.checkConfigUpdate()}
          @wr-staff-sync-request=${() => void this.syncBookings()}
          @wr-staff-accessibility-request=${() => void this.go('accessibility')}
        ></wr-staff-screen>`
      default:
        return this.renderHome()
    }
  }

  private renderTiles() {
    return html`<ul class="tiles">
      ${this.availableFeatures.map(
        (f) => html`<li>
          <button class="tile" type="button" data-feature=${f.id} @click=${() => this.go(f.id)}>
            ${picture(f.picture, '')}
            <span class="tile-title">${this.l.t(f.titleKey)}</span>
            <span class="tile-desc">${this.l.t(f.descriptionKey)}</span>
          </button>
        </li>`,
      )}
    </ul>`
  }

  private renderHome() {
    return html`<h1 tabindex="-1">${this.l.t('welcome')}</h1>
      ${this.availableFeatures.length
        ? html`<p class="hint">${this.l.t('welcomeHint')}</p>
            ${this.renderTiles()}`
        : html`<p class="notice">${this.l.t('noFeatures')}</p>`}
      ${this.config
        ? html`<wr-workroom-board variant="panel" kiosk ?elder=${this.elder} .config=${this.config} @wr-board-open-request=${() => void this.go('board')}></wr-workroom-board>`
        : nothing}`
  }

  /** While nobody is at the screen: a gentle loop of lessons and the three main actions. */
  private renderAttract() {
    const pack = this.content.pack
    // A touch anywhere starts, as the screen says; a tile or a lesson card goes straight there.
    return html`<section class="attract" aria-labelledby="attract-title" @click=${this.onAttractTap}>
      <div class="hero" aria-hidden="true">${(['workroom', 'mediation', 'legal-aid'] as const).map((id) => picture(id, ''))}</div>
      <h1 id="attract-title" tabindex="-1">${this.l.t('attract.title')}</h1>
      <p class="hint">${this.l.t('attract.hint')}</p>
      <wr-button class="start" size="large" full-width>${this.l.t('attract.start')}</wr-button>
      ${this.renderTiles()}
      ${pack
        ? html`<wr-attract-feed
            class="attract-feed"
            kiosk
            ?elder=${this.elder}
            .pack=${pack}
            interval=${this.config?.attract.rotateSeconds ?? 8}
            @wr-education-opened=${this.openFromAttract}
          ></wr-attract-feed>`
        : nothing}
    </section>`
  }

  private renderBack() {
    return html`<div class="back"><wr-button variant="secondary" @click=${this.backHome}><span class="flip" aria-hidden="true">←</span> ${this.l.t('back')}</wr-button></div>`
  }

  /** Everything the screen shows, in order (the whole-screen read-aloud in the header). */
  private readonly screenWords = (): string => {
    const main = this.renderRoot.querySelector('main')
    return main ? readableText(main) : ''
  }

  private onAttractTap(e: Event): void {
    const path = e.composedPath()
    if (path.some((n) => n instanceof HTMLElement && (n.dataset.feature || n.localName === 'wr-attract-feed'))) return
    void this.go('home')
  }

  private get leaveDialog(): (HTMLElement & { show(): void; close(reason?: string): void }) | null {
    return this.renderRoot.querySelector('wr-dialog.leave')
  }

  /** 返回首页: straight home, unless the resident has answered something here; then ask first. */
  private backHome(): void {
    if (this.midTask) this.leaveDialog?.show()
    else void this.go('home')
  }

  private onLeaveClose(e: CustomEvent<{ reason: string }>): void {
    if (e.detail.reason === 'home') void this.go('home')
  }

  private readonly onStep = (): void => {
    this.armGuard()
    this.noteAnswer()
  }

  private readonly onAnswer = (): void => this.noteAnswer()

  /** Answers and typing count only in the flows that hold them (a library search is no loss). */
  private noteAnswer(): void {
    if (this.screen === 'screening' || this.screen === 'booking') this.midTask = true
  }

  /** Swallows a tap that arrives within GHOST_TAP_MS of a screen change (see connectedCallback). */
  private readonly guardGhostTap = (e: MouseEvent): void => {
    // Keyboard activation (detail 0) is never a ghost.
    if (e.detail === 0) return
    const now = performance.now()
    // The second half of a double tap (or a ghost click) comes soon and at the same spot; a tap
    // elsewhere is meant, and once one has gone through the guard is off until the next change.
    const near = Math.hypot(e.clientX - this.tapX, e.clientY - this.tapY) < GHOST_TAP_PX
    if (now - this.changedAt >= GHOST_TAP_MS || !near) {
      this.changedAt = -Infinity
      this.tapAt = now
      this.tapX = e.clientX
      this.tapY = e.clientY
      return
    }
    e.preventDefault()
    e.stopImmediatePropagation()
  }

  /** A change that a tap just caused arms the guard (one the kiosk made itself, at rest or on start, does not). */
  private armGuard(): boolean {
    const now = performance.now()
    if (now - this.tapAt >= GHOST_TAP_MS) return false
    this.changedAt = now
    return true
  }

  private renderFeature(feature: KioskFeature) {
    const config = this.config
    return html`${this.renderBack()}
      ${feature.render({
        lang: this.language,
        elder: this.elder,
        officeName: config ? this.text(config.judicialOffice.name) : '',
        officeAddress: config ? this.text(config.judicialOffice.address ?? config.workroom.address) : '',
        region: config?.region ?? '',
        hardship: hardshipAttributes(config),
        go: (id, data) => void this.go(id, data),
        handover: this.handover,
        ...(this.content.pack ? { content: this.content.pack } : {}),
        ...(config ? { config } : {}),
      })}`
  }

  /** Shows a screen; focus moves to its heading so screen readers start there. */
  async go(id: Screen, handover?: unknown): Promise<void> {
    const byTap = this.armGuard()
    const feature = this.availableFeatures.find((f) => f.id === id)
    if (feature) await feature.load(this.config)
    if (id === 'staff') await Promise.all([import('./staff/define.js'), this.loadBooking()])
    if (id === 'accessibility') await import('./accessibility/define.js')
    if (id === 'attract' && this.content.pack) await import('@workroom/education/define')
    this.handover = handover
    this.screen = id
    this.notice = ''
    this.midTask = false
    if (byTap) this.changedAt = performance.now()
    await this.updateComplete
    this.focusHeading()
    this.emit('wr-kiosk-screen-change', { screen: id })
    if (id === 'attract') await this.applyUpdates()
  }

  /** Shows the attract loop when the config allows it, else the home screen. */
  async rest(): Promise<void> {
    await this.go(this.config?.attract.enabled ? 'attract' : 'home')
  }

  /** The booking provider lives as long as the kiosk: staff and sync need it even if no one has booked yet. */
  private async loadBooking(): Promise<void> {
    await this.features.find((f) => f.id === 'booking')?.load(this.config)
  }

  private async openFromAttract(e: CustomEvent<{ kind: 'lesson' | 'case' | 'quiz'; id: string }>): Promise<void> {
    e.stopPropagation()
    await this.go('education')
    const library = this.renderRoot.querySelector<HTMLElement & { open(kind: string, id: string): void; updateComplete: Promise<unknown> }>('wr-library')
    if (!library) return
    await library.updateComplete
    library.open(e.detail.kind, e.detail.id)
  }

  private async openStaff(): Promise<void> {
    if (!this.config) return
    await this.go('staff')
  }

  /** At rest only: a waiting config, then a waiting app update (which reloads the page). */
  private async applyUpdates(): Promise<void> {
    if (this.pendingConfig) {
      const config = this.pendingConfig
      this.pendingConfig = undefined
      this.configState = { ...this.configState, config, source: 'update' }
      this.content = await loadContent(config.content.packs)
      this.emit('wr-kiosk-config-applied', { version: config.version })
    }
    await this.updates?.applyUpdateIfWaiting()
  }

  /** A new config arrived; applied now if nobody is mid-session, else at the next rest. */
  async offerConfig(config: WorkroomConfig): Promise<void> {
    this.pendingConfig = config
    if (this.screen === 'attract') await this.applyUpdates()
  }

  /**
   * Looks for a newer config at `updates.configUrl`: a valid one waits for the attract loop, a bad
   * one is refused and listed on the staff screen; the running config stays either way.
   */
  async checkConfigUpdate(): Promise<void> {
    const url = this.config?.updates?.configUrl
    if (!url) return
    const r = await checkForUpdate(this.configState, new URL(url, document.baseURI).href)
    const running = this.config
    this.configState = { ...r.state, ...(running ? { config: running } : {}) }
    if (r.update) await this.offerConfig(r.update)
  }

  /**
   * Sends bookings made on this kiosk to the county booking service (`sync.bookingServiceUrl`),
   * oldest first; what fails stays queued for the next try. Called when the network returns, on a
   * timer, and from the staff screen.
   */
  async syncBookings(): Promise<void> {
    const sync = this.config?.sync
    if (!sync || !navigator.onLine) return
    // Applications go with the bookings, each through its own route; one failing never holds up the other.
    void syncApplications().catch(() => undefined)
    await this.loadBooking()
    const provider = bookingProvider()
    if (!provider) return
    const { syncOutbox } = await import('@workroom/booking/outbox-sync')
    await syncOutbox(provider as Parameters<typeof syncOutbox>[0], new URL(sync.bookingServiceUrl, document.baseURI).href, {
      ...(sync.token ? { staffToken: sync.token } : {}),
      version: kioskPackage.version,
    })
    await this.renderRoot.querySelector<HTMLElement & { refresh(): Promise<void> }>('wr-staff-screen')?.refresh()
  }

  private focusHeading(): void {
    const main = this.renderRoot.querySelector('main')
    const h1 = main?.querySelector<HTMLElement>('h1')
    if (h1) {
      h1.focus()
      return
    }
    // A feature's heading lives in its own shadow root: ask the feature element to take focus.
    const featureEl = main?.querySelector<HTMLElement>('.back ~ *, wr-staff-screen')
    featureEl?.focus()
  }

  private skipToMain(): void {
    this.focusHeading()
  }

  private toggleElder(): void {
    this.elder = !this.elder
  }

  private readonly onLanguageChange = (e: CustomEvent<LanguageChangeDetail>): void => {
    e.preventDefault()
    void this.chooseLanguage(e.detail.lang)
  }

  private async chooseLanguage(code: Language): Promise<void> {
    document.documentElement.lang = code
    document.documentElement.dir = LANGUAGE_INFO[code].dir
    await setLanguage(code)
  }

  private async clearAndExit(): Promise<void> {
    await resetSession('exit')
  }

  /** Every reset (idle, clear and exit, quick exit) lands here: back to a clean start. */
  protected override async resetState(): Promise<void> {
    this.handover = undefined
    this.elder = false
    await this.chooseLanguage(this.config?.languages[0] ?? DEFAULT_LANGUAGE)
    // Replace history so Back cannot return to what the last person saw.
    history.replaceState(null, '', location.pathname)
    await this.rest()
    this.notice = this.l.t('clearedNotice')
  }
}
