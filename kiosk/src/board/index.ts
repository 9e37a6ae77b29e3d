export { WrWorkroomBoard, type BoardOpenDetail, type BoardVariant } from './workroom-board.js'
export {
  boardData,
  nextAdviserSession,
  peopleOn,
  groupOpeningHours,
  weekdayRuns,
  type AdviserSession,
  type BoardData,
  type DayWhereabouts,
  type OpeningGroup,
  type PersonDay,
} from './board-data.js'
