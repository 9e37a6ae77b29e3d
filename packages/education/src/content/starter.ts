import json from './starter.zh-Hans-en.json' with { type: 'json' }

/**
 * The starter content pack (raw JSON: pass it to `<wr-library .content>` or `loadContentPack`).
 * A separate entry, so the library's own bundle stays small and counties can ship their own pack.
 */
export const starterPackJson: unknown = json
export default starterPackJson
