import type { RulePack } from './schema.js'
import type { Lang, Localized } from './types.js'

/**
 * The plain-language text for a reason, route, material or note code in a pack, in `lang`
 * (falling back to Chinese, then to the code itself so a screen never shows nothing).
 */
export function text(pack: RulePack, code: string, lang: Lang = 'zh-Hans'): string {
  const found: Localized | undefined =
    own(pack.reasons, code) ?? own(pack.materials, code) ?? own(pack.notes, code) ?? own(pack.routes, code)?.name
  return found?.[lang] || found?.['zh-Hans'] || code
}

function own<V>(table: Record<string, V>, code: string): V | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined
}
