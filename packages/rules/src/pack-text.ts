// A pack's text in one language can travel apart from the rules: a screen loads the pack with
// Chinese text first and another language's text only when a resident picks that language.
import type { Lang } from './types.js'

/** A sparse copy of a document holding only one language's text, at the paths it has in the document. */
export type PackText = { [key: string]: string | PackText }

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const isLocalized = (o: { [key: string]: Json }): boolean => typeof o['zh-Hans'] === 'string'

/**
 * Takes every `lang` text out of a document (a pack or overlay): returns the document without
 * it and the text alone. `mergeText(rest, text)` gives the document back. Used at build time.
 */
export function splitText<T>(doc: T, lang: Exclude<Lang, 'zh-Hans'>): { rest: T; text: PackText } {
  const walk = (o: Json): { rest: Json; text: PackText | undefined } => {
    if (Array.isArray(o)) {
      // Text inside lists would need positions to merge back; packs keep text in objects.
      if (JSON.stringify(o).includes('"zh-Hans"')) throw new Error('text inside a list cannot be split')
      return { rest: o, text: undefined }
    }
    if (o === null || typeof o !== 'object') return { rest: o, text: undefined }
    const rest: { [key: string]: Json } = {}
    const text: PackText = {}
    for (const [k, v] of Object.entries(o)) {
      if (k === lang && isLocalized(o) && typeof v === 'string') {
        text[k] = v
        continue
      }
      const part = walk(v)
      rest[k] = part.rest
      if (part.text !== undefined) text[k] = part.text
    }
    return { rest, text: Object.keys(text).length > 0 ? text : undefined }
  }
  const { rest, text } = walk(doc as Json)
  return { rest: rest as T, text: text ?? {} }
}

/** Puts text taken out by `splitText` back into a document, returning a new one (the input is not changed). */
export function mergeText<T>(doc: T, text: PackText): T {
  const merge = (o: unknown, t: PackText): unknown => {
    // Nothing there yet (a text section of the rules alone): the text is the whole branch.
    if (o === undefined) return t
    if (o === null || typeof o !== 'object' || Array.isArray(o)) return o
    const out: Record<string, unknown> = { ...(o as Record<string, unknown>) }
    for (const [k, v] of Object.entries(t)) out[k] = typeof v === 'string' ? v : merge(out[k], v)
    return out
  }
  return merge(doc, text) as T
}

/** The sections of a pack that only a result shows (evaluate never reads them). */
export const TEXT_SECTIONS = ['laws', 'reasons', 'materials', 'notes', 'routes'] as const

/**
 * Splits a pack three ways: the rules `evaluate` needs (Chinese titles only, text sections
 * empty), the text sections in Chinese, and every English text. Used at build time.
 */
export function splitPack(pack: unknown): { rules: unknown; zh: PackText; en: PackText } {
  const { rest, text: en } = splitText(pack as Record<string, unknown>, 'en')
  const rules: Record<string, unknown> = { ...rest }
  const zh: Record<string, unknown> = {}
  for (const k of TEXT_SECTIONS) {
    zh[k] = rest[k] ?? {}
    rules[k] = {}
  }
  return { rules, zh: zh as PackText, en }
}
