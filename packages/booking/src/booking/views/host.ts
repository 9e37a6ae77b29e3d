import type { LocalizeController } from '@workroom/core'
import type { BookingConfig } from '../../config.js'
import type { BookingFlow, BookingPrefill, FieldProblem } from '../booking-flow.js'
import type { HoldCountdown } from '../hold-countdown.controller.js'
import type { TicketContact } from '../ticket-contact.js'

/** What the step views read from <wr-booking>, and the intents that need the element (its fields, focus, events). */
export interface BookingViewHost {
  readonly l: LocalizeController
  readonly flow: BookingFlow
  readonly config: BookingConfig
  readonly countdown: HoldCountdown
  readonly prefill: BookingPrefill | undefined
  readonly qrPrefix: string
  /** Who to call or visit about the booking, on the ticket. */
  readonly contact: TicketContact
  /** On a kiosk: numbers on the keypad, the name by taps. */
  readonly kiosk: boolean
  /** A staff member is typing the resident's name (the resident asked). */
  readonly staffTyping: boolean
  askStaff(): void
  /** Checks the step's fields, then goes on to consent. */
  submitDetails(): void
  /** Checks the code and mobile, then looks the booking up. */
  findBooking(): void
  /** Shows the error summary and moves focus to it. */
  showErrors(errors: FieldProblem[]): void
  /** The element's shadow root (the error summary's links focus fields in it). */
  readonly root: ParentNode
  confirm(): void
  reset(): void
}
