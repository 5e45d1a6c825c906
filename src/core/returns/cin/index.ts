/**
 * The children in need census: reader (streaming XML), model, DfE figures with their
 * definitions, DfE validation rules, and the performance workbook's rows. See docs/returns.md.
 * analyseReturns reads a census through cin/return-reader.ts; these are for tests and tools.
 */
export * from "./model";
export { readCinCensus } from "./reader";
export { deriveCinFigures } from "./derive";
export { addMonths } from "./anniversary";
export { CIN_RULES, checkCinCensus } from "./rules";
export { processCinCensus } from "./process";
export { cinWorkbookFigures } from "./workbook";
