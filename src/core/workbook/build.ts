/**
 * Turning validated rows into PerformanceData, each object checked against its zod
 * schema (the rules have already reported anything a person must fix; a schema failure
 * here would be a bug in the rules, so the data is withheld rather than passed on).
 */
import type { z } from "zod";
import type { AssessmentLogRow, DatasetRow, PerformanceData, Settings } from "./model";
import type { PeriodDatasetId } from "./layout";
import { comparePeriods } from "../dates";
import type { PeriodRow, PeriodTables } from "./rules/table";
import type { ReadLog } from "./rules/log";
import {
  AssessmentYearSchema,
  ChildProtectionYearSchema,
  ContactsYearSchema,
  LookedAfterPointSchema,
  SettingsSchema,
  UascQuarterSchema,
} from "./schemas";

/**
 * A row of dataset D as its model row, before the schema check: the period under the
 * layout's period key, the figures under theirs. The return type names the model's fields,
 * so a field left out or misspelt fails to compile (an optional figure is named, maybe undefined).
 */
type Shape<D extends PeriodDatasetId> = (r: PeriodRow<D>) => { readonly [K in keyof DatasetRow[D]]-?: unknown };

function parseAll<D extends PeriodDatasetId>(
  tables: PeriodTables,
  id: D,
  schema: z.ZodType<DatasetRow[D]>,
  shape: Shape<D>,
): DatasetRow[D][] | undefined {
  const out: DatasetRow[D][] = [];
  const ordered = [...(tables.get(id)?.rows ?? [])].sort((a, b) => comparePeriods(a.period, b.period));
  for (const r of ordered) {
    const parsed = schema.safeParse(defined(shape(r)));
    if (!parsed.success) return undefined;
    out.push(parsed.data);
  }
  return out;
}

/** Drops undefined optional figures so the objects carry only what the workbook records. */
function defined(o: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/**
 * Builds PerformanceData from error-free tables.
 * @returns the data, or undefined if a shape check fails (a rule gap, not a user error).
 */
export function buildPerformanceData(
  settings: Settings,
  tables: PeriodTables,
  log: ReadLog | undefined,
): PerformanceData | undefined {
  const s = SettingsSchema.safeParse(settings);
  const assessments = parseAll(tables, "assessments", AssessmentYearSchema, ({ period, values: v }) => ({
    year: period,
    completed: v.completed,
    withinLimit: v.withinLimit,
    timeliness: v.timeliness,
  }));
  const childProtection = parseAll(tables, "childProtection", ChildProtectionYearSchema, ({ period, values: v }) => ({
    year: period,
    onPlan: v.onPlan,
    plansEnded: v.plansEnded,
    lasting2Plus: v.lasting2Plus,
    repeatPlans: v.repeatPlans,
  }));
  const lookedAfter = parseAll(tables, "lookedAfter", LookedAfterPointSchema, ({ period, values: v }) => ({
    period,
    lookedAfter: v.lookedAfter,
  }));
  const contacts = parseAll(tables, "contacts", ContactsYearSchema, ({ period, values: v }) => ({
    year: period,
    contacts: v.contacts,
    referrals: v.referrals,
    reReferrals: v.reReferrals,
  }));
  const uasc = parseAll(tables, "uasc", UascQuarterSchema, ({ period, values: v }) => ({
    quarter: period,
    lookedAfter: v.lookedAfter,
    careLeavers: v.careLeavers,
  }));
  if (!s.success || !assessments || !childProtection || !lookedAfter || !contacts || !uasc) return undefined;
  // The log's rows were built by the log reader with checked serials; 200,000 of them are not re-parsed.
  const assessmentLog: readonly AssessmentLogRow[] | undefined = log?.rows;
  return {
    settings: s.data,
    assessments,
    childProtection,
    lookedAfter,
    contacts,
    uasc,
    ...(assessmentLog ? { assessmentLog } : {}),
  };
}
