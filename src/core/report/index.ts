/**
 * The report area's face: the ReportPlan (tables, charts, headlines, placement, styles, print
 * set-up), its builder, whose sheet is at the report's name, and the HTML, SVG and slide plans drawn from it. It stands on workbook,
 * benchmarks, indicators, dates and base. Code outside this folder imports from here, never from
 * its files.
 */
export * from "./build";
export * from "./charts";
export * from "./comparators";
export * from "./content";
export * from "./contrast";
export * from "./deck";
export * from "./format";
export * from "./headlines";
export * from "./html";
export * from "./left-out";
export * from "./ownership";
export * from "./page";
export * from "./placement";
export * from "./recovery";
export * from "./plan";
export * from "./sheet-objects";
export * from "./styles";
export * from "./svg";
export * from "./tables";
export * from "./theme";
export * from "./wording";
