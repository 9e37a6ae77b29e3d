import rules from './packs/national.rules.json' with { type: 'json' }
import { mergeText, type PackText } from './pack-text.js'
import type { RulePack } from './schema.js'
import type { Lang } from './types.js'

/**
 * The national pack's rules without its words: enough for `evaluate` to ask every question and
 * reach an outcome (identical results), but `text()` gives back bare codes and `laws` and
 * `routes` are empty. Use `nationalPackIn(lang)` for a pack to show a result with.
 * Generated from packs/national.json by `npm run split-packs -w @workroom/rules`.
 */
export const nationalRules: RulePack = rules as unknown as RulePack

const loaded = new Map<Lang, Promise<RulePack>>()

const json = (m: { default: unknown }): PackText => m.default as PackText

/**
 * Each language's text beside the Chinese (a sparse PackText: the pack's paths, that language's
 * strings only); a language without a file shows Chinese wherever it has no text.
 * Tibetan and Uyghur: `bo: () => import('./packs/national.text.bo.json', …)`, likewise `ug`.
 */
const TEXT: Partial<Record<Exclude<Lang, 'zh-Hans'>, () => Promise<{ default: unknown }>>> = {
  en: () => import('./packs/national.text.en.json', { with: { type: 'json' } }),
  bo: () => import('./packs/national.text.bo.json', { with: { type: 'json' } }),
  ug: () => import('./packs/national.text.ug.json', { with: { type: 'json' } }),
}

/**
 * The whole national pack with its text in `lang`, loaded on demand (each language is its own
 * chunk): Chinese alone, or Chinese with that language's text over it ('en' equals `nationalPack`).
 */
export function nationalPackIn(lang: Lang): Promise<RulePack> {
  let p = loaded.get(lang)
  if (p === undefined) {
    const zh = import('./packs/national.text.zh-Hans.json', { with: { type: 'json' } }).then(json)
    const load = lang === 'zh-Hans' ? undefined : TEXT[lang]
    const en = load ? load().then(json) : undefined
    p = Promise.all([zh, en]).then(([z, e]) => {
      const pack = mergeText(nationalRules, z)
      return e === undefined ? pack : mergeText(pack, e)
    })
    loaded.set(lang, p)
  }
  return p
}
