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
 * The whole national pack with its text in `lang`, loaded on demand (each language is its own
 * chunk): Chinese alone, or Chinese with English for 'en' (which equals `nationalPack`).
 */
export function nationalPackIn(lang: Lang): Promise<RulePack> {
  let p = loaded.get(lang)
  if (p === undefined) {
    const zh = import('./packs/national.text.zh-Hans.json', { with: { type: 'json' } }).then(json)
    const en = lang === 'en' ? import('./packs/national.text.en.json', { with: { type: 'json' } }).then(json) : undefined
    p = Promise.all([zh, en]).then(([z, e]) => {
      const pack = mergeText(nationalRules, z)
      return e === undefined ? pack : mergeText(pack, e)
    })
    loaded.set(lang, p)
  }
  return p
}
