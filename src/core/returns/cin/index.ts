/**
 * The children in need census: reader (streaming XML), model, DfE figures with their
 * definitions, DfE validation rules, and the performance workbook's rows. See docs/returns-cin.md.
 */
export * from "./model";
export { readCinCensus, type CinReadResult, type CinReadOptions } from "./reader";
export {
  CinFigureCounter,
  CinReferralHistory,
  deriveCinFigures,
  type CinFigureOptions,
  type CinTimeliness,
} from "./derive";
export { addMonths } from "./anniversary";
export { CIN_RULES, CinChecker, checkCinCensus, ruleApplies } from "./rules";
export { processCinCensus, type CinCensusResult, type CinProcessOptions } from "./process";
export { cinAssessmentLogRows, cinWorkbookFigures, type CinContactsFigures, type CinWorkbookFigures } from "./workbook";
