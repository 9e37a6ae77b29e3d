// Defines <wr-step-progress> alone, for bundles that use a few core elements rather than all of them.
import { defineElement } from '../define-element.js'
import { WrStepProgress } from '../step-progress/step-progress.js'

defineElement('wr-step-progress', WrStepProgress)

declare global {
  interface HTMLElementTagNameMap {
    'wr-step-progress': WrStepProgress
  }
}
