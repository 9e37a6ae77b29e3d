import type { ReactiveController, ReactiveControllerHost } from 'lit'

export interface LongPressOptions {
  /** The part of the host's shadow root that takes the press (e.g. '.brand'); the whole host when absent. */
  selector?: string
  /** How long the pointer must stay down, in ms (default 3000). A function is read at each press. */
  duration?: number | (() => number)
  /** How far the pointer may drift, in CSS px, before the press is abandoned (default 10). */
  tolerance?: number
  /**
   * The keyboard route for staff with a keyboard: Ctrl+Alt+S anywhere on the page (by physical key,
   * so it works whatever layout or IME is active). On by default; false turns it off.
   */
  keyboard?: boolean
}

/**
 * A hidden entry: fires after a pointer is held still on the host (or the part of it named by
 * `selector`) for `duration` ms, and on Ctrl+Alt+S. Nothing is shown while holding, so residents see
 * no hint that the entry exists; the PIN behind it is the real guard.
 *
 * A press is abandoned when the pointer lifts, leaves, is cancelled (the browser took it for a
 * scroll) or moves more than `tolerance` px; only the primary pointer counts, so a second finger
 * does not start or keep a press.
 */
export class LongPress implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined
  private start: { x: number; y: number; id: number } | undefined
  private pressed: HTMLElement | undefined

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onLongPress: () => void,
    private readonly options: LongPressOptions = {},
  ) {
    host.addController(this)
  }

  hostConnected(): void {
    this.host.addEventListener('pointerdown', this.onDown)
    if (this.options.keyboard !== false) this.host.ownerDocument.addEventListener('keydown', this.onKey)
  }

  hostDisconnected(): void {
    this.cancel()
    this.host.removeEventListener('pointerdown', this.onDown)
    this.host.ownerDocument.removeEventListener('keydown', this.onKey)
  }

  /** Whether a press is under way (for tests). */
  get pressing(): boolean {
    return this.timer !== undefined
  }

  private duration(): number {
    const d = this.options.duration
    return typeof d === 'function' ? d() : (d ?? 3000)
  }

  /** The element that takes the press, or undefined when the press started elsewhere. */
  private target(e: Event): HTMLElement | undefined {
    if (!this.options.selector) return this.host
    const root = this.host.shadowRoot ?? this.host
    const el = root.querySelector<HTMLElement>(this.options.selector)
    return el && e.composedPath().includes(el) ? el : undefined
  }

  private readonly onDown = (e: PointerEvent): void => {
    if (!e.isPrimary || e.button !== 0) {
      this.cancel()
      return
    }
    const target = this.target(e)
    if (!target) return
    this.cancel()
    this.start = { x: e.clientX, y: e.clientY, id: e.pointerId }
    this.pressed = target
    const win = this.host.ownerDocument.defaultView ?? window
    win.addEventListener('pointermove', this.onMove, true)
    win.addEventListener('pointerup', this.onEnd, true)
    win.addEventListener('pointercancel', this.onEnd, true)
    target.addEventListener('pointerleave', this.onEnd)
    this.timer = setTimeout(() => {
      this.cancel()
      this.onLongPress()
    }, this.duration())
  }

  private readonly onMove = (e: PointerEvent): void => {
    if (!this.start || e.pointerId !== this.start.id) return
    const tolerance = this.options.tolerance ?? 10
    if (Math.hypot(e.clientX - this.start.x, e.clientY - this.start.y) > tolerance) this.cancel()
  }

  private readonly onEnd = (e: PointerEvent): void => {
    if (this.start && e.pointerId === this.start.id) this.cancel()
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey && e.altKey && !e.shiftKey && !e.metaKey && e.code === 'KeyS' && !e.repeat) {
      e.preventDefault()
      this.onLongPress()
    }
  }

  /** Abandons a press in progress. */
  cancel(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.start = undefined
    const win = this.host.ownerDocument.defaultView ?? window
    win.removeEventListener('pointermove', this.onMove, true)
    win.removeEventListener('pointerup', this.onEnd, true)
    win.removeEventListener('pointercancel', this.onEnd, true)
    this.pressed?.removeEventListener('pointerleave', this.onEnd)
    this.pressed = undefined
  }
}
