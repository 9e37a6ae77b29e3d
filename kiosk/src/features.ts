import { html, svg, type TemplateResult } from 'lit'
import { ifDefined } from 'lit/directives/if-defined.js'
import type { ContentPack } from '@workroom/education'
import { localize } from '@workroom/booking/config'
import type { WorkroomConfig } from './config.js'
import { hereToday, renderDirectory, type DirectoryHandover } from './directory.js'

/**
 * What the home screen offers. A feature appears here only once its package has landed — the
 * kiosk never shows a tile that leads to a placeholder.
 */
export interface KioskFeature {
  id: 'screening' | 'booking' | 'education' | 'directory'
  /** Key in the kiosk namespace for the tile's title and description. */
  titleKey: string
  descriptionKey: string
  icon: TemplateResult | ReturnType<typeof svg>
  /** Loads and defines the feature's elements (a separate chunk, loaded on first use). */
  load: (config?: WorkroomConfig) => Promise<unknown>
  /** Whether the feature can run with this config (booking needs the workroom's services). */
  available?: (config?: WorkroomConfig) => boolean
  /** The feature's screen. `go` switches to another feature (e.g. screening → booking). */
  render: (ctx: FeatureContext) => TemplateResult
}

export interface FeatureContext {
  lang: string
  elder: boolean
  officeName: string
  officeAddress: string
  region: string
  /** The local figures for the region's hardship line, from the workroom config (yuan per person per month). */
  hardship: { dibaoMonthly?: number; minimumWageMonthly?: number; disposableIncomeMonthly?: number }
  go: (id: KioskFeature['id'] | 'home', data?: unknown) => void
  /** Data handed over by another feature, with the resident's consent. */
  handover?: unknown
  /** The validated content pack for the library. */
  content?: ContentPack
  /** The running workroom config (its directory, workroom and board). */
  config?: WorkroomConfig
}

/** The screener's local figures from the config (its `hardshipFigures`, amounts only): they become attributes. */
export function hardshipAttributes(c: WorkroomConfig | undefined): FeatureContext['hardship'] {
  const out: FeatureContext['hardship'] = {}
  for (const [k, f] of Object.entries(c?.hardshipFigures ?? {})) if (f) out[k as keyof FeatureContext['hardship']] = f.amount
  return out
}

const stroke = (d: string) => svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`

export const screening: KioskFeature = {
  id: 'screening',
  titleKey: 'tiles.screening.title',
  descriptionKey: 'tiles.screening.description',
  icon: stroke('M9 11l2 2 4-4M12 3l8 3v6c0 4-3.5 7.5-8 9-4.5-1.5-8-5-8-9V6z'),
  load: () => import('@workroom/screening/define'),
  render: (ctx) => html`<wr-aid-screener
    kiosk
    ?elder=${ctx.elder}
    region=${ctx.region}
    dibao-monthly=${ifDefined(ctx.hardship.dibaoMonthly)}
    minimum-wage-monthly=${ifDefined(ctx.hardship.minimumWageMonthly)}
    disposable-income-monthly=${ifDefined(ctx.hardship.disposableIncomeMonthly)}
    office-name=${ctx.officeName}
    office-address=${ctx.officeAddress}
    .directory=${ctx.config?.directory}
    here=${ctx.config?.workroom.directoryId ?? ''}
    .hereToday=${hereToday(ctx.config, Date.now(), ctx.lang)}
    directory-href=${ctx.config?.directory ? '#directory' : ''}
    @wr-screening-place-request=${(e: CustomEvent<{ entry: string }>) => {
      e.preventDefault()
      ctx.go('directory', { entry: e.detail.entry } satisfies DirectoryHandover)
    }}
    @wr-screening-exit=${() => ctx.go('home')}
    @wr-screening-book=${(e: CustomEvent<ScreeningHandover>) => {
      e.preventDefault()
      ctx.go('booking', e.detail)
    }}
  ></wr-aid-screener>`,
}

/**
 * What screening hands to booking, only after the resident ticked it: the problem type and the
 * outcome become the service and a note for staff. Nothing personal is involved.
 */
export interface ScreeningHandover {
  outcome: string
  problem?: string
  urgent?: boolean
  routes: string[]
}

const AID_OUTCOMES = ['mandatory-appointment', 'eligible-no-means-test', 'eligible-means-waived', 'likely-eligible', 'likely-ineligible-means']

export function bookingPrefill(h: ScreeningHandover | undefined): { serviceId?: string; notes?: string } | undefined {
  if (!h) return undefined
  const parts = [
    h.problem ? `problem: ${h.problem}` : '',
    h.routes.length ? `outcome: ${h.outcome}` : '',
    h.urgent ? 'urgent: deadline or preservation' : '',
  ].filter(Boolean)
  return {
    ...(h.routes.length && AID_OUTCOMES.includes(h.outcome) ? { serviceId: 'legal-aid' } : h.routes.length ? { serviceId: 'adviser' } : {}),
    ...(parts.length ? { notes: `自测：${parts.join('; ')}` } : {}),
  }
}

let bookingRuntime: { provider: unknown; config: unknown; version: string } | undefined

/** The kiosk's booking provider: one for the kiosk's life (bookings are the workroom's records and outlive sessions), renewed when the config changes. */
export function bookingProvider(): unknown {
  return bookingRuntime?.provider
}

export const booking: KioskFeature = {
  id: 'booking',
  titleKey: 'tiles.booking.title',
  descriptionKey: 'tiles.booking.description',
  icon: stroke('M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h3M8 17h6'),
  available: (config) => config !== undefined,
  load: async (config) => {
    if (!config) return
    const [, mod] = await Promise.all([import('@workroom/booking/define'), import('@workroom/booking')])
    if (bookingRuntime?.version !== config.version) {
      bookingRuntime = { provider: new mod.LocalProvider({ config: config.booking }), config: config.booking, version: config.version }
    }
  },
  render: (ctx) => html`<wr-booking
    kiosk
    ?elder=${ctx.elder}
    .provider=${bookingRuntime?.provider}
    .config=${bookingRuntime?.config}
    .prefill=${bookingPrefill(ctx.handover as ScreeningHandover | undefined)}
    office-name=${ctx.config ? localize(ctx.config.workroom.name, ctx.lang) : ''}
    office-address=${ctx.config ? localize(ctx.config.workroom.address, ctx.lang) : ''}
    office-phone=${ctx.config?.workroom.phone ?? ''}
  ></wr-booking>`,
}

export const education: KioskFeature = {
  id: 'education',
  titleKey: 'tiles.education.title',
  descriptionKey: 'tiles.education.description',
  icon: stroke('M4 5h6a2 2 0 0 1 2 2v12a2 2 0 0 0-2-2H4zM20 5h-6a2 2 0 0 0-2 2v12a2 2 0 0 1 2-2h6z'),
  load: () => import('@workroom/education/define'),
  // Case stories lead on to the screener or to booking.
  render: (ctx) => html`<wr-library
    kiosk
    ?elder=${ctx.elder}
    .pack=${ctx.content}
    @wr-education-open-screener=${() => ctx.go('screening')}
    @wr-education-open-booking=${() => ctx.go('booking')}
  ></wr-library>`,
}

/** Where to go: the county's legal service places (from the config's `directory`). */
export const directory: KioskFeature = {
  id: 'directory',
  titleKey: 'tiles.directory.title',
  descriptionKey: 'tiles.directory.description',
  icon: stroke('M12 21s-7-6.1-7-11.5A7 7 0 0 1 19 9.5C19 14.9 12 21 12 21zM12 12a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z'),
  available: (config) => config?.directory !== undefined,
  load: () => import('@workroom/directory/define'),
  render: (ctx) => renderDirectory(ctx.config, ctx.elder, ctx.handover as DirectoryHandover | undefined),
}

export const features: KioskFeature[] = [screening, booking, education, directory]
