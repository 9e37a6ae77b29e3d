import { svg, type SVGTemplateResult } from 'lit'
import { PROBLEMS } from '@workroom/rules/engine'

/**
 * The problem question in everyday categories. `common` ones are shown first with a picture;
 * the rest appear under "more". Keywords (in the locale files) feed the type-to-search box.
 */
export const COMMON_PROBLEMS = [
  'wages',
  'work-injury',
  'traffic-injury',
  'support-payment',
  'divorce',
  'domestic-violence',
  'neighbour',
  'homestead',
  'land-contract',
  'land-acquisition',
  'contract-debt',
  'criminal-defence',
  // Always in sight: a resident who cannot place the problem needs a way on, not "more".
  'other',
] as const

/** Every other problem the engine knows, in its order: one list, kept by the rule engine. */
export const OTHER_PROBLEMS: readonly string[] = PROBLEMS.filter((p) => !(COMMON_PROBLEMS as readonly string[]).includes(p))

const stroke = (d: string): SVGTemplateResult =>
  svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`

/** Simple line pictures for the common problems (decorative; the label carries the meaning). */
export const PROBLEM_ICONS: Partial<Record<string, SVGTemplateResult>> = {
  wages: stroke('M3 7h18v10H3zM12 9.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM6 10v4M18 10v4'),
  'work-injury': stroke('M4 20h16M7 20V9l5-4 5 4v11M10 14h4M12 12v4'),
  'traffic-injury': stroke('M5 16h14l-1.5-5h-11zM7 16v2M17 16v2M8 11l1.5-3h5L16 11'),
  'support-payment': stroke('M8 7a2 2 0 1 0 0-.01M16 8a2 2 0 1 0 0-.01M5 20v-6a3 3 0 0 1 6 0v6M13 20v-5a3 3 0 0 1 6 0v5'),
  divorce: stroke('M7 12a4 4 0 1 0 0-.01M17 12a4 4 0 1 0 0-.01M12 4v16'),
  'domestic-violence': stroke('M4 11l8-6 8 6v9H4zM10 20v-5h4v5M12 9v2'),
  neighbour: stroke('M3 20V11l4-3 4 3v9M13 20v-9l4-3 4 3v9M11 15h2'),
  homestead: stroke('M3 20h18M5 20v-8l7-6 7 6v8M9 20v-5h6v5'),
  'land-contract': stroke('M3 18h18M5 18c1-4 3-6 7-6s6 2 7 6M12 12V6M9 8l3-2 3 2'),
  'land-acquisition': stroke('M4 20h16M6 20V10h12v10M9 10V6h6v4M3 4l18 16'),
  'contract-debt': stroke('M6 3h9l3 3v15H6zM9 9h6M9 13h6M9 17h3'),
  'criminal-defence': stroke('M12 3l8 3v6c0 4-3.5 7.5-8 9-4.5-1.5-8-5-8-9V6zM9 12l2 2 4-4'),
}
