// What every console view shares: the console's context (client, user, offices), its words, and a
// first load that `updateComplete` waits for, so tests and checks see the data, not "loading".
import { property } from 'lit/decorators.js'
import { LocalizeController, WrElement } from '@workroom/core'
import { ApiError } from './client.js'
import './translations.js'
import type { ViewContext } from './console-app/console-app.js'

export abstract class ConsoleView extends WrElement {
  @property({ attribute: false }) ctx?: ViewContext

  protected readonly l = new LocalizeController(this, 'console')
  /** The load in progress; a view that reloads sets it again so `updateComplete` waits for that too. */
  protected pending: Promise<unknown> = Promise.resolve()

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.pending
    return super.getUpdateComplete()
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.pending = this.firstLoad()
  }

  /** What the view loads when it opens (after setting its defaults: the first office, this month…). */
  protected abstract firstLoad(): Promise<unknown>

  /**
   * What went wrong, in the console's words: no network, not allowed, someone changed it first,
   * refused with the service's reason, or the service is unavailable. `own` words a status the
   * view says its own way (schedules: 409 → "changed since you opened it").
   */
  protected errorText(err: unknown, own: Partial<Record<number, string>> = {}): string {
    if (!(err instanceof ApiError)) return this.l.t('errors.unavailable')
    const key = own[err.status]
    if (key) return this.l.t(key)
    if (err.status === 0) return this.l.t('errors.offline')
    if (err.status === 403) return this.l.t('errors.forbidden')
    if (err.status === 409) return this.l.t('errors.conflict')
    if (err.status === 400) return this.l.t('errors.invalid', { message: err.message })
    return this.l.t('errors.unavailable')
  }

  /** The first of the user's offices, for views that show one office at a time. */
  protected get firstOffice(): string {
    return this.ctx?.offices[0]?.id ?? ''
  }
}
