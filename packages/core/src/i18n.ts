import i18next, { type i18n as I18n, type TOptions } from 'i18next'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { LANGUAGE_INFO, LANGUAGES, type Language } from './languages.js'
import { calendarWordsLoaded, useCalendarWords } from './calendar-state.js'
import { withCleanPrototypes } from './prototype-guard.js'

export { useCalendarWords }

export { LANGUAGES, type Language }
export const DEFAULT_LANGUAGE: Language = 'zh-Hans'

export type Resources = { [key: string]: string | Resources }
type Bundle = Resources | (() => Promise<{ default: Resources } | Resources>)

/** The one i18next instance every Workroom element shares (no global i18next is touched). */
export const i18n: I18n = i18next.createInstance()
void i18n.init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  resources: {},
  ns: [],
  interpolation: { escapeValue: false }, // Lit escapes everything it renders
  returnNull: false,
  initAsync: false,
})
// i18next merges a namespace's parts with `for…in`: on a page that extends Object.prototype
// (`Object.prototype.extend = …`) each merge copies the extensions into our strings, and the third
// merge into one namespace recurses into them until the stack runs out. Every merge runs with the
// page's extensions hidden, whoever calls it (the start page, the engine, the result pages, the
// application, a language loaded later).
const addBundle = i18n.addResourceBundle.bind(i18n) // set by init
i18n.addResourceBundle = ((...args: Parameters<I18n['addResourceBundle']>) => withCleanPrototypes(() => addBundle(...args))) as I18n['addResourceBundle']

const lazy = new Map<string, Map<string, () => Promise<unknown>>>() // lang → ns → loader
const loading = new Map<string, Promise<void>>()

/**
 * Registers a namespace's strings. Pass objects for languages needed at once (zh-Hans) and
 * `() => import('./locales/en.json', { with: { type: 'json' } })` for the rest, so they stay out of the first bundle.
 */
export function registerTranslations(ns: string, bundles: Partial<Record<Language, Bundle>>): void {
  for (const [lang, bundle] of Object.entries(bundles)) {
    if (typeof bundle === 'function') {
      if (i18n.hasResourceBundle(lang, ns)) continue
      if (!lazy.has(lang)) lazy.set(lang, new Map())
      lazy.get(lang)!.set(ns, bundle)
    } else if (bundle) {
      i18n.addResourceBundle(lang, ns, bundle, true, true)
    }
  }
}

/** Maps any BCP 47 tag a page may carry (zh, zh-CN, zh-Hans-CN, en-GB) to a shipped language. */
export function normalizeLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined
  const t = tag.toLowerCase()
  if (t === 'zh' || t.startsWith('zh-hans') || t === 'zh-cn' || t === 'zh-sg') return 'zh-Hans'
  if (t.startsWith('zh')) return 'zh-Hans' // traditional Chinese not shipped yet: simplified is closer than English
  if (t === 'en' || t.startsWith('en-')) return 'en'
  if (t === 'bo' || t.startsWith('bo-')) return 'bo' // bo, bo-CN, bo-IN
  if (t === 'ug' || t.startsWith('ug-')) return 'ug' // ug, ug-CN, ug-Arab, ug-Arab-CN
  return undefined
}

/** A number in the resident's language (figures in yuan, counts): separators from our strings where Intl has no data. */
export function formatNumber(n: number, lang: string, options?: Intl.NumberFormatOptions): string {
  const words = calendarWordsLoaded()
  if (words?.hasWords(lang) && !(LANGUAGE_INFO as Record<string, { intl: boolean } | undefined>)[lang]?.intl) return words.ownNumber(n, lang, options)
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', options).format(n)
}

const extras = new Map<Language, Promise<void>>()
/** Tibetan, Uyghur: calendar words, their formatter and the web font, loaded the first time the language is used. */
function loadExtras(lang: Language): Promise<void> {
  let p = extras.get(lang)
  if (!p) {
    p = LANGUAGE_INFO[lang].intl
      ? Promise.resolve()
      : import('./language-extras.js').then(async (m) => {
          useCalendarWords(await m.prepareLanguage(i18n, lang))
          emitChange()
        })
    extras.set(lang, p)
  }
  return p
}

/** Loads every registered namespace for a language (once), its calendar words, and starts its font. */
export function loadLanguage(lang: Language): Promise<void> {
  const calendar = loadExtras(lang)
  const pending = lazy.get(lang)
  if (!pending || pending.size === 0) return calendar
  const key = `${lang}:${[...pending.keys()].join(',')}`
  let p = loading.get(key)
  if (!p) {
    p = Promise.all(
      [calendar, ...[...pending.entries()].map(async ([ns, load]) => {
        const mod = (await load()) as { default?: Resources } & Resources
        i18n.addResourceBundle(lang, ns, (mod.default ?? mod) as Resources, true, true)
        pending.delete(ns)
      })],
    ).then(() => {
      loading.delete(key)
      emitChange()
    })
    loading.set(key, p)
  }
  return p
}

/** Switches every Workroom element on the page that has no `lang` of its own. */
export async function setLanguage(tag: string): Promise<Language> {
  const lang = normalizeLanguage(tag) ?? DEFAULT_LANGUAGE
  await loadLanguage(lang)
  await i18n.changeLanguage(lang)
  return lang
}

export function currentLanguage(): Language {
  return normalizeLanguage(i18n.language) ?? DEFAULT_LANGUAGE
}

const listeners = new Set<() => void>()
function emitChange(): void {
  for (const l of listeners) l()
}
i18n.on('languageChanged', emitChange)
/** Tells controllers an element's `lang` attribute changed, so descendants re-resolve theirs. */
export const notifyLanguageAttributeChanged = emitChange

/** The language an element should speak: the nearest `lang` up the composed tree, else the global one. */
export function resolveLanguage(el: Element): Language {
  let node: Node | null = el
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node !== document.documentElement) {
      const found = normalizeLanguage(node.getAttribute('lang'))
      if (found) return found
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)
  }
  return currentLanguage()
}

/**
 * Lit reactive controller: `this.l.t(key)` in render(); re-renders on language change.
 * Gives `lang` and `dir` to put on the element's outermost box for screen readers and RTL.
 */
export class LocalizeController implements ReactiveController {
  lang: Language = DEFAULT_LANGUAGE
  dir: 'ltr' | 'rtl' = 'ltr'
  private readonly onChange = (): void => this.host.requestUpdate()

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly ns: string,
  ) {
    host.addController(this)
  }

  hostConnected(): void {
    listeners.add(this.onChange)
  }

  hostDisconnected(): void {
    listeners.delete(this.onChange)
  }

  hostUpdate(): void {
    this.lang = resolveLanguage(this.host)
    this.dir = LANGUAGE_INFO[this.lang].dir
    if (lazy.get(this.lang)?.size || !extras.has(this.lang)) void loadLanguage(this.lang)
  }

  /** Translates `key` in this element's namespace; `other:key` reaches another namespace. */
  t(key: string, options?: TOptions): string {
    return i18n.t(key, { ...options, lng: this.lang, ns: this.ns }) as string
  }

  /** Items joined as a list in this language: 甲、乙 · A, B · ئا، ب (Intl has no Tibetan or Uyghur lists). */
  list(items: readonly string[]): string {
    return items.join(this.t('core:text.list'))
  }

  /** Whether a key exists (used to translate message keys carried by schemas). */
  has(key: string): boolean {
    return i18n.exists(key, { lng: this.lang, ns: this.ns })
  }

  /** Formats a number for this language (figures in yuan, counts); see formatNumber. */
  number(n: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(n, this.lang, options)
  }
}
