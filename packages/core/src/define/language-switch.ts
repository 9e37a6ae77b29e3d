// Defines <wr-language-switch> alone, for bundles that use a few core elements rather than all of them.
import { defineElement } from '../define-element.js'
import { WrLanguageSwitch } from '../language-switch/language-switch.js'

defineElement('wr-language-switch', WrLanguageSwitch)

declare global {
  interface HTMLElementTagNameMap {
    'wr-language-switch': WrLanguageSwitch
  }
}
