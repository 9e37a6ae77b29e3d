// Regional figures and their review dates (LAL 34: each province sets the hardship standard and
// adjusts it over time). No validator here: the staff screen and the CLI read shipped overlays.
import type { RegionOverlay } from './schema.js'
import type { HardshipParams, Localized } from './types.js'

/** What each hardship basis needs from HardshipParams when the overlay does not carry the figure. */
export const BASIS_PARAM = {
  dibao: 'dibaoMonthly',
  'minimum-wage': 'minimumWageMonthly',
  'disposable-income': 'disposableIncomeMonthly',
} as const satisfies Record<string, keyof HardshipParams>

export const BASIS_NAME: Record<keyof typeof BASIS_PARAM, Localized> = {
  dibao: { 'zh-Hans': '当地低保标准', en: 'the local 低保 (minimum living allowance) amount' },
  'minimum-wage': { 'zh-Hans': '当地月最低工资标准', en: 'the local monthly minimum wage' },
  'disposable-income': { 'zh-Hans': '上一年城镇居民月人均可支配收入', en: "last year's urban disposable income per head per month" },
}

/** Where a local figure passed in `HardshipParams` comes from, so it can be reported when due for checking. */
export interface FigureInfo {
  source?: string
  effectiveFrom?: string
  reviewBy?: string
}

export interface FigureReview {
  /** 'standard': the region's rule for the line (e.g. 2 × 低保); 'figure': the local amount it is built from. */
  kind: 'standard' | 'figure'
  region: string
  /** What it is, in words. */
  name: Localized
  /** The parameter (and, kebab-cased, the screener attribute) that supplies a figure. */
  param?: keyof HardshipParams
  factor?: number
  /** Yuan per person per month: the base figure ('figure') or the line ('standard'), when known. */
  amount?: number
  source?: string
  effectiveFrom?: string
  reviewBy?: string
  /**
   * ok: to be checked again later; due: its review date has passed (it still applies, but check it);
   * missing: a figure the host must give and has not; undated: a host figure without a review date.
   */
  status: 'ok' | 'due' | 'missing' | 'undated'
}

/** Today in Beijing time, as the overlays' dates are written (YYYY-MM-DD). */
export function todayInChina(now = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10)
}

/** Whether a review date (2024-03-10, 2024-03 or 2024) has been reached on `today`. */
export function isDue(reviewBy: string, today: string): boolean {
  return reviewBy.length === 10 ? reviewBy < today : today.slice(0, reviewBy.length) >= reviewBy
}

/** The kebab-case attribute of <wr-aid-screener> for a parameter: dibaoMonthly → dibao-monthly. */
export function paramAttribute(param: keyof HardshipParams): string {
  return param.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
}

/**
 * Every figure a region's hardship line rests on, with its source, the date it took effect, when to
 * check it again, and whether that date has passed. `params`/`figure` are what the host gives.
 */
export function reviewFigures(o: RegionOverlay, params: HardshipParams = {}, figure: FigureInfo = {}, today = todayInChina()): FigureReview[] {
  const mt = o.meansTest
  if (mt === undefined) return []
  const param = BASIS_PARAM[mt.basis]
  const given = params[param]
  const base = mt.figureName ?? BASIS_NAME[mt.basis]
  const line = given !== undefined ? mt.factor * given : mt.line ?? (mt.amount !== undefined ? mt.factor * mt.amount : undefined)
  const out: FigureReview[] = [
    {
      kind: 'standard',
      region: o.region,
      name: { 'zh-Hans': `经济困难标准：家庭每人每月收入不超过 ${mt.factor} × ${base['zh-Hans']}`, en: `Hardship line: household income per person per month at most ${mt.factor} × ${base.en}` },
      factor: mt.factor,
      ...(line !== undefined ? { amount: Math.round(line * 100) / 100 } : {}),
      source: mt.source,
      effectiveFrom: mt.effectiveFrom,
      reviewBy: mt.reviewBy,
      status: isDue(mt.reviewBy, today) ? 'due' : 'ok',
    },
  ]
  if (given !== undefined) {
    out.push({
      kind: 'figure',
      region: o.region,
      name: base,
      param,
      amount: given,
      ...figure,
      status: figure.reviewBy === undefined ? 'undated' : isDue(figure.reviewBy, today) ? 'due' : 'ok',
    })
  } else if (mt.line === undefined && mt.amount === undefined) {
    out.push({ kind: 'figure', region: o.region, name: base, param, status: 'missing' })
  }
  return out
}
