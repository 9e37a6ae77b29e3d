// The steps after the time is chosen (details, consent, the confirmation and ticket) and the
// change-or-cancel page: loaded while the resident picks a service, so a county page that shows
// <wr-booking> does not carry them in its first bundle.
import type { TemplateResult } from 'lit'
import type { BookingStep } from '../booking-flow.js'
import type { BookingViewHost } from './host.js'
import { consentView } from './consent.js'
import { detailsView } from './details.js'
import { doneView } from './done.js'
import { manageView } from './manage.js'

export const LATER_VIEWS: Partial<Record<BookingStep, (h: BookingViewHost) => TemplateResult>> = {
  manage: manageView,
  details: detailsView,
  consent: consentView,
  done: doneView,
}
