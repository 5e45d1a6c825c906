/**
 * The custom functions in a workbook of the 1904 date system, end to end against the in-memory
 * host: Excel calculates the CSC formulas whenever it likes, possibly before the add-in has read
 * the workbook's date system (the functions cannot ask Excel while it calculates: office-js #6150,
 * #6678, #1395, #6841), so the pane's code reads the system at start-up and on every read of the
 * workbook, and has Excel recalculate every formula (Application.calculate, "Full") when the
 * functions had answered in the other system. The host's formula engine recomputes after a full
 * recalculation and not otherwise, as Excel does; its DATE(1904,1,1) answers in the workbook's
 * system (packages/fake-excel/src/proxy/date-system.ts).
 */
import { FakeErrorCodes, useDate1904, type FakeWorkbook } from "@csc/fake-excel";
import { serialFromIso } from "../../src/core/dates";
import { validateWorkbookInExcel } from "../../src/excel";
import { resetDateSystem } from "../../src/functions/date-system";
import { followWorkbookDateSystem } from "../../src/taskpane/date-system";
import { createEvaluator } from "../../support/formulas";
import { withHost } from "../excel/harness";

const OFFSET = 1462;
const d = (iso: string): number => serialFromIso(iso) ?? Number.NaN;

let host: ReturnType<typeof withHost> | undefined;
let following: ReturnType<typeof followWorkbookDateSystem> | undefined;
afterEach(() => {
  following?.stop();
  following = undefined;
  host?.done();
  host = undefined;
  resetDateSystem();
});

/** A workbook with a Calc sheet: a referral in A1 (as the workbook's system stores it) and CSC formulas. */
function workbook(system: "1900" | "1904", variant: "empty" | "sample" = "empty"): FakeWorkbook {
  host = withHost(variant);
  const wb = host.wb;
  if (system === "1904") useDate1904(wb);
  wb.addSheet("Calc");
  wb.setValues("Calc", "A1", [[d("2020-04-01") - (system === "1904" ? OFFSET : 0)]]);
  wb.setFormula("Calc", "B1", "=CSC.WORKDAY_DUE(A1)");
  wb.setFormula("Calc", "C1", "=CSC.FINANCIAL_YEAR(A1)");
  wb.evaluate = createEvaluator(wb);
  return wb;
}

/** What the Calc sheet's formulas show: the due date (as an ISO day of the workbook's system) and the year. */
function shown(wb: FakeWorkbook, system: "1900" | "1904"): [number, unknown] {
  const [due, year] = wb.getValues("Calc", "B1:C1")[0] ?? [];
  return [(due as number) + (system === "1904" ? OFFSET : 0), year];
}

/** Waits for the pane's recalculation, which runs in the background (a few turns of the event loop). */
async function settled(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("the custom functions and the workbook's date system", () => {
  it("in a 1904 workbook calculated before the add-in read the system, recalculates once it has", async () => {
    const wb = workbook("1904");
    // Excel calculated first: the functions read the 1900 system, four years and a day out.
    const [early, earlyYear] = shown(wb, "1904");
    expect(earlyYear).toBe("2015-16");
    expect(early).not.toBe(d("2020-06-09"));
    following = followWorkbookDateSystem();
    await following.started;
    expect(wb.calculations).toEqual(["Full"]);
    expect(shown(wb, "1904")).toEqual([d("2020-06-09"), "2020-21"]);
  });

  it("in a 1904 workbook read first, the functions answer right away and nothing is recalculated", async () => {
    const wb = workbook("1904");
    following = followWorkbookDateSystem();
    await following.started;
    expect(shown(wb, "1904")).toEqual([d("2020-06-09"), "2020-21"]);
    expect(wb.calculations).toEqual([]);
  });

  it("in a 1900 workbook, never asks Excel to recalculate", async () => {
    const wb = workbook("1900");
    expect(shown(wb, "1900")).toEqual([d("2020-06-09"), "2020-21"]);
    following = followWorkbookDateSystem();
    await following.started;
    await validateWorkbookInExcel();
    await settled();
    expect(wb.calculations).toEqual([]);
    expect(shown(wb, "1900")).toEqual([d("2020-06-09"), "2020-21"]);
  });

  it("learns the system from the workbook check's read when the start-up read failed", async () => {
    const wb = workbook("1904", "sample");
    wb.failOnSync(1, FakeErrorCodes.generalException); // the start-up read
    following = followWorkbookDateSystem();
    await following.started;
    expect(shown(wb, "1904")[1]).toBe("2015-16"); // answered in the 1900 system meanwhile
    expect(wb.calculations).toEqual([]);
    await validateWorkbookInExcel();
    await settled();
    expect(wb.calculations).toEqual(["Full"]);
    expect(shown(wb, "1904")).toEqual([d("2020-06-09"), "2020-21"]);
  });

  it("asks again at the next read when Excel refused the recalculation", async () => {
    const wb = workbook("1904", "sample");
    shown(wb, "1904");
    wb.failOnSync(2, "InvalidOperationInCellEditMode"); // the recalculation, after the start-up read
    following = followWorkbookDateSystem();
    await following.started;
    expect(wb.calculations).toEqual([]);
    expect(shown(wb, "1904")[1]).toBe("2015-16"); // still the stale answer
    await validateWorkbookInExcel();
    await settled();
    expect(wb.calculations).toEqual(["Full"]);
    expect(shown(wb, "1904")[1]).toBe("2020-21");
    // Done: a further read asks for nothing more.
    await validateWorkbookInExcel();
    await settled();
    expect(wb.calculations).toEqual(["Full"]);
  });

  it("recalculates in manual calculation mode too, where the stale answers would otherwise stay", async () => {
    const wb = workbook("1904");
    wb.calculationMode = "Manual";
    shown(wb, "1904");
    following = followWorkbookDateSystem();
    await following.started;
    expect(wb.calculations).toEqual(["Full"]);
    expect(shown(wb, "1904")[1]).toBe("2020-21");
  });
});
