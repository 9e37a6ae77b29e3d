// Defines <wr-text-field> alone, for bundles that use a few core elements rather than all of them.
import { defineElement } from '../define-element.js'
import { WrTextField } from '../text-field/text-field.js'

defineElement('wr-text-field', WrTextField)

declare global {
  interface HTMLElementTagNameMap {
    'wr-text-field': WrTextField
  }
}
