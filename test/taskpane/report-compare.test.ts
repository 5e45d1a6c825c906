/**
 * "Compare with" on the Report tab, on the in-memory host: the chosen comparators come into the
 * plan from DfE's dataset (loaded through the add-in's lazy loader), the plan is written to the
 * report sheet with its comparator rows and chart, and a council not in DfE's list stops the
 * build with the message and suggestions, before anything is written.
 */
import { applyReportPlan, validateWorkbookInExcel } from "../../src/excel";
import type { TableBlock } from "../../src/core/report";
import { loadBenchmarks } from "../../src/functions/benchmarks-data";
import { planFromFreshFigures } from "../../src/taskpane/report-flow";
import { withHost } from "../excel/harness";

const y2019 = { kind: "year", startYear: 2019 } as const;
let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

it("writes the comparator rows and the compared headline the officer chose", async () => {
  host = withHost("sample");
  const fresh = await planFromFreshFigures(
    () => validateWorkbookInExcel(),
    { year: y2019, quarterStyle: "range", compare: ["england"] },
    loadBenchmarks,
  );
  if (fresh.kind !== "plan") throw new Error(fresh.kind);
  const cp = fresh.plan.blocks.find((b): b is TableBlock => b.kind === "table" && b.id === "childProtection")!;
  expect(cp.rows.map((r) => r.label)).toEqual([
    "No of children on CPP",
    "Hampshire per 10,000 children (DfE)",
    "England per 10,000 children",
  ]);
  await applyReportPlan(fresh.plan, { replace: false });
  const texts = JSON.stringify(host.wb.snapshot());
  expect(texts).toContain("England per 10,000 children");
  expect(texts).toContain("against a national increase of 2% in 2019-20.");
  expect(texts).toContain("CSC_chart_childProtection_compare");
});

it("stops with DfE's closest names when the Settings' council is not found, writing nothing", async () => {
  host = withHost("sample");
  host.wb.setValues("Settings", "B2", [["Hampshir County Council"]]);
  const before = host.wb.snapshot();
  const fresh = await planFromFreshFigures(
    () => validateWorkbookInExcel(),
    { year: y2019, quarterStyle: "range", compare: ["england", "neighbours"] },
    loadBenchmarks,
  );
  expect(fresh).toMatchObject({
    kind: "no-council",
    message: expect.stringContaining('Did you mean "Hampshire" (850)'),
  });
  expect(host.wb.snapshot()).toEqual(before);
});

/** Plans 2019-20 against England, with Hampshire chosen for the name "Hampshir County Council". */
const planAsHampshire = () =>
  planFromFreshFigures(
    () => validateWorkbookInExcel(),
    {
      year: y2019,
      quarterStyle: "range",
      compare: ["england"],
      compareAs: { given: "Hampshir County Council", code: "850" },
    },
    loadBenchmarks,
  );

it("compares as the council the officer chose for a name DfE does not have, and says which it used", async () => {
  host = withHost("sample");
  host.wb.setValues("Settings", "B2", [["Hampshir County Council"]]);
  const first = await planFromFreshFigures(
    () => validateWorkbookInExcel(),
    { year: y2019, quarterStyle: "range", compare: ["england"] },
    loadBenchmarks,
  );
  if (first.kind !== "no-council") throw new Error(first.kind);
  expect(first.given).toBe("Hampshir County Council");
  expect(first.suggestions[0]).toEqual({ code: "850", name: "Hampshire" });
  const before = host.wb.snapshot();
  const fresh = await planAsHampshire();
  if (fresh.kind !== "plan") throw new Error(fresh.kind);
  expect(fresh.comparedAs).toBe(
    "Compared as Hampshire (LA 850), South East; neighbours from DfE children's services statistical neighbour model, 2025. You chose this council for “Hampshir County Council” in the Settings table, which is unchanged.",
  );
  expect(JSON.stringify(fresh.plan)).toContain("against a national increase of 2% in 2019-20.");
  // The Settings table still holds the officer's name: the choice is not written to the workbook's cells.
  expect(host.wb.snapshot()).toEqual(before);
});

it("ignores a choice made for another name than the Settings now hold", async () => {
  host = withHost("sample");
  host.wb.setValues("Settings", "B2", [["Surrey Cuonty Council"]]);
  const fresh = await planAsHampshire();
  expect(fresh).toMatchObject({ kind: "no-council", given: "Surrey Cuonty Council" });
});
