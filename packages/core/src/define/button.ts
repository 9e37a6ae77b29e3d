// Defines <wr-button> alone, for bundles that use a few core elements rather than all of them.
import { defineElement } from '../define-element.js'
import { WrButton } from '../button/button.js'

defineElement('wr-button', WrButton)

declare global {
  interface HTMLElementTagNameMap {
    'wr-button': WrButton
  }
}
