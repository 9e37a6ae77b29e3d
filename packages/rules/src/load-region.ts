import { mergeText, type PackText } from './pack-text.js'
import type { Lang } from './types.js'

/** Ids of the shipped regional overlays. */
export const REGION_IDS = ['CN-NX', 'CN-GD-ZS', 'CN-JS'] as const
export type RegionId = (typeof REGION_IDS)[number]

type Load = () => Promise<{ default: unknown }>

/**
 * Each overlay (Chinese and English inside it), and its Tibetan and Uyghur text as sparse files
 * beside it (drafts), each its own chunk, so a page loads only the region and language it shows.
 */
const OVERLAYS: Record<RegionId, { rules: Load; bo: Load; ug: Load }> = {
  'CN-NX': {
    rules: () => import('./packs/regions/CN-NX.json', { with: { type: 'json' } }),
    bo: () => import('./packs/regions/CN-NX.text.bo.json', { with: { type: 'json' } }),
    ug: () => import('./packs/regions/CN-NX.text.ug.json', { with: { type: 'json' } }),
  },
  'CN-GD-ZS': {
    rules: () => import('./packs/regions/CN-GD-ZS.json', { with: { type: 'json' } }),
    bo: () => import('./packs/regions/CN-GD-ZS.text.bo.json', { with: { type: 'json' } }),
    ug: () => import('./packs/regions/CN-GD-ZS.text.ug.json', { with: { type: 'json' } }),
  },
  'CN-JS': {
    rules: () => import('./packs/regions/CN-JS.json', { with: { type: 'json' } }),
    bo: () => import('./packs/regions/CN-JS.text.bo.json', { with: { type: 'json' } }),
    ug: () => import('./packs/regions/CN-JS.text.ug.json', { with: { type: 'json' } }),
  },
}

const isRegion = (id: string): id is RegionId => (REGION_IDS as readonly string[]).includes(id)

/**
 * Loads one shipped overlay's raw JSON on demand, so overlays stay out of the main bundle (each
 * becomes its own chunk), with `lang`'s text merged in for Tibetan and Uyghur (Chinese where a
 * string is missing). Rejects with a RangeError for an id that is not shipped.
 */
export function loadRegion(id: string, lang: Lang = 'zh-Hans'): Promise<unknown> {
  if (!isRegion(id)) return Promise.reject(new RangeError(`No shipped overlay for region "${id}" (shipped: ${REGION_IDS.join(', ')})`))
  const o = OVERLAYS[id]
  const rules = o.rules().then((m) => m.default)
  if (lang !== 'bo' && lang !== 'ug') return rules
  return Promise.all([rules, o[lang]()]).then(([doc, text]) => mergeText(doc, text.default as PackText))
}
