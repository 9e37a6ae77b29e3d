import { html, type TemplateResult } from 'lit'
import { i18n } from '@workroom/core'
import type { Source } from './schema.js'
import { pick } from './pick.js'

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1–9999 in Chinese numerals as statutes write them: 42 → 四十二, 1079 → 一千零七十九. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n > 9999) return String(n)
  const units = ['', '十', '百', '千']
  const digits = String(n).split('').map(Number)
  let out = ''
  let zero = false
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!
    if (d === 0) {
      zero = out !== ''
      return
    }
    if (zero) out += '零'
    zero = false
    out += DIGITS[d]! + unit
  })
  return out.startsWith('一十') ? out.slice(1) : out
}

/** Languages that cite the law by its official Chinese title and say the article in their own words. */
const OWN_ARTICLE_WORDS = new Set(['bo', 'ug'])

/** "དོན་ཚན་ 42 ཚན་པ་ 3" / "42-ماددا 3-تارماق": the article in the resident's words (education locale, drafts). */
function articleWords(source: Source, lang: string): string {
  const t = (key: string, n: number) => i18n.t(`citation.${key}`, { lng: lang, ns: 'education', n }) as string
  return source.item ? `${t('article', source.article)} ${t('item', source.item)}` : t('article', source.article)
}

/** "《法律援助法》第四十二条第三项" / "Legal Aid Law, Art. 42(3)" / "《法律援助法》 དོན་ཚན་ 42 ཚན་པ་ 3". */
export function formatSource(source: Source, lang: string): string {
  if (OWN_ARTICLE_WORDS.has(lang)) return `《${source.law['zh-Hans']}》 ${articleWords(source, lang)}`
  const law = pick(source.law, lang)
  if (lang === 'en') return `${law}, Art. ${source.article}${source.item ? `(${source.item})` : ''}`
  return `《${law}》第${chineseNumber(source.article)}条${source.item ? `第${chineseNumber(source.item)}项` : ''}`
}

/**
 * A citation to show: in Tibetan and Uyghur the law's official Chinese title is marked as Chinese
 * (and isolated, so it reads whole inside right-to-left text), then the article in the resident's words.
 */
export function citeSource(source: Source, lang: string): TemplateResult | string {
  if (!OWN_ARTICLE_WORDS.has(lang)) return formatSource(source, lang)
  return html`<bdi lang="zh-Hans">《${source.law['zh-Hans']}》</bdi> ${articleWords(source, lang)}`
}
