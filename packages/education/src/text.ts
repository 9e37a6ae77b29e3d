import type { Block, LocalizedText } from './schema.js'
import { pick } from './pick.js'
import { formatSource } from './citation.js'

/** Plain text of blocks, for read-aloud: what is on screen, in reading order. */
export function blocksToSpeech(blocks: readonly Block[], lang: string): string {
  const out: string[] = []
  for (const b of blocks) {
    if (b.type === 'list') out.push(...b.items.map((i: LocalizedText) => pick(i, lang)))
    else if (b.type === 'citation') out.push(pick(b.text, lang), formatSource(b.source, lang))
    else if (b.type === 'image') out.push(pick(b.alt, lang))
    else if (b.type === 'picture') {
      if (b.caption) out.push(pick(b.caption, lang))
    }
    else if ('text' in b) out.push(pick(b.text, lang))
  }
  return out.join('\n')
}
