/**
 * Turning validated rows into PerformanceData, each object checked against its zod
 * schema (the rules have already reported anything a person must fix; a schema failure
 * here would be a bug in the rules, so the data is withheld rather than passed on).
 */
import type { z } from "zod";
import type { AssessmentLogRow, PerformanceData, Settings } from "./model";
import type { DatasetId } from "./layout";
import { comparePeriods } from "../dates";
import type { PeriodRow, PeriodTable } from "./rules/table";
import type { ReadLog } from "./rules/log";
import {
  AssessmentYearSchema,
  ChildProtectionYearSchema,
  ContactsYearSchema,
  LookedAfterPointSchema,
  SettingsSchema,
  UascQuarterSchema,
} from "./schemas";

function parseAll<T>(
  rows: readonly PeriodRow[],
  schema: z.ZodType<T>,
  shape: (r: PeriodRow) => unknown,
): T[] | undefined {
  const out: T[] = [];
  const ordered = [...rows].sort((a, b) => comparePeriods(a.period, b.period));
  for (const r of ordered) {
    const parsed = schema.safeParse(shape(r));
    if (!parsed.success) return undefined;
    out.push(parsed.data);
  }
  return out;
}

/** Drops undefined optional figures so the objects carry only what the workbook records. */
function defined(o: Record<string, unknown>): Record<string, unknown> {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * Builds PerformanceData from error-free tables.
 * @returns the data, or undefined if a shape check fails (a rule gap, not a user error).
 */
export function buildPerformanceData(
  settings: Settings,
  tables: ReadonlyMap<DatasetId, PeriodTable>,
  log: ReadLog | undefined,
): PerformanceData | undefined {
  const s = SettingsSchema.safeParse(settings);
  const rows = (id: DatasetId): readonly PeriodRow[] => tables.get(id)?.rows ?? [];
  const assessments = parseAll(rows("assessments"), AssessmentYearSchema, (r) =>
    defined({
      year: r.period,
      completed: r.values.completed,
      withinLimit: r.values.withinLimit,
      timeliness: r.values.timeliness,
    }),
  );
  const childProtection = parseAll(rows("childProtection"), ChildProtectionYearSchema, (r) =>
    defined({
      year: r.period,
      onPlan: r.values.onPlan,
      plansEnded: r.values.plansEnded,
      lasting2Plus: r.values.lasting2Plus,
      repeatPlans: r.values.repeatPlans,
    }),
  );
  const lookedAfter = parseAll(rows("lookedAfter"), LookedAfterPointSchema, (r) => ({
    period: r.period,
    lookedAfter: r.values.lookedAfter,
  }));
  const contacts = parseAll(rows("contacts"), ContactsYearSchema, (r) =>
    defined({
      year: r.period,
      contacts: r.values.contacts,
      referrals: r.values.referrals,
      reReferrals: r.values.reReferrals,
    }),
  );
  const uasc = parseAll(rows("uasc"), UascQuarterSchema, (r) =>
    defined({ quarter: r.period, lookedAfter: r.values.lookedAfter, careLeavers: r.values.careLeavers }),
  );
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
