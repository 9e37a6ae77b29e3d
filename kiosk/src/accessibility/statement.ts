import data from './statement.json' with { type: 'json' }

/**
 * The accessibility statement's data: the standards aimed at, how the project tests them (with the
 * test counts, kept current by `npm run accessibility-statement`), what is known not to work yet and
 * what to do meanwhile. The kiosk page and docs/accessibility.md are both generated from it, and a
 * test fails when it goes stale (a count differs, or a known problem's witness is gone).
 */
export interface Text {
  'zh-Hans': string
  en: string
}
export type Measure = 'stories' | 'axe-checks-in-tests' | 'keyboard-test-files' | 'reflow-test-files' | 'live-region-checks' | 'end-to-end-files'
export interface Statement {
  reviewed: string
  standards: { id: string; name: Text; what: Text }[]
  testing: { id: string; what: Text; count?: { measure: Measure; value: number }; evidence?: string }[]
  knownProblems: {
    id: string
    /** The project issue that tracks it, if any. */
    issue?: number
    what: Text
    meanwhile: Text
    /** What shows the problem is still there: a file that contains a string, or a file that does not exist yet. */
    witness: { file: string; contains?: string; exists?: boolean }
  }[]
}

export const statement = data as Statement

/** What a count counts, in words after the figure. */
export const MEASURE_UNITS: Record<Measure, Text> = {
  stories: { 'zh-Hans': '个演示', en: 'stories' },
  'axe-checks-in-tests': { 'zh-Hans': '处检查', en: 'checks' },
  'keyboard-test-files': { 'zh-Hans': '组测试', en: 'test files' },
  'reflow-test-files': { 'zh-Hans': '组测试', en: 'test files' },
  'live-region-checks': { 'zh-Hans': '处检查', en: 'checks' },
  'end-to-end-files': { 'zh-Hans': '组测试', en: 'test files' },
}

/** A testing line with its figure before the full stop: "…自动检查（152 个演示）。" / "…checked (152 stories)." */
export function withCount(t: Statement['testing'][number], lang: string): string {
  const what = textOf(t.what, lang)
  if (!t.count) return what
  const figure = lang === 'en' ? ` (${t.count.value} ${MEASURE_UNITS[t.count.measure].en})` : `（${t.count.value} ${MEASURE_UNITS[t.count.measure]['zh-Hans']}）`
  const stop = /[。.]$/.exec(what)?.[0] ?? ''
  return what.slice(0, what.length - stop.length) + figure + stop
}

export const textOf = (t: Text, lang: string): string => (lang === 'en' ? t.en : t['zh-Hans'])
