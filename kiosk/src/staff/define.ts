import '@workroom/booking/define'
import { defineElement } from '@workroom/core'
import { WrStaffScreen } from './staff-screen.js'

defineElement('wr-staff-screen', WrStaffScreen)

declare global {
  interface HTMLElementTagNameMap {
    'wr-staff-screen': WrStaffScreen
  }
}
