/**
 * The performance workbook's layout as data: which sheet and Excel table (ListObject) holds
 * each dataset, and its columns. The Excel adapter, the CLI's template writer and the
 * validation rules all read this one description (docs/workbook-layout.md explains it to
 * performance officers).
 */
import { ASSESSMENT_WORKING_DAYS, DEFAULT_TREND_THRESHOLD } from "../base";
import { headerKey } from "./header-key";

/** What a column holds, which decides how its cells are read and checked. */
export type ColumnKind =
  /** A financial year, "2019-20" or "2019/20". */
  | "year"
  /** A quarter, "Jun-2017", "Apr-Jun 2019" or "2020-21 Q1". */
  | "quarter"
  /** A year or a quarter (children looked after: at 31 March and at quarter ends). */
  | "period"
  /** A whole number of children, assessments, contacts ... (0 or more). */
  | "count"
  /** A share 0 to 1, shown as a percentage (0.9261 = 92.61%), or text such as "92.61%". */
  | "share"
  /** A date (an Excel date, or text 01/04/2020 or 2020-04-01). */
  | "date"
  /** Free text. */
  | "text";

/** One column of a dataset's table; `K` is its key, a literal in {@link LAYOUT}. */
export interface ColumnSpec<K extends string = string> {
  /** The field name in PerformanceData (the period column: the model's period field). */
  readonly key: K;
  /** The header text the template writes; an officer's header matches it through headerKey (header-key.ts). */
  readonly header: string;
  readonly kind: ColumnKind;
  /** Required columns must exist and every data row needs a value in them. */
  readonly required: boolean;
  /** Column width in the template, in characters. */
  readonly width: number;
}

/** The datasets of the performance workbook. */
export type DatasetId =
  "settings" | "assessments" | "childProtection" | "lookedAfter" | "contacts" | "uasc" | "assessmentLog";

/** One dataset: a sheet holding one table. */
export interface DatasetSpec {
  readonly id: DatasetId;
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly ColumnSpec[];
  /** An optional dataset may be absent from the workbook (the assessment log). */
  readonly optional: boolean;
  /**
   * Snapshot figures (counts at a date: children on a plan or looked after at 31 March)
   * rather than flows over a period. A snapshot at a quarter end follows the year figure at
   * the previous 31 March for trend checks.
   */
  readonly snapshot: boolean;
  /**
   * How a gap in the period sequence is reported, per period kind. Looked-after quarters are
   * kept "where known", so a gap there is only a warning.
   */
  readonly gapSeverity: { readonly year: "error" | "warning"; readonly quarter: "error" | "warning" };
  /** A sentence for the template and the documentation. */
  readonly description: string;
}

const col = <K extends string>(
  key: K,
  header: string,
  kind: ColumnKind,
  required: boolean,
  width = 16,
): ColumnSpec<K> => ({ key, header, kind, required, width });

const ERRORS = { year: "error", quarter: "error" } as const;

/** Settings rows (the Settings table holds Setting | Value pairs). */
export interface SettingSpec {
  readonly key:
    | "localAuthority"
    | "reportYear"
    | "under18Population"
    | "populationYear"
    | "timelinessLimit"
    | "trendThreshold"
    | "ntsRate";
  /** The label the template writes in the Setting column. */
  readonly label: string;
  readonly kind: ColumnKind;
  /** Used, with a warning, when the row is absent or blank; required settings have none. */
  readonly fallback?: number;
  /** An optional setting may be absent or blank, silently (it then has no value). */
  readonly optional?: boolean;
  /** The value cell's number format in the template, when not the kind's usual one. */
  readonly numberFormat?: string;
  /** The most characters a text setting may have (a longer value is an error at its cell). */
  readonly maxLength?: number;
}

/**
 * The most characters of the council's name. The report prints it in every page's header
 * ("&L" name "&R" year) and, within the report's title, in every page's footer, where Excel
 * allows 255 characters in all ("Excel specifications and limits"); it titles every slide's
 * footer too. England's longest council name ("The Royal Borough of Windsor and Maidenhead")
 * has 43 characters: 100 leaves room for any name and catches a paragraph pasted by mistake.
 */
const LOCAL_AUTHORITY_MAX = 100;

/**
 * The Settings rows. Labels are matched case- and space-insensitively, ignoring any text in
 * brackets, so "Under-18 population" and "Under-18 population (ONS mid-year estimate)" match.
 */
export const SETTINGS_ROWS: readonly SettingSpec[] = [
  { key: "localAuthority", label: "Local authority", kind: "text", maxLength: LOCAL_AUTHORITY_MAX },
  { key: "reportYear", label: "Report year", kind: "year" },
  { key: "under18Population", label: "Under-18 population (ONS mid-year estimate)", kind: "count" },
  { key: "populationYear", label: "Population estimate year", kind: "text" },
  {
    key: "timelinessLimit",
    label: "Timeliness limit (working days)",
    kind: "count",
    fallback: ASSESSMENT_WORKING_DAYS,
  },
  { key: "trendThreshold", label: "Trend warning threshold", kind: "share", fallback: DEFAULT_TREND_THRESHOLD },
  // NTS protocol: 0.07% from 1 July 2016, 0.1% from 24 August 2022. Blank: those rates by
  // date; a rate here replaces them (a later protocol change, before this add-in knows it).
  { key: "ntsRate", label: "NTS threshold rate (optional)", kind: "share", optional: true, numberFormat: "0.00%" },
];

/**
 * Every dataset, in the order of the workbook's sheets. `as const`: each dataset's column
 * keys are a literal union ({@link ColumnKey}), so the rules, the model and the mapping that
 * name a column are checked against this list by the compiler, not by a run that says
 * "no figures" after a column is renamed.
 */
export const LAYOUT = [
  {
    id: "settings",
    sheet: "Settings",
    table: "tblSettings",
    columns: [col("setting", "Setting", "text", true, 44), col("value", "Value", "text", true, 28)],
    optional: false,
    snapshot: false,
    gapSeverity: ERRORS,
    description: "The report's settings: local authority, report year, under-18 population and thresholds.",
  },
  {
    id: "assessments",
    sheet: "Assessments",
    table: "tblAssessments",
    columns: [
      col("year", "Year", "year", true, 12),
      col("completed", "Assessments completed", "count", true, 24),
      col("withinLimit", "Completed within limit", "count", false, 24),
      col("timeliness", "Timeliness", "share", true, 14),
    ],
    optional: false,
    snapshot: false,
    gapSeverity: ERRORS,
    description: "Child and Family Assessments completed in each financial year, and the share within the limit.",
  },
  {
    id: "childProtection",
    sheet: "Child Protection",
    table: "tblChildProtection",
    columns: [
      col("year", "Year", "year", true, 12),
      col("onPlan", "Children on a plan at 31 March", "count", true, 30),
      col("plansEnded", "Plans ended", "count", false, 14),
      col("lasting2Plus", "Ended plans lasting 2+ years", "count", false, 28),
      col("repeatPlans", "Repeat plans", "count", false, 14),
    ],
    optional: false,
    snapshot: true,
    gapSeverity: ERRORS,
    description: "Children subject to a child protection plan at 31 March (DfE CIN census tables D1, D7).",
  },
  {
    id: "lookedAfter",
    sheet: "Looked After",
    table: "tblLookedAfter",
    columns: [
      col("period", "Period", "period", true, 16),
      col("lookedAfter", "Children looked after", "count", true, 22),
    ],
    optional: false,
    snapshot: true,
    gapSeverity: { year: "error", quarter: "warning" },
    description: "Children looked after at 31 March of each year, and at quarter ends where known.",
  },
  {
    id: "contacts",
    sheet: "Contacts",
    table: "tblContacts",
    columns: [
      col("year", "Year", "year", true, 12),
      col("contacts", "Contacts", "count", true, 14),
      col("referrals", "Referrals", "count", true, 14),
      col("reReferrals", "Re-referrals", "count", false, 14),
    ],
    optional: false,
    snapshot: false,
    gapSeverity: ERRORS,
    description: "Contacts and referrals received in each financial year.",
  },
  {
    id: "uasc",
    sheet: "UASC",
    table: "tblUASC",
    columns: [
      col("quarter", "Quarter", "quarter", true, 14),
      col("lookedAfter", "UASC looked after", "count", false, 20),
      col("careLeavers", "UASC care leavers", "count", true, 20),
    ],
    optional: false,
    snapshot: true,
    gapSeverity: ERRORS,
    description:
      "Unaccompanied asylum-seeking children: looked after (under 18) and care leavers, at each quarter end.",
  },
  {
    id: "assessmentLog",
    sheet: "Assessment Log",
    table: "tblAssessmentLog",
    columns: [
      col("childId", "Child ID", "text", true, 14),
      col("referral", "Referral date", "date", true, 16),
      col("completed", "Assessment completed", "date", false, 22),
    ],
    optional: true,
    snapshot: false,
    gapSeverity: ERRORS,
    description: "Optional: one row per assessment; the yearly timeliness is checked against it.",
  },
] as const satisfies readonly DatasetSpec[];

/** The layout entry of one dataset, with its literal column keys. */
export type DatasetLayout<D extends DatasetId> = Extract<(typeof LAYOUT)[number], { readonly id: D }>;

/** The column keys of a dataset ("year" | "completed" | "withinLimit" | "timeliness" for assessments). */
export type ColumnKey<D extends DatasetId> = DatasetLayout<D>["columns"][number]["key"];

/** A column key of any dataset (what the mapping UI names a column by). */
export type AnyColumnKey = ColumnKey<DatasetId>;

/** The datasets indexed by period (every dataset but the Settings and the assessment log). */
export type PeriodDatasetId = Exclude<DatasetId, "settings" | "assessmentLog">;

/** The spec of a dataset. */
export function datasetSpec(id: DatasetId): DatasetSpec {
  const spec = LAYOUT.find((d) => d.id === id);
  if (!spec) throw new Error(`no dataset ${id}`); // unreachable: LAYOUT lists every DatasetId
  return spec;
}

/** A dataset's columns with their literal keys. */
export function datasetColumns<D extends DatasetId>(id: D): readonly ColumnSpec<ColumnKey<D>>[] {
  // LAYOUT's entry for `id` is DatasetLayout<D>; find() cannot say so by itself.
  return datasetSpec(id).columns as readonly ColumnSpec<ColumnKey<D>>[];
}

/** Excel number formats the template gives each column kind ("@" keeps "Jun-2017" as text). */
export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  year: "@",
  quarter: "@",
  period: "@",
  count: "#,##0",
  share: "0.00%",
  date: "dd/mm/yyyy",
  text: "@",
};

/** Settings label matching: as the one header matcher ({@link headerKey}), also ignoring bracketed text. */
export function normaliseLabel(text: string): string {
  return headerKey(text.replace(/\([^)]*\)/g, ""));
}
