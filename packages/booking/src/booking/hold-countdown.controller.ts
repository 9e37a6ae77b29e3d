import type { ReactiveController, ReactiveControllerHost } from 'lit'

export type HoldPhase = 'idle' | 'running' | 'last-minute' | 'expired'
/** What a live region should say now: set when the hold starts and when one minute is left, nothing in between. */
export type HoldAnnouncement = '' | 'start' | 'last-minute'

/**
 * Counts down a held place. Screen readers hear it twice (when the hold starts and when one minute
 * is left), never every second; the host is told once when it lapses.
 */
export class HoldCountdown implements ReactiveController {
  /** Milliseconds left; 0 once lapsed. */
  msLeft = 0
  phase: HoldPhase = 'idle'
  announcement: HoldAnnouncement = ''
  /** Minutes left when the start was announced (the announcement must not change as time passes). */
  announcedMinutes = 0
  private expiresAt = 0
  private timer?: ReturnType<typeof setInterval>

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's clock (ms): a fixed `now` in demos and tests, which they move by hand. */
    private readonly clock: () => number,
    private readonly onExpire: () => void,
  ) {
    host.addController(this)
  }

  /** Starts counting to `expiresAt` (ms); a hold already counted keeps its phase. */
  start(expiresAt: number): void {
    if (expiresAt === this.expiresAt && this.phase !== 'idle') return
    this.expiresAt = expiresAt
    this.phase = 'running'
    this.announcement = ''
    this.msLeft = Math.max(0, expiresAt - this.clock())
    this.schedule()
    // After the host has rendered: a live region must be in the page before its text changes.
    void this.host.updateComplete.then(() => {
      if (this.phase !== 'running' || this.expiresAt !== expiresAt) return
      this.announcement = 'start'
      this.announcedMinutes = this.minutesLeft
      this.host.requestUpdate()
    })
    this.tick()
  }

  stop(): void {
    this.phase = 'idle'
    this.announcement = ''
    this.expiresAt = 0
    this.msLeft = 0
    this.unschedule()
  }

  /** Whole minutes left, rounded up (what the resident reads). */
  get minutesLeft(): number {
    return Math.ceil(this.msLeft / 60_000)
  }

  /** Re-reads the clock; the host calls it when its fixed `now` moves. */
  tick(): void {
    if (this.phase === 'idle' || this.phase === 'expired') return
    const left = Math.max(0, this.expiresAt - this.clock())
    const before = this.msLeft
    this.msLeft = left
    if (left === 0) {
      this.phase = 'expired'
      this.announcement = ''
      this.unschedule()
      this.host.requestUpdate()
      this.onExpire()
      return
    }
    if (left <= 60_000 && this.phase !== 'last-minute') {
      this.phase = 'last-minute'
      this.announcement = 'last-minute'
      this.host.requestUpdate()
    }
    if (Math.ceil(before / 1000) !== Math.ceil(left / 1000)) this.host.requestUpdate()
  }

  hostConnected(): void {
    if (this.phase !== 'idle' && this.phase !== 'expired') this.schedule()
  }

  hostDisconnected(): void {
    this.unschedule()
  }

  private schedule(): void {
    this.timer ??= setInterval(() => this.tick(), 1000)
  }

  private unschedule(): void {
    if (this.timer !== undefined) clearInterval(this.timer)
    this.timer = undefined
  }
}
