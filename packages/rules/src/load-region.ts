import { mergeText, type PackText } from './pack-text.js'

/** Ids of the shipped regional overlays. */
export const REGION_IDS = ['CN-NX', 'CN-GD-ZS', 'CN-JS'] as const
export type RegionId = (typeof REGION_IDS)[number]

type Load = () => Promise<{ default: unknown }>

/**
 * An overlay's resident text in a language its JSON does not carry (a sparse PackText beside it:
 * regions/<id>.text.<lang>.json). Tibetan: `bo: () => import('./packs/regions/<id>.text.bo.json', …)`.
 */
const TEXT: Record<RegionId, Partial<Record<string, Load>>> = {
  'CN-NX': { ug: () => import('./packs/regions/CN-NX.text.ug.json', { with: { type: 'json' } }) },
  'CN-GD-ZS': { ug: () => import('./packs/regions/CN-GD-ZS.text.ug.json', { with: { type: 'json' } }) },
  'CN-JS': { ug: () => import('./packs/regions/CN-JS.text.ug.json', { with: { type: 'json' } }) },
}

function raw(id: string): Promise<unknown> {
  switch (id) {
    case 'CN-NX':
      return import('./packs/regions/CN-NX.json', { with: { type: 'json' } }).then((m) => m.default as unknown)
    case 'CN-GD-ZS':
      return import('./packs/regions/CN-GD-ZS.json', { with: { type: 'json' } }).then((m) => m.default as unknown)
    case 'CN-JS':
      return import('./packs/regions/CN-JS.json', { with: { type: 'json' } }).then((m) => m.default as unknown)
    default:
      return Promise.reject(new RangeError(`No shipped overlay for region "${id}" (shipped: ${REGION_IDS.join(', ')})`))
  }
}

/**
 * Loads one shipped overlay's raw JSON on demand, so overlays stay out of the main bundle
 * (each becomes its own chunk), with its text in `lang` where a text file exists for it.
 * Rejects with a RangeError for an id that is not shipped.
 */
export function loadRegion(id: string, lang?: string): Promise<unknown> {
  const text = lang ? (TEXT as Record<string, Partial<Record<string, Load>>>)[id]?.[lang] : undefined
  if (!text) return raw(id)
  return Promise.all([raw(id), text()]).then(([json, t]) => mergeText(json, t.default as PackText))
}
