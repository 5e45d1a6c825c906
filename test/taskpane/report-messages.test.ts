/** The Report tab's words for protection, a failed refresh and an interrupted one. */
import { ReportBlocked, ReportRefreshFailed } from "../../src/excel";
import { pageSetupMessage, recoveredMessage, reportFailureMessage } from "../../src/taskpane/report-messages";
import { FakeOfficeError } from "@csc/fake-excel";

const cause = new FakeOfficeError("GeneralException");

describe("report messages", () => {
  it("protection: what to do in Excel, and that nothing was changed", () => {
    const wb = reportFailureMessage(new ReportBlocked("workbook-structure-protected", "Safeguarding Report"));
    expect(wb.text).toMatch(/Review > Protect Workbook/);
    expect(wb.text).toMatch(/Nothing was changed/);
    const sheet = reportFailureMessage(new ReportBlocked("report-sheet-protected", "Safeguarding Report"));
    expect(sheet.text).toMatch(/“Safeguarding Report” is protected/);
    expect(sheet.text).toMatch(/Review > Unprotect Sheet/);
    const old = reportFailureMessage(new ReportBlocked("excel-too-old", "Safeguarding Report"));
    expect(old.text).toMatch(/Excel 2019 or later/);
  });

  it("a failed refresh says what survived", () => {
    expect(reportFailureMessage(new ReportRefreshFailed("previous report kept", true, cause)).text).toMatch(
      /previous report is still there, unchanged/,
    );
    expect(reportFailureMessage(new ReportRefreshFailed("previous report kept", false, cause)).text).toMatch(
      /No report sheet was added/,
    );
    expect(reportFailureMessage(new ReportRefreshFailed("previous report kept", undefined, cause)).text).toMatch(
      /Nothing was changed/,
    );
    const pending = reportFailureMessage(new ReportRefreshFailed("recovery pending", true, cause));
    expect(pending.text).toMatch(/could not be put back straight away/);
    expect(pending.text).toMatch(/internal error/); // the cause, in words
  });

  it("an interrupted refresh finished or undone later", () => {
    expect(recoveredMessage("new report complete").text).toMatch(/new report it was writing is complete/);
    expect(recoveredMessage("previous report kept").text).toMatch(/put back the report that was there before/);
  });

  it.each([
    [[], undefined],
    [["A4 paper"], "these print settings: A4 paper. Set them in Excel's Page Layout tab"],
    [["A4 paper", "print scale", "page breaks"], "these print settings: A4 paper, print scale and page breaks."],
  ] as const)("print settings Excel did not take (%j): named, the report kept", (notSet, says) => {
    const m = pageSetupMessage("Safeguarding Report", notSet);
    if (says === undefined) return expect(m).toBeUndefined();
    expect(m).toMatchObject({ intent: "warning", title: "Print settings not all set" });
    expect(m?.text).toContain("The report is on the sheet “Safeguarding Report”");
    expect(m?.text).toContain(says);
  });
});
