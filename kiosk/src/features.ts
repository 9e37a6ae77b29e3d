import { html, type TemplateResult } from 'lit'
import type { PictureId } from '@workroom/core/illustrations'
import { ifDefined } from 'lit/directives/if-defined.js'
import type { ContentPack } from '@workroom/education'
import type { WorkroomConfig } from './config.js'

/**
 * What the home screen offers. A feature appears here only once its package has landed — the
 * kiosk never shows a tile that leads to a placeholder.
 */
export interface KioskFeature {
  id: 'screening' | 'booking' | 'education'
  /** Key in the kiosk namespace for the tile's title and description. */
  titleKey: string
  descriptionKey: string
  /** The tile's picture, from the shared illustration set. */
  picture: PictureId
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
}

/** The screener's local figures from the config (its `hardshipFigures`, amounts only): they become attributes. */
export function hardshipAttributes(c: WorkroomConfig | undefined): FeatureContext['hardship'] {
  const out: FeatureContext['hardship'] = {}
  for (const [k, f] of Object.entries(c?.hardshipFigures ?? {})) if (f) out[k as keyof FeatureContext['hardship']] = f.amount
  return out
}

export const screening: KioskFeature = {
  id: 'screening',
  titleKey: 'tiles.screening.title',
  descriptionKey: 'tiles.screening.description',
  picture: 'legal-aid',
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
  picture: 'appointment',
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
  ></wr-booking>`,
}

export const education: KioskFeature = {
  id: 'education',
  titleKey: 'tiles.education.title',
  descriptionKey: 'tiles.education.description',
  picture: 'study-group',
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

export const features: KioskFeature[] = [screening, booking, education]
