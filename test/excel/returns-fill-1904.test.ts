/**
 * The returns fill into a workbook of the 1904 date system. The fill writes its periods as text
 * ("Jun-2017", under the "@" format), so they read back the same in either system; the dates it
 * writes (the Assessment Log's referral and completion dates) must be 1904 serials there, 1,462
 * lower than the same day in the 1900 system ("1900 and 1904 date system in Excel",
 * learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system), and the rows it
 * already has are recognised by their real days. The host models the system (useDate1904).
 */
import { useDate1904, type FakeWorkbook } from "@csc/fake-excel";
import { analyseReturns } from "../../src/core/returns";
import { serialFromIso } from "../../src/core/dates";
import { applyReturnsFill, planFillInExcel, validateWorkbookInExcel } from "../../src/excel";
import { csv903, type ChildSpec } from "../../support/returns-903";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

const OFFSET_1904 = 1462;
const day = (iso: string) => serialFromIso(iso) ?? Number.NaN;

const CHILDREN: ChildSpec[] = [
  { id: "A1", dob: "01/01/2010", episodes: [{ decom: "01/02/2017" }] },
  { id: "U1", dob: "01/01/2002", uasc: { duc: "" }, episodes: [{ decom: "10/04/2017" }] },
];

/** An Assessment Log table with one child's row, its date stored in the workbook's system. */
function withLog(wb: FakeWorkbook, shift: number): void {
  wb.addSheet("Assessment Log");
  wb.setValues("Assessment Log", "A1:C2", [
    ["Child ID", "Referral date", "Assessment completed"],
    ["C1", day("2021-04-01") - shift, day("2021-04-20") - shift],
  ]);
  wb.addTable("Assessment Log", "A1:C2", "tblAssessmentLog", true);
}

/** The census's log: C1's assessment already in the table, C2's new. */
const LOG = [
  { childId: "C1", referral: day("2021-04-01"), completed: day("2021-04-20") },
  { childId: "C2", referral: day("2021-05-03"), completed: day("2021-06-01") },
];

async function fillIn(system: "1900" | "1904") {
  host = withHost("sample");
  const shift = system === "1904" ? OFFSET_1904 : 0;
  withLog(host.wb, shift);
  if (system === "1904") useDate1904(host.wb);
  const a = await analyseReturns(csv903(CHILDREN).map((f) => ({ name: f.name, chunks: [f.text] })));
  const plan = await planFillInExcel(
    a.returns.flatMap((r) => r.figures),
    "r",
    LOG,
  );
  await applyReturnsFill(plan);
  const wb = host.wb;
  const out = {
    plan,
    periods: wb.getValues("Looked After", "A4:B9"),
    log: wb.getValues("Assessment Log", "A2:C3"),
    read: (await validateWorkbookInExcel()).data?.assessmentLog,
    shift,
  };
  host.done();
  host = undefined;
  return out;
}

describe("the returns fill in a 1904 workbook", () => {
  it("adds the same period rows, read back as the same periods, as in a 1900 workbook", async () => {
    const a = await fillIn("1900");
    const b = await fillIn("1904");
    expect(b.periods).toEqual(a.periods);
    expect(b.periods.map((r) => r[0])).toEqual(["2015-16", "2016-17", "Jun-2017", "Sep-2017", "Dec-2017", "2017-18"]);
    expect(b.plan.cells).toEqual(a.plan.cells);
  });

  it("writes the log's dates as 1904 serials, and keeps the row already there", async () => {
    for (const system of ["1900", "1904"] as const) {
      const r = await fillIn(system);
      // C1 is already in the table (the same child and referral date): not added again.
      expect(r.log).toEqual([
        ["C1", day("2021-04-01") - r.shift, day("2021-04-20") - r.shift],
        ["C2", day("2021-05-03") - r.shift, day("2021-06-01") - r.shift],
      ]);
      // Read back (the reader finds the system), they are the census's days.
      expect(r.read?.map((x) => [x.childId, x.referral, x.completed])).toEqual(
        LOG.map((x) => [x.childId, x.referral, x.completed]),
      );
    }
  });
});
