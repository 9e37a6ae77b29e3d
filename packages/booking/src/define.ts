import '@workroom/core/define'
import { defineElement } from '@workroom/core'
import { WrBooking } from './booking/booking.js'
import { WrBookingDesk } from './booking-desk/booking-desk.js'

defineElement('wr-booking', WrBooking)
defineElement('wr-booking-desk', WrBookingDesk)
