// What the staff dashboard shows, loaded when staff sign in: the outbox count, the last 30 days'
// usage, the health checks and the region's hardship figures. One object, so signing out is one
// assignment and nothing of one sign-in is left for the next.
import type { BookingProvider } from '@workroom/booking/contract'
import type { LocalizedText } from '@workroom/core'
import { loadRegion, reviewFigures, todayInChina, type FigureReview, type RegionOverlay } from '@workroom/rules/engine'
import type { WorkroomConfig } from '../config.js'
import { runHealthChecks, type HealthCheck } from './health.js'
import { USAGE_KINDS, readUsage, shiftDay, usageDay, type UsageReport } from './stats.js'

/** The booking provider as the staff screen uses it: the desk's contract, plus the local outbox when there is one. */
export type StaffProvider = BookingProvider & {
  pendingCount?(): Promise<number>
  pendingOutbox?(): Promise<unknown[]>
}

/** The region's hardship standard and figure with their review dates; null when the config names no region. */
export type FigureState = { region: string; list: FigureReview[]; partial?: LocalizedText | undefined } | null

export const PERIOD_DAYS = 30

/** The usage period ending today (Shanghai days). */
export function usagePeriod(now: number): { from: string; to: string } {
  const to = usageDay(now)
  return { from: shiftDay(to, -(PERIOD_DAYS - 1)), to }
}

export class StaffDashboard {
  /** Bookings waiting in the outbox; null when the provider cannot say; undefined while loading. */
  pending?: number | null
  /** Legal-aid applications waiting on this device; undefined when the host cannot say. */
  applications?: number
  usage?: UsageReport
  health?: HealthCheck[]
  figures?: FigureState
  /** Chart or table. */
  showTable = false

  /** `changed`: render again. */
  constructor(private readonly changed: () => void) {}

  async loadPending(p: StaffProvider | undefined, applications?: () => Promise<number>): Promise<void> {
    try {
      this.applications = applications ? await applications() : undefined
    } catch {
      this.applications = undefined
    }
    try {
      if (p?.pendingCount) this.pending = await p.pendingCount()
      else if (p?.pendingOutbox) this.pending = (await p.pendingOutbox()).length
      else this.pending = null
    } catch {
      this.pending = null
    }
    this.changed()
  }

  async loadUsage(now: number): Promise<void> {
    const { from, to } = usagePeriod(now)
    try {
      this.usage = await readUsage(from, to)
    } catch {
      this.usage = { from, to, totals: Object.fromEntries(USAGE_KINDS.map((k) => [k, {}])) as UsageReport['totals'], days: [] }
    }
    this.changed()
  }

  async checkHealth(source: HealthCheck[] | (() => Promise<HealthCheck[]>) | undefined, defaults: { swStatus: string; config?: WorkroomConfig | undefined; now: number }): Promise<void> {
    this.health = undefined
    this.changed()
    try {
      this.health = Array.isArray(source)
        ? source
        : source
          ? await source()
          : await runHealthChecks({ swStatus: defaults.swStatus, ...(defaults.config ? { printer: defaults.config.printer } : {}), now: defaults.now })
    } catch {
      this.health = []
    }
    this.changed()
  }

  /** Reads the shipped overlay for the config's region: LAL 34 standards change, so staff see when to check them. */
  async loadFigures(c: WorkroomConfig | undefined, now: number): Promise<void> {
    if (!c?.region) {
      this.figures = null
      this.changed()
      return
    }
    try {
      const o = (await loadRegion(c.region)) as RegionOverlay
      const [entry] = Object.entries(c.hardshipFigures ?? {}).filter(([, f]) => f !== undefined)
      const params = entry ? { [entry[0]]: entry[1]!.amount } : {}
      const info = entry ? { source: entry[1]!.source, effectiveFrom: entry[1]!.effectiveFrom, reviewBy: entry[1]!.reviewBy } : {}
      this.figures = { region: c.region, list: reviewFigures(o, params, info, todayInChina(now)), partial: o.partial }
    } catch {
      this.figures = { region: c.region, list: [] }
    }
    this.changed()
  }
}
