/**
 * Type-level tests of the seams between the layout, the rules, the model and the report
 * (checked by `npm run typecheck`, which fails on an unused @ts-expect-error): a column key, a
 * table, headline or left-out id that does not exist fails to compile. The runtime half shows
 * the well-typed uses still work.
 */
import {
  datasetColumns,
  type ColumnKey,
  type AssessmentYear,
  type KeyedByLayout,
  type LookedAfterPoint,
  type PeriodRow,
  type PeriodTable,
  chooseLabel,
  matchHeaders,
} from "../../src/core/workbook";
import {
  leftOut,
  leftOutMessage,
  type HeadlineId,
  type TableId,
  type ReportPlan,
  type DeckSlideId,
} from "../../src/core/report";

it("names columns by the layout's keys, and fails to compile on a key it does not have", () => {
  const keys: ColumnKey<"assessments">[] = ["year", "completed", "withinLimit", "timeliness"];
  expect(datasetColumns("assessments").map((c) => c.key)).toEqual(keys);
  const row = {} as PeriodRow<"childProtection">;
  const table = {} as PeriodTable<"uasc">;
  const match = matchHeaders("uasc", { headerRow: ["Quarter", "Care leavers"], firstColumn: [] });
  // One use a line so each directive sits on the line its error is reported at.
  // prettier-ignore
  const bad = [
    // @ts-expect-error a misspelt key: "timelines"
    (): ColumnKey<"assessments"> => "timelines",
    // @ts-expect-error a key of another dataset: children on a plan are not an assessment column
    (): ColumnKey<"assessments"> => "onPlan",
    // @ts-expect-error a rule reading a figure the dataset does not have
    () => row.values.lookedAfter,
    // @ts-expect-error a rule naming the cell of a column the dataset does not have
    () => table.cell(3, "careLeaver"),
    // @ts-expect-error the mapping UI choosing a label for a misspelt column
    () => chooseLabel(match, "careLeaver", 1),
  ];
  expect(chooseLabel(match, "careLeavers", 1).columns.find((c) => c.column.key === "careLeavers")?.chosen?.label).toBe(
    "Care leavers",
  );
  expect(bad).toHaveLength(5);
});

it("ties the model's row types to the layout's keys", () => {
  type Ok = KeyedByLayout<{ assessments: AssessmentYear; lookedAfter: LookedAfterPoint }>;
  // prettier-ignore
  type Checks = [
    Ok,
    // @ts-expect-error a field renamed in the model (withinLimit -> withinTarget) no longer matches the layout
    KeyedByLayout<{ assessments: Omit<AssessmentYear, "withinLimit"> & { readonly withinTarget?: number } }>,
    // @ts-expect-error a field the layout has no column for
    KeyedByLayout<{ lookedAfter: LookedAfterPoint & { readonly careLeavers: number } }>,
  ];
  const checks: Checks["length"] = 3;
  expect(checks).toBe(3);
});

it("refers to tables, headlines, slides and left-out parts only by ids that exist", () => {
  const plan = { blocks: [], omitted: [] } as unknown as ReportPlan;
  const tableIds: TableId[] = ["assessments", "childProtection", "lookedAfter", "contacts", "uascCareLeavers"];
  const headlineIds: HeadlineId[] = ["timeliness", "uascQuota"];
  const slides: DeckSlideId[] = ["title", "contacts", "contacts-charts"];
  // prettier-ignore
  const bad = [
    // @ts-expect-error no table "uasc": the UASC table is "uascCareLeavers"
    (): TableId => "uasc",
    // @ts-expect-error a misspelt headline id
    (): HeadlineId => "timelines",
    // @ts-expect-error a pane or test looking for a table id that does not exist
    () => plan.blocks.find((b) => b.kind === "table" && b.id === "contact"),
    // @ts-expect-error a left-out id that does not exist
    () => plan.omitted.find((o) => o.id === "uascChange"),
    // @ts-expect-error a slide id that does not exist
    (): DeckSlideId => "contacts-chart",
    // @ts-expect-error a headline's reason on a table
    () => leftOut("contacts", "no-contacts", { year: "2021-22" }),
    // @ts-expect-error a left-out code without its parameters
    () => leftOut("contactsChange", "no-contacts", {}),
    // @ts-expect-error a left-out code that does not exist
    () => leftOut("contactsChange", "no-figures", {}),
  ];
  expect(bad).toHaveLength(8);
  expect([tableIds.length, headlineIds.length, slides.length]).toEqual([5, 2, 3]);
  expect(leftOutMessage(leftOut("contactsChange", "no-contacts", { year: "2021-22" }))).toBe(
    "Change in contacts: not stated, because the workbook lacks contacts for 2021-22 or the year before.",
  );
});
