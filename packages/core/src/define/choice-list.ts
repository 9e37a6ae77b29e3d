// Defines <wr-choice-list> alone, for bundles that use a few core elements rather than all of them.
import { defineElement } from '../define-element.js'
import { WrChoiceList } from '../choice-list/choice-list.js'

defineElement('wr-choice-list', WrChoiceList)

declare global {
  interface HTMLElementTagNameMap {
    'wr-choice-list': WrChoiceList
  }
}
