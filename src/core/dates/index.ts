/**
 * The dates area's face: Excel serial dates, financial years and quarters, England & Wales bank
 * holidays and working days. Code outside this folder imports from here, never from its files.
 */
export * from "./serial";
export * from "./periods";
export * from "./holidays";
export * from "./workdays";
export * from "./parse";
export * from "./date-system";
export { MONTH_NAMES } from "./months";
