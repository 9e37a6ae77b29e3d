// Defines <wr-qr-code> alone, for bundles that use a few core elements rather than all of them.
import { defineElement } from '../define-element.js'
import { WrQrCode } from '../qr-code/qr-code.js'

defineElement('wr-qr-code', WrQrCode)

declare global {
  interface HTMLElementTagNameMap {
    'wr-qr-code': WrQrCode
  }
}
