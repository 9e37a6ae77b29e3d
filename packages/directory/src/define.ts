// Registers <wr-service-directory> and the core elements it renders (button, read-aloud, QR code:
// the QR encoder itself loads only when a kiosk shows a map code).
import { defineElement, WrButton, WrQrCode, WrReadAloud } from '@workroom/core'
import { WrServiceDirectory } from './service-directory/service-directory.js'
import './translations.js'

// Core's own manifest documents these; a table keeps them out of the directory's.
const coreElements: [string, CustomElementConstructor][] = [
  ['wr-button', WrButton],
  ['wr-qr-code', WrQrCode],
  ['wr-read-aloud', WrReadAloud],
]
for (const [tag, element] of coreElements) defineElement(tag, element)
defineElement('wr-service-directory', WrServiceDirectory)

declare global {
  interface HTMLElementTagNameMap {
    'wr-service-directory': WrServiceDirectory
  }
}
