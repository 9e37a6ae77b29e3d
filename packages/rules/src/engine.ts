// Everything a screen needs at run time, with no validator: evaluate a pre-validated pack.
export { evaluate } from './evaluate.js'
export { text } from './text.js'
export { FACTS, FACT_KEYS, DISPUTE_CATEGORIES, disputeCategory, type DisputeCategory, type FactSpec } from './facts.js'
export { nationalPack } from './packs.js'
export { nationalRules, nationalPackIn } from './national.js'
export { mergeText, type PackText } from './pack-text.js'
export { loadRegion, REGION_IDS, type RegionId } from './load-region.js'
export { RulePackError, type PackProblem } from './errors.js'
export { PROBLEMS, GROUPS, DISABILITIES, URGENT_NEEDS, OUTCOMES, AGE_BANDS } from './types.js'
export type {
  Citation,
  Condition,
  AgeBand,
  Disability,
  FactKey,
  Facts,
  Group,
  HardshipParams,
  Lang,
  Localized,
  Means,
  Outcome,
  Problem,
  Reason,
  Screening,
  UrgentNeed,
} from './types.js'
export type { RulePack, RegionOverlay, Rule, MeansTestSpec } from './schema.js'
export {
  reviewFigures,
  isDue,
  todayInChina,
  paramAttribute,
  BASIS_PARAM,
  type FigureReview,
  type FigureInfo,
} from './figures.js'
