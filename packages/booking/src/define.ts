// Registers the booking elements and only the core elements they render, so a county page that
// embeds <wr-booking> does not load the dialog, quick exit, timeout warning or step progress.
// Import '@workroom/core/define' as well for those (the kiosk does).
//
// <wr-booking-desk> is for staff only, so residents' pages do not load it: it is defined as soon as
// its chunk arrives (`await customElements.whenDefined('wr-booking-desk')`). Lit keeps properties
// set on an element before it is defined.
import { defineElement, WrButton, WrChoiceList, WrQrCode, WrReadAloud, WrTextField } from '@workroom/core'
import { WrBooking } from './booking/booking.js'
import type { WrBookingDesk } from './booking-desk/booking-desk.js'

// Core's own manifest documents these; a table keeps them out of booking's.
const coreElements: [string, CustomElementConstructor][] = [
  ['wr-button', WrButton],
  ['wr-choice-list', WrChoiceList],
  ['wr-text-field', WrTextField],
  ['wr-qr-code', WrQrCode],
  ['wr-read-aloud', WrReadAloud],
]
for (const [tag, element] of coreElements) defineElement(tag, element)
defineElement('wr-booking', WrBooking)
void import('./booking-desk/booking-desk.js').then((m) => defineElement('wr-booking-desk', m.WrBookingDesk))

declare global {
  interface HTMLElementTagNameMap {
    'wr-booking': WrBooking
    'wr-booking-desk': WrBookingDesk
  }
}
