/**
 * The resident's session on shared hardware. Anything holding personal state registers a
 * reset listener; `resetSession()` runs them all, so "clear and exit" and the idle reset wipe
 * the same things.
 */
export type ResetReason = 'idle' | 'exit' | 'quick-exit' | 'finished' | 'staff'
type ResetListener = (reason: ResetReason) => void | Promise<void>

const resetListeners = new Set<ResetListener>()

export function onSessionReset(listener: ResetListener): () => void {
  resetListeners.add(listener)
  return () => resetListeners.delete(listener)
}

export interface SessionResetDetail {
  reason: ResetReason
}

/** Wipes every registered piece of session state, then tells the page (`wr-session-reset`). */
export async function resetSession(reason: ResetReason): Promise<void> {
  const results = await Promise.allSettled([...resetListeners].map(async (l) => l(reason)))
  for (const r of results) if (r.status === 'rejected') console.warn('Workroom: a reset step failed', r.reason)
  document.dispatchEvent(
    new CustomEvent<SessionResetDetail>('wr-session-reset', { detail: { reason }, bubbles: true, composed: true }),
  )
}

export interface IdleTimerOptions {
  /** Milliseconds without input before the warning. */
  idleMs: number
  /** Milliseconds the warning lasts before the reset. */
  warningMs: number
  onWarning: (msLeft: number) => void
  onTick?: (msLeft: number) => void
  onTimeout: () => void
  /** Called when input arrives again during the warning is not enough: the resident must confirm. */
  target?: EventTarget
  /** Clock for tests. */
  now?: () => number
}

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const

/**
 * Idle → warning → timeout. During the warning, stray touches do not cancel it (a resident must
 * choose "continue"), so a pocket brushing the screen cannot keep someone's data on show.
 */
export class IdleTimer {
  private timer: ReturnType<typeof setTimeout> | undefined
  private ticker: ReturnType<typeof setInterval> | undefined
  private deadline = 0
  private warning = false
  private running = false
  private readonly onActivity = (): void => {
    if (this.running && !this.warning) this.arm()
  }

  constructor(private options: IdleTimerOptions) {}

  get inWarning(): boolean {
    return this.warning
  }

  start(): void {
    if (this.running) return
    this.running = true
    const target = this.options.target ?? document
    for (const type of ACTIVITY) target.addEventListener(type, this.onActivity, { capture: true, passive: true })
    this.arm()
  }

  stop(): void {
    this.running = false
    this.clear()
    const target = this.options.target ?? document
    for (const type of ACTIVITY) target.removeEventListener(type, this.onActivity, { capture: true })
  }

  /** "Continue": back to a full idle period, data kept. */
  extend(): void {
    if (this.running) this.arm()
  }

  update(options: Partial<IdleTimerOptions>): void {
    this.options = { ...this.options, ...options }
    if (this.running && !this.warning) this.arm()
  }

  private now(): number {
    return this.options.now?.() ?? Date.now()
  }

  private clear(): void {
    clearTimeout(this.timer)
    clearInterval(this.ticker)
    this.warning = false
  }

  private arm(): void {
    this.clear()
    this.timer = setTimeout(() => this.warn(), this.options.idleMs)
  }

  private warn(): void {
    this.warning = true
    this.deadline = this.now() + this.options.warningMs
    this.options.onWarning(this.options.warningMs)
    this.ticker = setInterval(() => {
      const left = Math.max(0, this.deadline - this.now())
      this.options.onTick?.(left)
      if (left <= 0) {
        this.clear()
        this.options.onTimeout()
        if (this.running) this.arm()
      }
    }, 250)
  }
}
