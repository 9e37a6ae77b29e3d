import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { mergeTextOverlay, overlayStrays, type TextOverlay } from '../../../packages/core/src/text-overlay.ts'

const root = new URL('../../../packages/education/src/content/', import.meta.url)
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, root), 'utf8'))
const pack = read('starter.zh-Hans-en.json')

/** Paths of every Chinese string of the pack that has no text in `lang`. */
function untranslated(doc: unknown, lang: string): string[] {
  const out: string[] = []
  const walk = (o: unknown, path: string): void => {
    if (Array.isArray(o)) return o.forEach((v, i) => walk(v, `${path}[${i}]`))
    if (o === null || typeof o !== 'object') return
    const rec = o as Record<string, unknown>
    if (typeof rec['zh-Hans'] === 'string') {
      if (!(typeof rec[lang] === 'string' && (rec[lang] as string).trim())) out.push(path)
      return
    }
    for (const [k, v] of Object.entries(rec)) walk(v, path ? `${path}.${k}` : k)
  }
  walk(doc, '')
  return out
}

describe('starter pack text in Tibetan and Uyghur (node)', () => {
  for (const lang of ['bo', 'ug']) {
    it(`${lang}: every string of the text file sits beside a Chinese one of the pack`, () => {
      assert.deepEqual(overlayStrays(pack, read(`starter.text.${lang}.json`) as TextOverlay), [])
    })
    it(`${lang}: every resident-facing string is translated (a statute's title stays in Chinese)`, () => {
      const merged = mergeTextOverlay(pack, read(`starter.text.${lang}.json`) as TextOverlay)
      const missing = untranslated(merged, lang).filter((p) => !/\.law$/.test(p))
      assert.deepEqual(missing, [])
    })
  }
})
