const DIGITS = '零一二三四五六七八九'

/** 31 → 三十一, 105 → 一百零五: how articles are numbered in Chinese law. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n)
  if (n < 10) return DIGITS[n]!
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`
  const units = ['', '十', '百', '千']
  const s = String(n)
  let out = ''
  let zero = false
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i])
    const unit = units[s.length - 1 - i]!
    if (d === 0) {
      zero = true
      continue
    }
    if (zero && out) out += '零'
    zero = false
    out += DIGITS[d] + unit
  }
  return out
}

export interface Citation {
  law: string
  article: number
  item?: number
}

/** Says an article number in the resident's words ("དོན་ཚན་ 31", "31-ماددا"), from the screener's strings. */
export type ArticleWords = (key: 'article' | 'item', n: number) => string

/**
 * 《法律援助法》第三十一条第（五）项 · Legal Aid Law, Art. 31(5). Tibetan and Uyghur keep the law's
 * official Chinese title (no reviewed translation of it exists) and say the article in their own
 * words when `words` is given: 《法律援助法》 31-ماددا 5-تارماق.
 */
export function formatCitation(c: Citation, lawName: string, lang: string, words?: ArticleWords): string {
  if (words && (lang === 'bo' || lang === 'ug')) return `《${lawName}》 ${articleIn(c, words)}`
  if (lang !== 'en') {
    return `《${lawName}》第${chineseNumber(c.article)}条${c.item ? `第（${chineseNumber(c.item)}）项` : ''}`
  }
  return `${lawName}, Art. ${c.article}${c.item ? `(${c.item})` : ''}`
}

/** The article (and item) in the resident's words. */
export function articleIn(c: Citation, words: ArticleWords): string {
  return c.item ? `${words('article', c.article)} ${words('item', c.item)}` : words('article', c.article)
}
