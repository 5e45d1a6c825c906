/**
 * Workbooks in the 1904 date system: Office.js `range.values` gives their dates as stored, 1,462
 * lower than the same day in the 1900 system ("1900 and 1904 date system in Excel",
 * learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system). The add-in finds the
 * system with DATE(1904,1,1) through `Workbook.functions` (0 in a 1904 workbook) and validation
 * reads the dates as the real days they are: the same issues and figures as the 1900 workbook.
 * The host models the system and DATE (packages/fake-excel/src/date-system.ts).
 */
import { useDate1904, type FakeWorkbook } from "@csc/fake-excel";
import { readWorkbook, validateWorkbookInExcel } from "../../src/excel";
import { serialFromIso } from "../../src/core/dates";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

const OFFSET_1904 = 1462;

/** The sample with an assessment log of 300 rows; `shift` is subtracted from every date. */
function withLog(wb: FakeWorkbook, shift: number): FakeWorkbook {
  const start = serialFromIso("2021-04-01") ?? 0;
  const rows: unknown[][] = [["Child ID", "Referral date", "Assessment completed"]];
  for (let i = 0; i < 300; i++) {
    const referral = start + i;
    rows.push([`C${i}`, referral - shift, referral + (i % 70) - shift]);
  }
  wb.addSheet("Assessment Log");
  wb.setValues("Assessment Log", `A1:C${rows.length}`, rows);
  wb.addTable("Assessment Log", `A1:C${rows.length}`, "tblAssessmentLog", true);
  return wb;
}

async function validateIn(system: "1900" | "1904") {
  host = withHost("sample");
  withLog(host.wb, system === "1904" ? OFFSET_1904 : 0);
  if (system === "1904") useDate1904(host.wb);
  const raw = await readWorkbook();
  const result = await validateWorkbookInExcel();
  host.done();
  host = undefined;
  return { raw, result };
}

describe("the 1904 date system in Excel", () => {
  it("is found by the reader, and a 1900 workbook is not flagged", async () => {
    const a = await validateIn("1900");
    const b = await validateIn("1904");
    expect(a.raw.date1904).toBeUndefined();
    expect(b.raw.date1904).toBe(true);
  });

  it("gives the same issues and figures as the same workbook in the 1900 system", async () => {
    const a = await validateIn("1900");
    const b = await validateIn("1904");
    expect(b.result.issues).toEqual(a.result.issues);
    expect(b.result.data).toEqual(a.result.data);
    // The log's first referral is the real 1 April 2021 in both.
    expect(b.result.data?.assessmentLog?.[0]?.referral).toBe(serialFromIso("2021-04-01"));
  });
});
