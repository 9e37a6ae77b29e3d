import gdzs from './packs/regions/CN-GD-ZS.json' with { type: 'json' }
import js from './packs/regions/CN-JS.json' with { type: 'json' }
import nx from './packs/regions/CN-NX.json' with { type: 'json' }

/**
 * The shipped regional overlays as raw JSON, keyed by region id, for `overlay(base, regions[id], params)`.
 * Importing this puts all of them in the bundle; a browser host should prefer `loadRegion(id)`.
 */
export const regions: Record<string, unknown> = { 'CN-NX': nx, 'CN-GD-ZS': gdzs, 'CN-JS': js }
