import json from './starter.zh-Hans-en.json' with { type: 'json' }
import bo from './starter.text.bo.json' with { type: 'json' }
import ug from './starter.text.ug.json' with { type: 'json' }
import { mergeTextOverlay, type TextOverlay } from '@workroom/core/text-overlay'

/**
 * The starter content pack (raw JSON: pass it to `<wr-library .content>` or `loadContentPack`),
 * with its Tibetan and Uyghur drafts laid over the Chinese and English (each a sparse copy at the
 * pack's paths, written beside it). A separate entry, so the library's own bundle stays small and
 * counties can ship their own pack.
 */
export const starterPackJson: unknown = mergeTextOverlay(mergeTextOverlay(json as unknown, bo as unknown as TextOverlay), ug as unknown as TextOverlay)
export default starterPackJson
