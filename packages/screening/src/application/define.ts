// The application element and the core elements its steps use; loaded by the screener when a
// resident chooses to apply (its own chunk: the screener's first download does not carry it).
import '@workroom/core/define/button'
import '@workroom/core/define/choice-list'
import '@workroom/core/define/read-aloud'
import '@workroom/core/define/text-field'
import '@workroom/core/define/qr-code'
import { defineElement } from '@workroom/core'
import { WrAidApplication } from './application.js'

defineElement('wr-aid-application', WrAidApplication)

declare global {
  interface HTMLElementTagNameMap {
    'wr-aid-application': WrAidApplication
  }
}
