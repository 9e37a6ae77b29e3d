// Defines <wr-timeout-warning> alone, for bundles that use a few core elements rather than all of them.
// Its dialog and buttons come with it.
import './button.js'
import './dialog.js'
import { defineElement } from '../define-element.js'
import { WrTimeoutWarning } from '../timeout-warning/timeout-warning.js'

defineElement('wr-timeout-warning', WrTimeoutWarning)

declare global {
  interface HTMLElementTagNameMap {
    'wr-timeout-warning': WrTimeoutWarning
  }
}
