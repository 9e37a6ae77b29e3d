// Only the core elements the screener shows; <wr-qr-code> is defined with the result page. The
// start page needs only the button and read-aloud: the question page's elements (choice list,
// text field, step progress, quick exit) load right after, while the resident reads it, so the
// county page's up-front download is smaller.
import '@workroom/core/define/button'
import '@workroom/core/define/read-aloud'
import { defineElement } from '@workroom/core'
import { WrAidScreener } from './aid-screener/aid-screener.js'

WrAidScreener.questionElements = Promise.all([
  import('@workroom/core/define/choice-list'),
  import('@workroom/core/define/quick-exit'),
  import('@workroom/core/define/step-progress'),
  import('@workroom/core/define/text-field'),
  import('@workroom/core/define/keypad'),
]).then(() => undefined)
defineElement('wr-aid-screener', WrAidScreener)

declare global {
  interface HTMLElementTagNameMap {
    'wr-aid-screener': WrAidScreener
  }
}
