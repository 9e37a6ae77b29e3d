// Defines <wr-read-aloud> alone, for bundles that use a few core elements rather than all of them.
import { defineElement } from '../define-element.js'
import { WrReadAloud } from '../read-aloud/read-aloud.js'

defineElement('wr-read-aloud', WrReadAloud)

declare global {
  interface HTMLElementTagNameMap {
    'wr-read-aloud': WrReadAloud
  }
}
