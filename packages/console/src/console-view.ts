// What every console view shares: the console's context (client, user, offices), its words, and a
// first load that `updateComplete` waits for, so tests and checks see the data, not "loading".
import { property } from 'lit/decorators.js'
import { LocalizeController, WrElement } from '@workroom/core'
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

  /** The first of the user's offices, for views that show one office at a time. */
  protected get firstOffice(): string {
    return this.ctx?.offices[0]?.id ?? ''
  }
}
