/** Ids of the shipped regional overlays. */
export const REGION_IDS = ['CN-NX', 'CN-GD-ZS', 'CN-JS'] as const
export type RegionId = (typeof REGION_IDS)[number]

/**
 * Loads one shipped overlay's raw JSON on demand, so overlays stay out of the main bundle
 * (each becomes its own chunk). Rejects with a RangeError for an id that is not shipped.
 */
export function loadRegion(id: string): Promise<unknown> {
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
