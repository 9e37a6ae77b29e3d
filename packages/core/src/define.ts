import './translations.js'
import { defineElement } from './define-element.js'
import { WrButton } from './button/button.js'
import { WrChoiceList } from './choice-list/choice-list.js'
import { WrDialog } from './dialog/dialog.js'
import { WrKeypad } from './keypad/keypad.js'
import { WrQrCode } from './qr-code/qr-code.js'
import { WrQuickExit } from './quick-exit/quick-exit.js'
import { WrReadAloud } from './read-aloud/read-aloud.js'
import { WrStepProgress } from './step-progress/step-progress.js'
import { WrTextField } from './text-field/text-field.js'
import { WrTimeoutWarning } from './timeout-warning/timeout-warning.js'

defineElement('wr-button', WrButton)
defineElement('wr-choice-list', WrChoiceList)
defineElement('wr-dialog', WrDialog)
defineElement('wr-keypad', WrKeypad)
defineElement('wr-qr-code', WrQrCode)
defineElement('wr-quick-exit', WrQuickExit)
defineElement('wr-read-aloud', WrReadAloud)
defineElement('wr-step-progress', WrStepProgress)
defineElement('wr-text-field', WrTextField)
defineElement('wr-timeout-warning', WrTimeoutWarning)

declare global {
  interface HTMLElementTagNameMap {
    'wr-button': WrButton
    'wr-choice-list': WrChoiceList
    'wr-dialog': WrDialog
    'wr-keypad': WrKeypad
    'wr-qr-code': WrQrCode
    'wr-quick-exit': WrQuickExit
    'wr-read-aloud': WrReadAloud
    'wr-step-progress': WrStepProgress
    'wr-text-field': WrTextField
    'wr-timeout-warning': WrTimeoutWarning
  }
}
