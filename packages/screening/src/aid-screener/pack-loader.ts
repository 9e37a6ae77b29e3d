// Which rules the screener uses: the national rules, with their words for the result pages in the
// resident's language, and a region's overlay with the page's local figures. The newest request
// wins; a region that cannot be applied falls back to the national rules and says why.
import { withCleanPrototypes, withCleanPrototypesAsync, type Language } from '@workroom/core'
import type { HardshipParams, RulePack } from '@workroom/rules/engine'
import { loadEngine } from './engine.js'

/** What a pack is loaded for. */
export interface PackRequest {
  /** Region overlay ('' = national rules only). */
  region: string
  params: HardshipParams
  /** The language of the pack's words. */
  lang: Language
  /** Whether the pack's words are wanted yet: not for the questions, only for the result pages. */
  wantsText: boolean
}

/** Where the loader sends its results. */
export interface PackSink {
  use(pack: RulePack): void
  /** A configuration problem for the debug notice (`log`: also written to the console). */
  report(problem: string, log: boolean): void
}

/** Regions already reported as due for checking on this page: once is enough for the webmaster. */
const reportedDue = new Set<string>()

export class PackLoader {
  private request = 0
  /** The load in progress (resolved when none is). */
  current: Promise<void> = Promise.resolve()

  constructor(private readonly sink: PackSink) {}

  /** Starts loading for these settings; an earlier load still running is dropped. */
  load(req: PackRequest): Promise<void> {
    this.current = this.run(req)
    return this.current
  }

  private async run({ region, params, lang, wantsText }: PackRequest): Promise<void> {
    const request = ++this.request
    const current = () => request === this.request
    const { loadRegion, nationalPackIn, nationalRules } = await loadEngine()
    if (!current()) return
    // The national rules need no more: their words load only for the result pages.
    if (!region && !wantsText) {
      this.sink.use(nationalRules)
      return
    }
    const base = await nationalPackIn(lang)
    if (!current()) return
    if (!region) {
      this.sink.use(base)
      return
    }
    const tag = `<wr-aid-screener region="${region}">`
    try {
      // The validator (zod) and the overlay load only when a region is asked for, out of reach
      // of a page's prototype extensions (zod builds its schemas as the module loads).
      const [raw, { overlay, figureDiagnostics }] = await withCleanPrototypesAsync(() => Promise.all([loadRegion(region, lang), import('@workroom/rules/load')]))
      if (!current()) return
      // The webmaster or staff must fix a missing figure, not the resident: the screen goes on with the
      // region's extra matters and exemptions, and leaves the money check to the agency (LAL 41), as nationally.
      const d = withCleanPrototypes(() => figureDiagnostics(base, raw, params))
      if (d.missing) {
        console.error(`${tag}: ${d.missing}`)
        this.sink.report(`${tag}: ${d.missing}`, false)
      }
      if (d.due && !reportedDue.has(region)) {
        reportedDue.add(region)
        console.warn(`${tag}: ${d.due}`)
      }
      this.sink.use(withCleanPrototypes(() => overlay(base, raw, params, { withoutMissingFigure: true })))
    } catch (e) {
      if (!current()) return
      // A region that is not shipped, or a figure that is not a positive amount: the national rules
      // still give a true result (overlays only add), and the page's author is told what to fix.
      const message = (e as Error).message
      console.error(`${tag}: ${message} — screening with the national rules.`)
      this.sink.use(base)
      void import('./embed-check.js').then((m) => this.sink.report(m.regionProblem(region, message), false))
    }
  }
}
