import { css, html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { WrElement } from '../element.js'
import { LANGUAGES, LocalizeController, normalizeLanguage, setLanguage, type Language } from '../i18n.js'
import { LANGUAGE_INFO } from '../languages.js'
import { LANGUAGE_META } from '../language-meta.js'
import '../translations.js'
import { token } from '../tokens.js'

export interface LanguageChangeDetail {
  lang: Language
}

/**
 * The language switch: each offered language named in its own script (中文 · བོད་ཡིག · ئۇيغۇرچە ·
 * English), whatever language the screen is in, so a resident finds theirs. The names of Tibetan
 * and Uyghur show in a 2–4 KB font of their own letters before either language is chosen.
 * @summary Pick the language; the same control in the same place on every screen.
 * @event wr-language-change - A language was chosen (detail: LanguageChangeDetail); cancel it to switch yourself, otherwise every Workroom element on the page switches.
 * @csspart base - The group of buttons.
 * @csspart button - Each language's button.
 * @cssprop --wr-language-switch-color - Text and border colour (on a coloured header: its text colour).
 */
export class WrLanguageSwitch extends WrElement {
  static override styles = [
    ...WrElement.styles,
    css`
      :host { display: inline-block; }
      .langs { display: flex; flex-wrap: wrap; gap: ${token('space-2')}; margin: 0; padding: 0; }
      button {
        min-width: ${token('target-min')}; min-height: ${token('target-min')}; padding: ${token('space-1')} ${token('space-3')};
        border: ${token('border-width')} solid var(--wr-language-switch-color, ${token('color-primary')}); border-radius: ${token('radius-2')};
        background: transparent; color: var(--wr-language-switch-color, ${token('color-primary')});
        font: inherit; font-size: inherit; line-height: 1.4; font-weight: 600; cursor: pointer;
      }
      button[aria-pressed='true'] { background: var(--wr-language-switch-color, ${token('color-primary')}); color: var(--wr-language-switch-pressed-color, ${token('color-background')}); }
      /* Each name in its own script's font: the full web font once chosen, the name font before. */
      button[lang='bo'] { font-family: "Noto Serif Tibetan", "Workroom Language Names", ${token('font-family')}; }
      button[lang='ug'] { font-family: "Noto Naskh Arabic", "Workroom Language Names", ${token('font-family')}; }
      @media (max-width: 640px) { :host([compact]) button[aria-pressed='true'] { display: none; } }
    `,
  ]

  /** The languages offered, space-separated, in order (a kiosk's `languages` config); default all shipped. */
  @property() languages = LANGUAGES.join(' ')
  /** What the group of buttons is called for screen readers, in the host's words (the kiosk: 语言). */
  @property() label = ''
  /** On narrow screens show only the languages one can switch to (the current one is what the screen speaks). */
  @property({ type: Boolean, reflect: true }) compact = false

  private readonly l = new LocalizeController(this, 'core')

  private get offered(): Language[] {
    const out: Language[] = []
    for (const tag of this.languages.split(/[\s,]+/)) {
      const lang = normalizeLanguage(tag)
      if (lang && !out.includes(lang)) out.push(lang)
    }
    return out
  }

  protected override updated(): void {
    const names = this.offered.filter((l) => LANGUAGE_META.fonts[l])
    if (names.length) void import('../fonts.js').then((m) => m.loadNameFonts(names))
  }

  private async choose(lang: Language): Promise<void> {
    if (!this.emit<LanguageChangeDetail>('wr-language-change', { lang }, { cancelable: true })) return
    await setLanguage(lang)
  }

  override render() {
    const offered = this.offered
    if (offered.length < 2) return nothing
    const current = this.l.lang
    return html`<div class="langs" part="base" role="group" lang=${current} dir=${this.l.dir} aria-label=${this.label || nothing}>
      ${offered.map(
        (code) => html`<button part="button" type="button" lang=${code} dir=${LANGUAGE_INFO[code].dir} aria-pressed=${code === current ? 'true' : 'false'} @click=${() => void this.choose(code)}>
          ${LANGUAGE_META.names[code]}
        </button>`,
      )}
    </div>`
  }
}
