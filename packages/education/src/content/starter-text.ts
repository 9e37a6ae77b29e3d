import { mergeTextOverlay, type TextOverlay } from '@workroom/core/text-overlay'
import { starterPackJson } from './starter.js'

/**
 * The starter pack with one more language's text merged in (Tibetan, Uyghur: drafts), loaded
 * only when a resident picks that language. Languages without a text file get the pack as it is;
 * a string missing from the file shows in Chinese.
 */
export async function starterPackIn(lang: string): Promise<unknown> {
  const text = await starterText(lang)
  return text ? mergeTextOverlay(starterPackJson, text) : starterPackJson
}

function starterText(lang: string): Promise<TextOverlay | undefined> {
  switch (lang) {
    case 'bo':
      return import('./starter.text.bo.json', { with: { type: 'json' } }).then((m) => m.default as unknown as TextOverlay)
    case 'ug':
      return import('./starter.text.ug.json', { with: { type: 'json' } }).then((m) => m.default as unknown as TextOverlay)
    default:
      return Promise.resolve(undefined)
  }
}
