import '@workroom/core/define'
import { defineElement } from '@workroom/core'
import { WrAidScreener } from './aid-screener/aid-screener.js'

defineElement('wr-aid-screener', WrAidScreener)

declare global {
  interface HTMLElementTagNameMap {
    'wr-aid-screener': WrAidScreener
  }
}
