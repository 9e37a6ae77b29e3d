export { WrAidScreener } from './aid-screener/aid-screener.js'
export {
  type ScreeningCompleteDetail,
  type ScreeningStepDetail,
  type ScreeningBookDetail,
  type ScreeningPlaceRequestDetail,
  type RecommendedService,
  recommendedService,
} from './aid-screener/events.js'
export { ScreeningSession, type Answer } from './aid-screener/screening-session.js'
export { articleIn, chineseNumber, formatCitation, type ArticleWords, type Citation } from './aid-screener/citation.js'
export { COMMON_PROBLEMS, OTHER_PROBLEMS } from './aid-screener/problems.js'
