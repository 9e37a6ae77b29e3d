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

/** "《法律援助法》第四十二条第三项" / "Legal Aid Law, Art. 42(3)". */
export function formatSource(source: Source, lang: string): string {
  const law = pick(source.law, lang)
  if (lang === 'en') return `${law}, Art. ${source.article}${source.item ? `(${source.item})` : ''}`
  return `《${law}》第${chineseNumber(source.article)}条${source.item ? `第${chineseNumber(source.item)}项` : ''}`
}
