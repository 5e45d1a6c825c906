/**
 * The children in need census: reader (streaming XML), model, DfE figures with their
 * definitions, DfE validation rules, and the performance workbook's rows. See docs/returns-cin.md.
 */
export * from "./model";
export { readCinCensus, CIN_FIRST_YEAR, CIN_LAST_YEAR, type CinReadResult, type CinReadOptions } from "./reader";
export { CIN_DEFINITIONS, CIN_FIGURE_IDS, type CinFigureId } from "./definitions";
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
