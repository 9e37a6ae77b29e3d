// Defines <wr-quick-exit> alone, for bundles that use a few core elements rather than all of them.
import { defineElement } from '../define-element.js'
import { WrQuickExit } from '../quick-exit/quick-exit.js'

defineElement('wr-quick-exit', WrQuickExit)

declare global {
  interface HTMLElementTagNameMap {
    'wr-quick-exit': WrQuickExit
  }
}
