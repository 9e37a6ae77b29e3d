import { defineElement } from '@workroom/core'
import { WrAccessibilityStatement } from './accessibility-statement.js'

defineElement('wr-accessibility-statement', WrAccessibilityStatement)

declare global {
  interface HTMLElementTagNameMap {
    'wr-accessibility-statement': WrAccessibilityStatement
  }
}
