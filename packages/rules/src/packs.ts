import national from './packs/national.json' with { type: 'json' }
import type { RulePack } from './schema.js'

/** The national pack: Legal Aid Law 2021 (in force 2022-01-01). Validated by the package's tests. */
export const nationalPack: RulePack = national as unknown as RulePack
