import '@workroom/core/define/read-aloud'
import { defineElement } from '@workroom/core'
import { WrWorkroomBoard } from './workroom-board.js'

defineElement('wr-workroom-board', WrWorkroomBoard)

declare global {
  interface HTMLElementTagNameMap {
    'wr-workroom-board': WrWorkroomBoard
  }
}
