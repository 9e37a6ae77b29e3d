// The embeddable library entry: <wr-library> and the one core primitive its home page uses. The
// lesson, case story, quiz and video views, and the content validator, load when first needed, so
// a county page starts small. `define.ts` defines every education element and all of core at once.
import { defineElement, WrButton } from '@workroom/core'
import { WrLibrary } from './library/library.js'

defineElement('wr-button', WrButton)
defineElement('wr-library', WrLibrary)

export { WrLibrary }
