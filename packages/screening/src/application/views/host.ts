import type { LocalizeController } from '@workroom/core'
import type { RulePack, Screening } from '@workroom/rules/engine'
import type { ApplicationFlow } from '../application-flow.js'
import type { Village } from '../types.js'

/** What the step views read from <wr-aid-application>, and the intents they send back. */
export interface ApplicationViewHost {
  readonly l: LocalizeController
  readonly flow: ApplicationFlow
  readonly pack?: RulePack
  readonly result?: Screening
  readonly kiosk: boolean
  /** Villages and communities the workroom serves (its config), to tap instead of typing. */
  readonly villages: readonly Village[]
  /** An application can be sent (a county service or a kiosk's outbox is there). */
  readonly canSubmit: boolean
  /** The resident asked for a sheet with no personal details. */
  readonly blank: boolean
  readonly officeName: string
  readonly root: ParentNode
  /** Checks the step's fields and goes on, or shows what is wrong. */
  next(): void
  back(): void
  submit(): void
  print(blank: boolean): void
  close(): void
  finish(): void
  checkStatus(): void
}
