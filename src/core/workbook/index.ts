/** The performance workbook: layout, validation rules, issue wording and the typed datasets. */
export { validateWorkbook, type ValidationResult } from "./validate";
export { LAYOUT, SETTINGS_ROWS, NUMBER_FORMATS, datasetSpec, normaliseHeader, normaliseLabel } from "./layout";
export type { ColumnKind, ColumnSpec, DatasetId, DatasetSpec, SettingSpec } from "./layout";
export { DATASET_NAMES, datasetNameFor } from "./names";
export { ISSUE_CODES, type Issue, type IssueCode, type Finding, type Severity, type Params } from "./issues";
export { EN, renderFinding, formatNumber, type Wording } from "./messages";
export { a1, columnLetters, parseA1 } from "./address";
export { RawWorkbookSchema } from "./schemas";
export { yearsWithFigures, reportYearProblem } from "./years";
export { isDateFormat, MAX_FORMAT_ROWS, BUILTIN_NUMBER_FORMATS } from "./number-format";
export type * from "./model";
export type * from "./raw";
