// Defines <wr-keypad> alone, for bundles that use a few core elements rather than all of them.
import { defineElement } from '../define-element.js'
import { WrKeypad } from '../keypad/keypad.js'

defineElement('wr-keypad', WrKeypad)

declare global {
  interface HTMLElementTagNameMap {
    'wr-keypad': WrKeypad
  }
}
