/**
 * "Generate report" on the in-memory host: the report is planned from the workbook as it is
 * when the officer clicks, not from the validation the pane holds from before. A figure changed
 * after validating appears in the report; an error typed after validating blocks it.
 */
import { applyReportPlan, validateWorkbookInExcel } from "../../src/excel";
import { type FinancialYear, parsePeriod } from "../../src/core/dates";
import type { TableBlock } from "../../src/core/report";
import { planFromFreshFigures, type Revalidate } from "../../src/taskpane/report-flow";
import { planHeadlines } from "../../src/taskpane/report-model";
import { withHost } from "../excel/harness";

const SHEET = "Safeguarding Report";
const choice = { year: parsePeriod("2021-22") as FinancialYear, quarterStyle: "range" as const };
let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

/** Counts the validations run, each through the Excel adapter (a fresh read of the workbook). */
function countingRevalidate(): { revalidate: Revalidate; runs: () => number } {
  let n = 0;
  return {
    revalidate: () => {
      n++;
      return validateWorkbookInExcel();
    },
    runs: () => n,
  };
}

describe("planFromFreshFigures", () => {
  it("reports a figure changed after the last validation", async () => {
    host = withHost("sample");
    const before = await validateWorkbookInExcel();
    expect(before.data?.uasc.at(-1)?.careLeavers).toBe(423);
    // The officer corrects the latest UASC care leavers figure (UASC!C22) after validating.
    host.wb.setValues("UASC", "C22", [[431]]);
    const { revalidate, runs } = countingRevalidate();
    const fresh = await planFromFreshFigures(revalidate, choice);
    expect(runs()).toBe(1);
    if (fresh.kind !== "plan") throw new Error(`expected a plan, got ${fresh.kind}`);
    // (431 - 137) / 137 = 214.6%: the headline and the sheet carry the new figure.
    expect(planHeadlines(fresh.plan).map((h) => h.text)).toContainEqual(expect.stringContaining("215% increase"));
    await applyReportPlan(fresh.plan, { replace: false });
    const uasc = fresh.plan.blocks.find((b): b is TableBlock => b.kind === "table" && b.id === "uascCareLeavers");
    if (!uasc) throw new Error("no UASC table");
    expect(host.wb.getValues(SHEET, uasc.grid.range.address)[1]?.at(-1)).toBe(431);
  });

  it("blocks the report when an error was typed after the last validation, and writes nothing", async () => {
    host = withHost("sample");
    const before = await validateWorkbookInExcel();
    expect(before.issues.filter((i) => i.severity === "error")).toEqual([]);
    host.wb.setValues("UASC", "C22", [["four hundred"]]);
    const snapshot = host.wb.snapshot();
    const fresh = await planFromFreshFigures(() => validateWorkbookInExcel(), choice);
    expect(fresh).toEqual({ kind: "blocked", errors: 1 });
    expect(host.wb.snapshot()).toEqual(snapshot);
  });

  it("builds nothing when the workbook cannot be read again", async () => {
    const fresh = await planFromFreshFigures(() => Promise.resolve(undefined), choice);
    expect(fresh).toEqual({ kind: "not-checked" });
  });
});
