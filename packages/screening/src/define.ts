// Only the core elements the screener shows; <wr-qr-code> is defined with the result page.
import '@workroom/core/define/button'
import '@workroom/core/define/choice-list'
import '@workroom/core/define/quick-exit'
import '@workroom/core/define/read-aloud'
import '@workroom/core/define/step-progress'
import '@workroom/core/define/text-field'
import { defineElement } from '@workroom/core'
import { WrAidScreener } from './aid-screener/aid-screener.js'

defineElement('wr-aid-screener', WrAidScreener)

declare global {
  interface HTMLElementTagNameMap {
    'wr-aid-screener': WrAidScreener
  }
}
