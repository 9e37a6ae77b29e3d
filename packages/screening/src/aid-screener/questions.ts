// How number facts are asked by tap rather than by typing (shared with the benchmark), and the
// figures a question's words need.
import type { Facts, RulePack } from '@workroom/rules/engine'

/** Household sizes offered as cards ("1 口人" … "8 口人"); a larger household types its size. */
export const HOUSEHOLD_SIZE_TAPS = 8

/** The typed form a resident may choose instead of a tap question ("我知道具体金额，自己填"). */
export const TYPED_FORM: Readonly<Record<string, string>> = {
  'household.incomeWithinLine': 'household.monthlyIncome',
}

/**
 * What a question's words are filled with: for the income tap, the household's size and its line
 * in yuan (the pack's line × size), "您家 3 口人，每月总收入有没有超过 7,776 元？".
 */
export function questionParams(fact: string, pack: RulePack, facts: Facts, format: (n: number) => string): Record<string, string | number> {
  if (fact !== 'household.incomeWithinLine') return {}
  const size = facts['household.size']
  const line = pack.meansTest?.line
  if (typeof size !== 'number' || line === undefined) return {}
  return { size, amount: format(Math.round(line * size * 100) / 100) }
}
