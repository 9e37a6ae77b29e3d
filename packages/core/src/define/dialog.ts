// Defines <wr-dialog> alone, for bundles that use a few core elements rather than all of them.
import { defineElement } from '../define-element.js'
import { WrDialog } from '../dialog/dialog.js'

defineElement('wr-dialog', WrDialog)

declare global {
  interface HTMLElementTagNameMap {
    'wr-dialog': WrDialog
  }
}
