/** The Report tab's reason for a blocked report names the years the workbook has. */
import { blockedReason, yearSpan } from "../../src/taskpane/report-status";
import { yearsNamedIn } from "../../src/core/workbook";

const fy = (startYear: number) => ({ kind: "year" as const, startYear });

describe("report status words", () => {
  it("spans the years, newest first in, oldest to newest out", () => {
    expect(yearSpan([fy(2021), fy(2013)])).toBe("2013-14 to 2021-22");
    expect(yearSpan([fy(2021)])).toBe("2021-22");
    expect(yearSpan([])).toBeUndefined();
  });

  it("says why and which years", () => {
    expect(blockedReason(2, [fy(2021), fy(2019)])).toBe(
      "Validation found 2 errors, and a report is never built from figures with errors. Fix them, then validate again. " +
        "The workbook has figures for 2019-20 to 2021-22; the report year can be chosen once the errors are fixed.",
    );
  });

  it("finds the years a table names down its first column or across its header", () => {
    const table = (headers: string[], rows: (string | number | null)[][]) => ({
      name: "t",
      sheet: "S",
      top: 0,
      left: 0,
      headers,
      rows,
    });
    const raw = {
      sheets: [
        {
          name: "S",
          tables: [
            table(
              ["Year", "n"],
              [
                ["2019-20", 1],
                ["Jun-2020", 2],
                [null, 3],
              ],
            ),
          ],
        },
        { name: "T", tables: [table(["Measure", "2021-22", "2017-18"], [["x", 1, 2]])] },
      ],
    };
    expect(yearsNamedIn(raw).map((y) => y.startYear)).toEqual([2021, 2019, 2017]);
  });
});
