// A county's own reviewed wording over the shipped strings (the kiosk config's `translations`).
// Its own module, so embeds that never take overrides do not carry it.
import { i18n, notifyLanguageAttributeChanged, type Language } from './i18n.js'

const overrides = new Map<string, Record<string, string>>() // lang → "ns:key" → text
let applying = false

function apply(lang: string): void {
  applying = true
  try {
    for (const [id, value] of Object.entries(overrides.get(lang) ?? {})) {
      const at = id.indexOf(':')
      i18n.addResource(lang, id.slice(0, at), id.slice(at + 1), value, { silent: true })
    }
  } finally {
    applying = false
  }
}

// A namespace loading later (a lazily loaded language or page) would cover the county's words: lay them on again.
i18n.store.on('added', (lang: string) => {
  if (!applying && overrides.has(lang)) apply(lang)
})

/**
 * A county's reviewed wording over the shipped strings of `lang` ("ns:key" → text), kept over
 * namespaces that load later too. Replaces what was set before for that language.
 */
export function overrideTranslations(lang: Language, strings: Record<string, string>): void {
  overrides.set(lang, strings)
  apply(lang)
  notifyLanguageAttributeChanged()
}
