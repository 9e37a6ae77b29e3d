// After a view change, focus goes to the new view's heading (GOV.UK's one-question-per-page
// pattern): the screen reader reads from the top of the new view and the next Tab starts there.
// One controller for what elements wrote by hand (querySelector('h2')?.focus() after an update).
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { showStep } from '../element.js'

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }

export interface HeadingFocusOptions {
  /** Which element is the view's heading (default `h1, h2`). It gets `tabindex="-1"` when it has none. */
  selector?: string
  /**
   * Also bring the top of the element back into view when it is above the screen or far down it (a
   * phone scrolled to the bottom to press 下一步 must see the next question, not its end).
   */
  scroll?: boolean
}

export class HeadingFocus implements ReactiveController {
  private pending = false
  private readonly selector: string

  constructor(
    private readonly host: Host,
    private readonly options: HeadingFocusOptions = {},
  ) {
    this.selector = options.selector ?? 'h1, h2'
    host.addController(this)
  }

  /** The view is changing: focus its heading once it has rendered. */
  request(): void {
    this.pending = true
    this.host.requestUpdate()
  }

  /** The view changed: resolves once its heading has focus. */
  async after(): Promise<void> {
    this.request()
    await this.host.updateComplete
  }

  /** The heading now, or after the first render when there is none yet (the host's own `focus()`). */
  focus(options?: FocusOptions): void {
    const now = () => this.prepared()?.focus(options)
    if (this.heading()) now()
    else void this.host.updateComplete.then(now)
  }

  heading(): HTMLElement | null {
    return this.host.renderRoot?.querySelector<HTMLElement>(this.selector) ?? null
  }

  /** After the render a view change asked for; a view whose heading is still loading keeps the request. */
  hostUpdated(): void {
    if (!this.pending) return
    const h = this.prepared()
    if (!h) return
    this.pending = false
    if (this.options.scroll) showStep(h, this.host)
    else h.focus()
  }

  private prepared(): HTMLElement | null {
    const h = this.heading()
    if (h && !h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1')
    return h
  }
}
