import { html, type TemplateResult } from 'lit'
import type { PictureId } from '@workroom/core/illustrations'
import { i18n } from '@workroom/core'
import { ifDefined } from 'lit/directives/if-defined.js'
import type { ContentPack } from '@workroom/education'
import { localize } from '@workroom/booking/config'
import type { WorkroomConfig } from './config.js'
import { hereToday, renderDirectory, type DirectoryHandover } from './directory.js'
import { applicationOptions, loadApplications } from './applications.js'
import kioskPackage from '../package.json' with { type: 'json' }

/**
 * What the home screen offers. A feature appears here only once its package has landed — the
 * kiosk never shows a tile that leads to a placeholder.
 */
export interface KioskFeature {
  id: 'screening' | 'booking' | 'education' | 'directory'
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
  /** The running workroom config (its directory, workroom and board). */
  config?: WorkroomConfig
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
  load: (config) => Promise.all([import('@workroom/screening/define'), loadApplications(config, kioskPackage.version)]),
  render: (ctx) => html`<wr-aid-screener
    kiosk
    ?elder=${ctx.elder}
    region=${ctx.region}
    dibao-monthly=${ifDefined(ctx.hardship.dibaoMonthly)}
    minimum-wage-monthly=${ifDefined(ctx.hardship.minimumWageMonthly)}
    disposable-income-monthly=${ifDefined(ctx.hardship.disposableIncomeMonthly)}
    office-name=${ctx.officeName}
    office-address=${ctx.officeAddress}
    .application=${applicationOptions(ctx.config)}
    .directory=${ctx.config?.directory}
    here=${ctx.config?.workroom.directoryId ?? ''}
    .hereToday=${hereToday(ctx.config, Date.now(), ctx.lang)}
    directory-href=${ctx.config?.directory ? '#directory' : ''}
    @wr-screening-place-request=${(e: CustomEvent<{ entry: string }>) => {
      e.preventDefault()
      ctx.go('directory', { entry: e.detail.entry } satisfies DirectoryHandover)
    }}
    @wr-screening-exited=${() => ctx.go('home')}
    @wr-screening-book-request=${(e: CustomEvent<ScreeningHandover>) => {
      e.preventDefault()
      ctx.go('booking', e.detail)
    }}
  ></wr-aid-screener>`,
}

/**
 * What screening hands to booking, after the resident agreed on the screener's one consent page:
 * the kind of service the result recommends (always), and only the ticked problem, outcome and
 * urgency, which become a note for staff in plain words.
 */
export interface ScreeningHandover {
  recommends?: 'legal-aid' | 'mediation' | 'legal-consultation'
  outcome: string
  problem?: string
  urgent?: boolean
  routes: string[]
}

/** A service of the county's own config, by what it is: legal aid falls back to a consultation. */
function serviceFor(kind: ScreeningHandover['recommends'], services: readonly { id: string; kind: string }[]): string | undefined {
  if (!kind) return undefined
  const order = kind === 'legal-aid' ? ['legal-aid', 'legal-consultation'] : kind === 'mediation' ? ['mediation', 'legal-consultation'] : ['legal-consultation']
  for (const k of order) {
    const s = services.find((x) => x.kind === k)
    if (s) return s.id
  }
  return undefined
}

/**
 * What booking starts from: the county's service for the recommendation and a note for staff in
 * the words staff read (the screener's own, in Chinese), never developer codes. `agreed`: the
 * screener already asked, so booking does not ask a second time.
 */
export function bookingPrefill(h: ScreeningHandover | undefined, services: readonly { id: string; kind: string }[] = []): { serviceId?: string; notes?: string; agreed: true } | undefined {
  if (!h) return undefined
  const say = (key: string) => i18n.t(key, { lng: 'zh-Hans', defaultValue: '' })
  const parts = [
    h.problem ? say(`screening:options.problem.${h.problem}`) : '',
    h.routes.length ? say(`kiosk:handoverOutcome.${h.outcome}`) : '',
    h.urgent ? say('screening:result.urgentShort') : '',
  ].filter(Boolean)
  const serviceId = serviceFor(h.recommends, services)
  return {
    ...(serviceId ? { serviceId } : {}),
    ...(parts.length ? { notes: `${say('kiosk:handoverNote')}${parts.join('；')}` } : {}),
    agreed: true,
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
    .prefill=${bookingPrefill(ctx.handover as ScreeningHandover | undefined, (bookingRuntime?.config as { services?: { id: string; kind: string }[] } | undefined)?.services ?? [])}
    office-name=${ctx.config ? localize(ctx.config.workroom.name, ctx.lang) : ''}
    office-address=${ctx.config ? localize(ctx.config.workroom.address, ctx.lang) : ''}
    office-phone=${ctx.config?.workroom.phone ?? ''}
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
    @wr-education-screener-request=${() => ctx.go('screening')}
    @wr-education-booking-request=${() => ctx.go('booking')}
  ></wr-library>`,
}

/** Where to go: the county's legal service places (from the config's `directory`). */
export const directory: KioskFeature = {
  id: 'directory',
  titleKey: 'tiles.directory.title',
  descriptionKey: 'tiles.directory.description',
  picture: 'village',
  available: (config) => config?.directory !== undefined,
  load: () => import('@workroom/directory/define'),
  render: (ctx) => renderDirectory(ctx.config, ctx.elder, ctx.handover as DirectoryHandover | undefined),
}

export const features: KioskFeature[] = [screening, booking, education, directory]
