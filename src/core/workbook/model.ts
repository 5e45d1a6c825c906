/**
 * The performance workbook's datasets as typed data: what validation produces from the
 * raw cell grids and what the report is built from. Nothing here knows about Excel,
 * ExcelJS or the DOM.
 */
import type { Serial, FinancialYear, Period, Quarter } from "../dates";
import type { ColumnKey, DatasetId, SettingSpec } from "./layout";

/** The Settings table. */
export interface Settings {
  readonly localAuthority: string;
  /** The financial year the report covers. */
  readonly reportYear: FinancialYear;
  /** Under-18 population, ONS mid-year estimate. */
  readonly under18Population: number;
  /** The year of that estimate (e.g. 2019), as written. */
  readonly populationYear: string;
  /** Working days within which an assessment counts as timely (45, Working Together). */
  readonly timelinessLimit: number;
  /** A change from the previous period larger than this share (0.25 = 25%) is a warning. */
  readonly trendThreshold: number;
  /**
   * The National Transfer Scheme threshold rate (0.001 = 0.1%) when the workbook sets one;
   * absent, the NTS protocol's rate on each date applies (0.07% from 1 July 2016, 0.1%
   * from 24 August 2022).
   */
  readonly ntsRate?: number;
}

/** Child and Family Assessments completed in a year. */
export interface AssessmentYear {
  readonly year: FinancialYear;
  readonly completed: number;
  /** Completed within the limit, when the workbook records the count. */
  readonly withinLimit?: number;
  /** Share completed within the limit, 0 to 1 (0.9261 for 92.61%). */
  readonly timeliness: number;
}

/** Child protection plans (DfE CIN census tables D1, D7). */
export interface ChildProtectionYear {
  readonly year: FinancialYear;
  /** Children subject to a plan at 31 March. */
  readonly onPlan: number;
  readonly plansEnded?: number;
  /** Plans ending in the year that had lasted 2 years or more (DfE table D7). */
  readonly lasting2Plus?: number;
  /** Plans starting in the year that were a second or subsequent plan. */
  readonly repeatPlans?: number;
}

/** Children looked after at the end of a period (31 March for a year; quarter end for a quarter). */
export interface LookedAfterPoint {
  readonly period: Period;
  readonly lookedAfter: number;
}

/** Contacts and referrals in a year. */
export interface ContactsYear {
  readonly year: FinancialYear;
  readonly contacts: number;
  readonly referrals: number;
  /** Referrals within 12 months of a previous referral. */
  readonly reReferrals?: number;
}

/** UASC figures at a quarter end. */
export interface UascQuarter {
  readonly quarter: Quarter;
  /** Looked-after UASC under 18 (the figure the National Transfer Scheme threshold applies to). */
  readonly lookedAfter?: number;
  /** Care leavers who were UASC. */
  readonly careLeavers?: number;
}

/** One row of the optional child-level assessment log. */
export interface AssessmentLogRow {
  readonly childId: string;
  readonly referral: Serial;
  /** Undefined while the assessment is open. */
  readonly completed?: Serial;
}

/** True when A and B are the same set of keys. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Holds only when each row type's fields are exactly its dataset's column keys in LAYOUT: a
 * column renamed in the layout (or a field renamed here) is a compile error at the row type,
 * not a report that says "no figures".
 */
export type KeyedByLayout<
  T extends {
    readonly [D in keyof T]: D extends DatasetId
      ? SameKeys<keyof T[D], ColumnKey<D>> extends true
        ? unknown
        : never
      : never;
  },
> = T;

/** Each dataset's row in PerformanceData, its fields the layout's column keys. */
export type DatasetRow = KeyedByLayout<{
  readonly assessments: AssessmentYear;
  readonly childProtection: ChildProtectionYear;
  readonly lookedAfter: LookedAfterPoint;
  readonly contacts: ContactsYear;
  readonly uasc: UascQuarter;
  readonly assessmentLog: AssessmentLogRow;
}>;

/** A Settings field, which must be a Settings row's key (SETTINGS_ROWS), no more, no fewer: else never, and reading the Settings fails to compile. */
export type SettingKey = SameKeys<keyof Settings, SettingSpec["key"]> extends true ? keyof Settings : never;

/** Everything the report is built from, after validation. Arrays are in period order. */
export interface PerformanceData {
  readonly settings: Settings;
  readonly assessments: readonly AssessmentYear[];
  readonly childProtection: readonly ChildProtectionYear[];
  readonly lookedAfter: readonly LookedAfterPoint[];
  readonly contacts: readonly ContactsYear[];
  readonly uasc: readonly UascQuarter[];
  /** Present only when the workbook has an assessment log. */
  readonly assessmentLog?: readonly AssessmentLogRow[];
}
