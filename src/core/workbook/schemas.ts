/**
 * zod schemas for the shapes validation produces: the settings values and each dataset
 * row after its cells have been read. The rules decide what is wrong with a cell and where;
 * these schemas are the last check that what reaches the report has the model's shape.
 */
import { z } from "zod";
import type {
  AssessmentYear,
  ChildProtectionYear,
  ContactsYear,
  LookedAfterPoint,
  Settings,
  UascQuarter,
} from "./model";

const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1);

export const FinancialYearSchema = z.object({ kind: z.literal("year"), startYear: z.number().int() });
export const QuarterSchema = z.object({
  kind: z.literal("quarter"),
  endYear: z.number().int(),
  endMonth: z.union([z.literal(3), z.literal(6), z.literal(9), z.literal(12)]),
});
export const PeriodSchema = z.discriminatedUnion("kind", [FinancialYearSchema, QuarterSchema]);

export const SettingsSchema = z.object({
  localAuthority: z.string().min(1),
  reportYear: FinancialYearSchema,
  under18Population: count,
  populationYear: z.string().min(1),
  timelinessLimit: count,
  trendThreshold: share,
  ntsRate: share.optional(),
}) satisfies z.ZodType<Settings>;

export const AssessmentYearSchema = z.object({
  year: FinancialYearSchema,
  completed: count,
  withinLimit: count.optional(),
  timeliness: share,
}) satisfies z.ZodType<AssessmentYear>;

export const ChildProtectionYearSchema = z.object({
  year: FinancialYearSchema,
  onPlan: count,
  plansEnded: count.optional(),
  lasting2Plus: count.optional(),
  repeatPlans: count.optional(),
}) satisfies z.ZodType<ChildProtectionYear>;

export const LookedAfterPointSchema = z.object({
  period: PeriodSchema,
  lookedAfter: count,
}) satisfies z.ZodType<LookedAfterPoint>;

export const ContactsYearSchema = z.object({
  year: FinancialYearSchema,
  contacts: count,
  referrals: count,
  reReferrals: count.optional(),
}) satisfies z.ZodType<ContactsYear>;

export const UascQuarterSchema = z.object({
  quarter: QuarterSchema,
  lookedAfter: count.optional(),
  careLeavers: count.optional(),
}) satisfies z.ZodType<UascQuarter>;

/** The shape of a RawWorkbook, for JSON read from disk (the sample workbook). */
const RawValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const RawTableSchema = z.object({
  name: z.string(),
  sheet: z.string(),
  top: z.number().int().nonnegative(),
  left: z.number().int().nonnegative(),
  headers: z.array(z.string()),
  headerValues: z.array(RawValueSchema).optional(),
  rows: z.array(z.array(RawValueSchema)),
  numberFormats: z.array(z.array(z.string())).optional(),
});
export const RawWorkbookSchema = z.object({
  sheets: z.array(
    z.object({
      name: z.string(),
      tables: z.array(RawTableSchema),
      cells: z.array(z.array(RawValueSchema)).optional(),
    }),
  ),
  names: z.array(z.object({ name: z.string(), formula: z.string(), range: RawTableSchema.optional() })).optional(),
  date1904: z.boolean().optional(),
});
