import { css, html, nothing, svg } from 'lit'
import { property, state } from 'lit/decorators.js'
import {
  LocalizeController,
  WrElement,
  fontSize,
  resetSession,
  setLanguage,
  token,
  DEFAULT_LANGUAGE,
  type Language,
} from '@workroom/core'
import './translations.js'
import type { WorkroomConfig } from './config.js'
import { features as defaultFeatures, type KioskFeature } from './features.js'

const FALLBACK: WorkroomConfig = {
  version: 'built-in',
  workroom: { name: { 'zh-Hans': '公共法律服务工作室', en: 'Public Legal Service Workroom' }, address: { 'zh-Hans': '—', en: '—' } },
  judicialOffice: { name: { 'zh-Hans': '司法所', en: 'Judicial office' } },
  languages: ['zh-Hans', 'en'],
  idle: { idleSeconds: 90, warningSeconds: 30 },
}

const scalesIcon = svg`<path d="M12 3v18M5 21h14M4 7h16M7 7l-3 7a3 3 0 0 0 6 0zM17 7l-3 7a3 3 0 0 0 6 0z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>`

/**
 * The kiosk shell: home with one big tile per landed feature, language and elder-mode
 * switches, "clear and exit" on every screen, and the idle reset. Screens are component
 * state, never URLs, so the browser's Back cannot reach a previous resident's screens.
 * @summary Home, switches, idle reset.
 * @csspart header - The top bar.
 * @csspart main - The screen area.
 */
export class WrKioskApp extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: flex; flex-direction: column; min-height: 100vh; background: ${token('color-surface')}; }
      .skip { position: absolute; inset-inline-start: -9999px; }
      .skip:focus { inset-inline-start: ${token('space-4')}; top: ${token('space-4')}; z-index: 10; background: ${token('color-background')}; padding: ${token('space-3')}; }
      header {
        display: flex; flex-wrap: wrap; align-items: center; gap: ${token('target-gap')};
        padding: ${token('space-3')} ${token('space-5')}; background: ${token('color-primary')}; color: ${token('color-on-primary')};
      }
      .brand { display: flex; align-items: center; gap: ${token('space-3')}; margin-inline-end: auto; font-size: ${fontSize(2)}; font-weight: 700; }
      .brand svg { width: 2em; height: 2em; flex: none; }
      .brand small { display: block; font-size: ${fontSize(0)}; font-weight: 400; }
      .switch {
        min-width: ${token('target-min')}; min-height: ${token('target-min')}; padding: ${token('space-2')} ${token('space-4')};
        border: ${token('border-width')} solid ${token('color-on-primary')}; border-radius: ${token('radius-2')};
        background: transparent; color: ${token('color-on-primary')}; font: inherit; font-weight: 600; cursor: pointer;
      }
      .switch[aria-pressed='true'] { background: ${token('color-on-primary')}; color: ${token('color-primary')}; }
      .langs { display: flex; gap: ${token('space-2')}; border: 0; margin: 0; padding: 0; }
      .clear { background: ${token('color-danger')}; border-color: ${token('color-on-primary')}; }
      main { flex: 1; width: 100%; max-width: 72rem; margin: 0 auto; padding: ${token('space-6')} ${token('space-5')}; }
      h1 { margin: 0 0 ${token('space-2')}; font-size: ${fontSize(4)}; }
      h1:focus { outline: none; }
      .hint { margin: 0 0 ${token('space-6')}; color: ${token('color-text-muted')}; font-size: ${fontSize(2)}; }
      .tiles { display: grid; gap: ${token('space-5')}; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); list-style: none; margin: 0; padding: 0; }
      .tile {
        display: grid; gap: ${token('space-3')}; justify-items: start; width: 100%; min-height: 12rem; padding: ${token('space-6')};
        border: ${token('border-width')} solid ${token('color-border')}; border-radius: ${token('radius-3')};
        background: ${token('color-background')}; color: ${token('color-text')}; font: inherit; text-align: start; cursor: pointer;
      }
      .tile:hover { border-color: ${token('color-primary')}; }
      .tile svg { width: 3.5rem; height: 3.5rem; color: ${token('color-primary')}; }
      .tile-title { font-size: ${fontSize(3)}; font-weight: 700; }
      .tile-desc { color: ${token('color-text-muted')}; }
      .notice { padding: ${token('space-4')}; border-radius: ${token('radius-2')}; background: ${token('color-warning-surface')}; color: ${token('color-on-warning')}; }
      .back { margin-bottom: ${token('space-5')}; }
      .back button {
        min-height: ${token('target-min')}; padding: ${token('space-2')} ${token('space-4')}; font: inherit; font-weight: 600;
        border: ${token('border-width')} solid ${token('color-primary')}; border-radius: ${token('radius-2')};
        background: ${token('color-background')}; color: ${token('color-primary')}; cursor: pointer;
      }
      footer { padding: ${token('space-3')} ${token('space-5')}; color: ${token('color-text-muted')}; font-size: ${fontSize(0)}; text-align: center; }
    `,
  ]

  @property({ attribute: false }) config: WorkroomConfig = FALLBACK
  /** Problems found in the workroom config (shown; the kiosk runs on defaults). */
  @property({ attribute: false }) configProblems: string[] = []
  @property({ attribute: false }) features: KioskFeature[] = defaultFeatures

  @state() private screen: 'home' | KioskFeature['id'] = 'home'
  @state() private handover: unknown
  @state() private notice = ''
  private readonly l = new LocalizeController(this, 'kiosk')

  private get language(): Language {
    return this.l.lang
  }

  override render() {
    const lang = this.language
    const name = this.config.workroom.name[lang]
    const feature = this.features.find((f) => f.id === this.screen)
    return html`
      <a class="skip" href="#main" @click=${this.skipToMain}>${this.l.t('skip')}</a>
      <header part="header">
        <div class="brand">
          <svg viewBox="0 0 24 24" aria-hidden="true">${scalesIcon}</svg>
          <span>${name}<small>${this.config.judicialOffice.name[lang]}</small></span>
        </div>
        <button class="switch" type="button" aria-pressed=${this.elder ? 'true' : 'false'} @click=${this.toggleElder}>
          ${this.elder ? this.l.t('elderOn') : this.l.t('elderOff')}
        </button>
        ${this.config.languages.length > 1
          ? html`<div class="langs" role="group" aria-label=${this.l.t('language')}>
              ${this.config.languages.map(
                (code) => html`<button class="switch" type="button" lang=${code} aria-pressed=${code === lang ? 'true' : 'false'} @click=${() => this.chooseLanguage(code)}>
                  ${code === 'zh-Hans' ? '中文' : 'English'}
                </button>`,
              )}
            </div>`
          : nothing}
        <button class="switch clear" type="button" @click=${this.clearAndExit}>${this.l.t('clearExit')}</button>
      </header>
      <main id="main" part="main" lang=${lang}>
        ${this.configProblems.length ? html`<p class="notice" role="alert">${this.l.t('configProblem', { problems: this.configProblems.join('; ') })}</p>` : nothing}
        ${feature ? this.renderFeature(feature) : this.renderHome()}
      </main>
      <footer>${this.config.workroom.address[lang]} · 12348</footer>
      <div class="visually-hidden" role="status" aria-live="polite">${this.notice}</div>
      <wr-timeout-warning
        speak
        idle-seconds=${this.config.idle.idleSeconds}
        warning-seconds=${this.config.idle.warningSeconds}
        ?disabled=${this.screen === 'home' && !this.elder}
      ></wr-timeout-warning>
    `
  }

  private renderHome() {
    return html`<h1 tabindex="-1">${this.l.t('welcome')}</h1>
      ${this.features.length
        ? html`<p class="hint">${this.l.t('welcomeHint')}</p>
            <ul class="tiles">
              ${this.features.map(
                (f) => html`<li>
                  <button class="tile" type="button" data-feature=${f.id} @click=${() => this.go(f.id)}>
                    <svg viewBox="0 0 24 24" aria-hidden="true">${f.icon}</svg>
                    <span class="tile-title">${this.l.t(f.titleKey)}</span>
                    <span class="tile-desc">${this.l.t(f.descriptionKey)}</span>
                  </button>
                </li>`,
              )}
            </ul>`
        : html`<p class="notice">${this.l.t('noFeatures')}</p>`}`
  }

  private renderFeature(feature: KioskFeature) {
    return html`<div class="back"><button type="button" @click=${() => this.go('home')}>← ${this.l.t('back')}</button></div>
      ${feature.render({
        lang: this.language,
        elder: this.elder,
        officeName: this.config.judicialOffice.name[this.language],
        officeAddress: this.config.workroom.address[this.language],
        region: this.config.region ?? '',
        go: (id, data) => void this.go(id, data),
        handover: this.handover,
      })}`
  }

  /** Shows a screen; focus moves to its heading so screen readers start there. */
  async go(id: 'home' | KioskFeature['id'], handover?: unknown): Promise<void> {
    const feature = this.features.find((f) => f.id === id)
    if (feature) await feature.load()
    this.handover = handover
    this.screen = id
    this.notice = ''
    await this.updateComplete
    this.focusHeading()
  }

  private focusHeading(): void {
    const main = this.renderRoot.querySelector('main')
    const h1 = main?.querySelector<HTMLElement>('h1')
    if (h1) {
      h1.focus()
      return
    }
    // A feature's heading lives in its own shadow root: ask the feature element to take focus.
    const featureEl = main?.querySelector<HTMLElement>('.back ~ *')
    featureEl?.focus()
  }

  private skipToMain(e: Event): void {
    e.preventDefault()
    this.focusHeading()
  }

  private toggleElder(): void {
    this.elder = !this.elder
  }

  private async chooseLanguage(code: Language): Promise<void> {
    document.documentElement.lang = code
    await setLanguage(code)
  }

  private async clearAndExit(): Promise<void> {
    await resetSession('exit')
  }

  /** Every reset (idle, clear and exit, quick exit) lands here: back to a clean home screen. */
  protected override async resetState(): Promise<void> {
    this.screen = 'home'
    this.handover = undefined
    this.elder = false
    document.documentElement.lang = DEFAULT_LANGUAGE
    await setLanguage(DEFAULT_LANGUAGE)
    // Replace history so Back cannot return to what the last person saw.
    history.replaceState(null, '', location.pathname)
    this.notice = this.l.t('clearedNotice')
    await this.updateComplete
    this.focusHeading()
  }
}
