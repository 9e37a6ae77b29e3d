// axe-core in the browser. `import axe from 'axe-core'` has no ESM default there, so the
// minified build is loaded for its side effect and used through window.axe.
import 'axe-core/axe.min.js'
import type { AxeResults, Result, RunOptions, ElementContext } from 'axe-core'

declare global {
  interface Window {
    axe: typeof import('axe-core')
  }
}

/** The conformance target: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const

export interface AxeOptions {
  /** Per-rule switches, e.g. `{ 'color-contrast': { enabled: false } }`. */
  rules?: RunOptions['rules']
}

/** Runs axe on an element (and its shadow trees) or the whole document; returns the violations. */
export async function axeViolations(target: Element | Document = document, options: AxeOptions = {}): Promise<Result[]> {
  const context: ElementContext = target instanceof Document ? target : target
  const results: AxeResults = await window.axe.run(context, {
    runOnly: { type: 'tag', values: [...WCAG_TAGS] },
    resultTypes: ['violations'],
    ...(options.rules ? { rules: options.rules } : {}),
  })
  return results.violations
}

/** One readable block per violation: rule id, impact, help, and each offending node's target. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `      at ${JSON.stringify(n.target)}${n.failureSummary ? `\n        ${n.failureSummary.split('\n').join('\n        ')}` : ''}`)
      return `  - ${v.id} [${v.impact ?? 'n/a'}]: ${v.help}\n      ${v.helpUrl}\n${nodes.join('\n')}`
    })
    .join('\n')
}

/** Fails with a readable list when axe finds any WCAG A/AA violation. */
export async function expectNoAxeViolations(target: Element | Document = document, options: AxeOptions = {}): Promise<void> {
  const violations = await axeViolations(target, options)
  if (violations.length) {
    throw new Error(`${violations.length} accessibility violation(s):\n${formatViolations(violations)}`)
  }
}
