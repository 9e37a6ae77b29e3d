import { LitElement, type PropertyValues } from 'lit'
import { property } from 'lit/decorators.js'
import { baseStyles } from './tokens.js'
import { notifyLanguageAttributeChanged, resolveLanguage } from './i18n.js'
import { LANGUAGE_INFO } from './languages.js'
import { onSessionReset, type ResetReason } from './session.js'

/**
 * What every Workroom element shares: tokens and modes (`elder`, `kiosk`), a `lang` that
 * descendants inherit, and a hook that wipes the element's state when the session resets.
 */
export class WrElement extends LitElement {
  static override styles = [baseStyles]

  /** 长辈模式: larger type, AAA contrast, bigger targets, slower timeouts. Inherited by children. */
  @property({ type: Boolean, reflect: true }) elder = false

  /** Touch kiosk: every target ≥ 48×48 CSS px. Inherited by children. */
  @property({ type: Boolean, reflect: true }) kiosk = false

  /**
   * Language for this element and those inside it (zh-Hans, en); otherwise the page's. Unset by
   * default: an empty `lang=""` would tell screen readers the language is unknown.
   */
  @property({ reflect: true }) override lang!: string

  private unsubscribeReset?: () => void

  constructor() {
    super()
    this.addController({ hostUpdated: () => markRoot(this) })
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.unsubscribeReset = onSessionReset((reason) => this.resetState(reason))
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.unsubscribeReset?.()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') && changed.get('lang') !== undefined) notifyLanguageAttributeChanged()
  }

  /** Clears whatever a resident entered. Elements holding such state override it. */
  protected resetState(_reason: ResetReason): void | Promise<void> {}

  /**
   * Dispatches a bubbling, composed `wr-*` event with plain data. A renamed event is sent under its
   * deprecated old name too (`DEPRECATED_EVENTS`), so pages written for it keep working; false when
   * either was cancelled.
   */
  protected emit<T>(name: `wr-${string}`, detail: T, options?: { cancelable?: boolean }): boolean {
    const send = (type: string) => this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, ...options }))
    const sent = send(name)
    const old = OLD_NAMES.get(name)
    return old ? send(old) && sent : sent
  }
}

/**
 * Events renamed to the one rule (`-change` for a state, a past participle for a finished fact,
 * `-request` for an intent the host acts on): old name → new name. Both are sent; the old names
 * will be dropped in a later major version.
 */
export const DEPRECATED_EVENTS: Readonly<Record<`wr-${string}`, `wr-${string}`>> = {
  'wr-screening-complete': 'wr-screening-completed',
  'wr-screening-step': 'wr-screening-step-change',
  'wr-screening-book': 'wr-screening-book-request',
  'wr-screening-exit': 'wr-screening-exited',
  'wr-lesson-complete': 'wr-lesson-completed',
  'wr-quiz-complete': 'wr-quiz-completed',
  'wr-dialog-close': 'wr-dialog-closed',
  'wr-kiosk-screen': 'wr-kiosk-screen-change',
  'wr-board-open': 'wr-board-open-request',
  'wr-timeout': 'wr-timeout-expired',
  'wr-staff-exit': 'wr-staff-exited',
  'wr-education-open': 'wr-education-opened',
  'wr-timeout-warning': 'wr-timeout-warning-shown',
  'wr-quick-exit': 'wr-quick-exit-request',
  'wr-education-content-error': 'wr-education-content-refused',
  'wr-read-aloud-no-voice': 'wr-read-aloud-failed',
  'wr-education-open-screener': 'wr-education-screener-request',
  'wr-education-open-booking': 'wr-education-booking-request',
  'wr-education-open-quiz': 'wr-education-quiz-request',
}

const OLD_NAMES = new Map(Object.entries(DEPRECATED_EVENTS).map(([old, name]) => [name, old]))

// Roots whose lang/dir this module set (a template that binds its own keeps them).
const marked = new WeakSet<Element>()
/**
 * Gives the element's outermost rendered box the language it speaks and that language's direction
 * (dir="rtl" for Uyghur), so screen readers switch voice and layout mirrors, in every element,
 * whether or not its template says so. A box whose template binds its own `lang` keeps it.
 */
function markRoot(el: WrElement): void {
  let root = el.renderRoot instanceof ShadowRoot ? el.renderRoot.firstElementChild : null
  while (root && (root.localName === 'style' || root.localName === 'link')) root = root.nextElementSibling
  if (!root || (root.hasAttribute('lang') && !marked.has(root))) return
  const lang = resolveLanguage(el)
  if (root.getAttribute('lang') !== lang) root.setAttribute('lang', lang)
  const dir = LANGUAGE_INFO[lang].dir
  if (root.getAttribute('dir') !== dir) root.setAttribute('dir', dir)
  marked.add(root)
}

/** Whether elder mode is on for `el`: its own attribute or any ancestor's, across shadow roots. */
export function isElder(el: Element): boolean {
  return closestComposed(el, '[elder]') !== null
}

export function isKiosk(el: Element): boolean {
  return closestComposed(el, '[kiosk]') !== null
}

/** `Element.closest` that also climbs out of shadow roots. */
export function closestComposed(el: Element, selector: string): Element | null {
  let node: Element | null = el
  while (node) {
    const found = node.closest(selector)
    if (found) return found
    const root = node.getRootNode()
    node = root instanceof ShadowRoot ? root.host : null
  }
  return null
}

/** The element that really has focus, looking inside shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

/**
 * After a step change: focus the step's heading without the browser's own jump, then bring the top
 * of the step (`top`, usually the element) back into view when it is above the screen or far down
 * it (a phone scrolled to the bottom to press 下一步 must see the next question, not its end).
 */
export function showStep(heading: HTMLElement | null | undefined, top: Element): void {
  heading?.focus({ preventScroll: true })
  const r = top.getBoundingClientRect()
  if (r.top < 0 || r.top > window.innerHeight / 2) top.scrollIntoView({ block: 'start' })
}
