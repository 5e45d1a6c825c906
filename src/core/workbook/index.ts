/**
 * The workbook area's face: the performance workbook's layout, locating its datasets, the
 * validation rules and their issues, the set-up, and the PerformanceData model validation yields.
 * It stands on benchmarks, indicators, dates and base. Code outside this folder imports from
 * here, never from its files.
 */
export * from "./build";
export * from "./cells";
export * from "./guide";
export * from "./header-key";
export * from "./header-match";
export * from "./issues";
export * from "./layout";
export * from "./locate";
export * from "./mapping";
export * from "./messages";
export * from "./model";
export * from "./names";
export * from "./number-format";
export * from "./orient";
export * from "./raw";
export * from "./rules/cross";
export * from "./rules/log";
export * from "./rules/published";
export * from "./rules/rows";
export * from "./rules/settings";
export * from "./rules/table";
export * from "./rules/trends";
export * from "./schemas";
export * from "./setup";
export * from "./template-rows";
export * from "./validate";
export { locatedIn1900System } from "./date-system";
export * from "./years";
