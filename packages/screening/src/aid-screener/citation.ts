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

/**
 * 《法律援助法》第三十一条第（五）项 · Legal Aid Law, Art. 31(5). Tibetan and Uyghur cite in the
 * Chinese form: the law's official title and numbering are Chinese until a reviewed translation gives others.
 */
export function formatCitation(c: Citation, lawName: string, lang: string): string {
  if (lang !== 'en') {
    return `《${lawName}》第${chineseNumber(c.article)}条${c.item ? `第（${chineseNumber(c.item)}）项` : ''}`
  }
  return `${lawName}, Art. ${c.article}${c.item ? `(${c.item})` : ''}`
}
