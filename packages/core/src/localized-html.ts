// Chinese inside a Tibetan, Uyghur or English screen, marked as Chinese (`lang="zh-Hans"`), so a
// screen reader switches voice and the right font shapes it: what a county wrote only in Chinese
// (a workroom, a service, a place), names given in attributes, the law's Chinese titles.
import { html, type TemplateResult } from 'lit'
import type { LocalizeController } from './i18n.js'
import { localize, type LocalizedText } from './localized.js'

const HAN = /\p{Script=Han}/u

/** `'zh-Hans'` where `value` has Chinese characters in it on a screen in another language; else undefined (for a `lang` attribute). */
export const chineseIn = (value: string, lang: string): 'zh-Hans' | undefined => (!lang.startsWith('zh') && HAN.test(value) ? 'zh-Hans' : undefined)

/** `value` for a template position: in a `<span lang="zh-Hans">` where it has Chinese in it on a screen in another language (a name, an address: text in one language). */
export function markChinese(value: string, lang: string): string | TemplateResult {
  return chineseIn(value, lang) ? html`<span lang="zh-Hans">${value}</span>` : value
}

// A run of Chinese: from a Han character to the last one (or its closing bracket), with the
// digits, spaces and Chinese punctuation between: 青石镇人民路 18 号（青石司法所内）.
const RUN = /(\p{Script=Han}(?:[\p{Script=Han}\p{Nd} \u3000（）()、，。：·-]*[\p{Script=Han}）)])?)/u

/**
 * A sentence in the screen's language that names Chinese (李调解员 is on duty today), for a
 * template position: only each run of Chinese in it marked `lang="zh-Hans"`.
 */
export function markChineseRuns(value: string, lang: string): string | TemplateResult {
  return chineseIn(value, lang) ? html`${value.split(RUN).map((part, i) => (i % 2 ? html`<span lang="zh-Hans">${part}</span>` : part))}` : value
}

/** `localize(text, lang)` for a template position: the county's Chinese, where it wrote no other, marked as Chinese. */
export const localizeHtml = (text: LocalizedText | undefined, lang: string): string | TemplateResult => markChinese(localize(text, lang), lang)

/**
 * `l.t(key, values)` where some values are templates (a county's Chinese name marked as Chinese,
 * a left-to-right range): the translation split around them, for a template position.
 */
export function tHtml(l: LocalizeController, key: string, values: Record<string, unknown>): unknown[] {
  const slots: unknown[] = []
  const options = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v !== null && typeof v === 'object' ? `\uE000${slots.push(v) - 1}\uE000` : v]))
  return l
    .t(key, options)
    .split('\uE000')
    .map((part, i) => (i % 2 ? slots[Number(part)] : part))
}
