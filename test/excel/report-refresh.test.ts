/**
 * A refresh of the report survives a batch failing at any statement of any sync: afterwards
 * the workbook holds either the previous report or the complete new one (never a mixture, no
 * hidden sheet or journal left behind), `applyReportPlan` says which, and an officer's formula
 * pointing at the report sheet keeps working. When even the recovery cannot run (the pane was
 * closed half way), the next run, after the workbook is saved and reopened, puts it right.
 */
import {
  applyReportPlan,
  inspectReportSheet,
  recoverReportSheets,
  ReportRefreshFailed,
  validateWorkbookInExcel,
} from "../../src/excel";
import { buildReportPlan, type ReportPlan, type TableBlock } from "../../src/core/report";
import { type FinancialYear, parsePeriod } from "../../src/core/dates";
import { createEvaluator } from "../../support/formulas";
import { FakeWorkbook, formatA1, parseA1 } from "@csc/fake-excel";
import { withHost } from "./harness";

const SHEET = "Safeguarding Report";
const MINE = "My figures";
let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

/** The document without the active sheet and selection (a refresh activates its sheet). */
function documentOf(wb: FakeWorkbook): unknown {
  const { activeSheet: _a, selection: _s, ...rest } = wb.snapshot() as Record<string, unknown>;
  return rest;
}

/** Opens a saved workbook with the globals and the formula evaluator installed. */
function open(saved: string): FakeWorkbook {
  host?.done();
  const wb = FakeWorkbook.open(saved);
  wb.evaluate = createEvaluator(wb);
  host = withHost(wb);
  return wb;
}

async function plans(): Promise<{ first: ReportPlan; next: ReportPlan }> {
  const { data } = await validateWorkbookInExcel();
  if (!data) throw new Error("the sample did not validate");
  return {
    first: buildReportPlan(data, { year: parsePeriod("2021-22") as FinancialYear, quarterStyle: "range" }),
    next: buildReportPlan(data, { year: parsePeriod("2019-20") as FinancialYear, quarterStyle: "end-month" }),
  };
}

/** A figure cell of the report: the first table's first figure. */
function figureCell(plan: ReportPlan): string {
  const table = plan.blocks.find((b): b is TableBlock => b.kind === "table");
  const a = parseA1(table?.grid.range.address ?? "A1");
  return formatA1({
    startRow: a.startRow + 1,
    startCol: a.startCol + 1,
    endRow: a.startRow + 1,
    endCol: a.startCol + 1,
  });
}

/**
 * The officer's formula still names the same cell address of the report sheet and shows what
 * that cell holds now (the refresh replaces the sheet's content, not the sheet); an empty cell
 * reads as 0 in a formula, as in Excel.
 */
function expectOfficerFormulaWorks(wb: FakeWorkbook, cell: string): void {
  expect(wb.getCell(MINE, "A1")?.formula).toBe(`='${SHEET}'!${cell}`);
  const value = wb.getValues(MINE, "A1")[0]?.[0];
  expect(value).not.toBe("#REF!");
  const held = wb.getValues(SHEET, cell)[0]?.[0];
  expect(value).toEqual(held === "" ? 0 : held);
}

describe("report refresh under faults", () => {
  it("leaves the previous report or the complete new one, whichever statement of whichever sync fails", async () => {
    host = withHost("sample");
    const { first, next } = await plans();
    host.wb.addSheet(MINE);
    await applyReportPlan(first, { replace: false });
    const cell = figureCell(first);
    host.wb.setFormula(MINE, "A1", `='${SHEET}'!${cell}`);
    const withPrevious = host.wb.save();

    // The reference outcomes, and the shape of a refresh: its syncs and their statements.
    let wb = open(withPrevious);
    const previous = documentOf(wb);
    expectOfficerFormulaWorks(wb, cell);
    wb.resetStats();
    await expect(applyReportPlan(next, { replace: false })).resolves.toMatchObject({ survived: "new report complete" });
    const statements = wb.stats.requests.map((r) => r.statements);
    const refreshed = documentOf(wb);
    expectOfficerFormulaWorks(wb, cell);
    expect(statements.length).toBeGreaterThanOrEqual(5);

    const seen = new Set<string>();
    for (const [s, count] of statements.entries()) {
      for (let k = 0; k <= count; k++) {
        wb = open(withPrevious);
        wb.failOnSync(s + 1, "GeneralException", { atStatement: k });
        const outcome = await applyReportPlan(next, { replace: false }).then(
          (r) => r.survived,
          (e: unknown) => (e instanceof ReportRefreshFailed ? e.survived : `unexpected: ${String(e)}`),
        );
        seen.add(outcome);
        expect({ s, k, outcome }).toEqual({
          s,
          k,
          outcome: expect.stringMatching(/^(previous report kept|new report complete)$/),
        });
        expect({ s, k, document: documentOf(wb) }).toEqual({
          s,
          k,
          document: outcome === "new report complete" ? refreshed : previous,
        });
        expectOfficerFormulaWorks(wb, cell);
      }
    }
    expect(seen).toEqual(new Set(["previous report kept", "new report complete"]));
  }, 300_000);

  it("when the recovery cannot run either, the next run after reopening puts the workbook right", async () => {
    host = withHost("sample");
    const { first, next } = await plans();
    await applyReportPlan(first, { replace: false });
    const withPrevious = host.wb.save();
    let wb = open(withPrevious);
    const previous = documentOf(wb);
    wb.resetStats();
    await applyReportPlan(next, { replace: false });
    const refreshed = documentOf(wb);
    const statements = wb.stats.requests.map((r) => r.statements);
    const pending = new Set<number>();
    for (const [s, count] of statements.entries()) {
      for (const k of [Math.floor(count / 2), count]) {
        wb = open(withPrevious);
        wb.failOnSync(s + 1, "GeneralException", { atStatement: k });
        wb.failOnSync(s + 2, "GeneralException"); // the recovery's first sync fails too
        const outcome = await applyReportPlan(next, { replace: false }).then(
          (r) => r.survived,
          (e: unknown) => (e instanceof ReportRefreshFailed ? e.survived : `unexpected: ${String(e)}`),
        );
        if (outcome === "recovery pending") pending.add(s);
        // The pane is closed; the workbook is saved and opened again; the add-in starts.
        wb = open(wb.save());
        const survived = await recoverReportSheets();
        const expected = outcome === "new report complete" || survived === "new report complete" ? refreshed : previous;
        expect({ s, k, outcome, document: documentOf(wb) }).toEqual({ s, k, outcome, document: expected });
        expect(await inspectReportSheet()).toBe("ours");
      }
    }
    expect(pending.size).toBeGreaterThan(0);
  }, 300_000);
});
