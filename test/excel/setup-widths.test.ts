/**
 * The set-up sheets' column widths are those of the report for the same width in characters:
 * Office.js `RangeFormat.columnWidth` is in points
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member)
 * and an .xlsx `<col width>` in characters plus padding (ECMA-376 Part 1 §18.3.1.13), both
 * converted once in core/report/styles.ts. The add-in's set-up and csc-report's template agree.
 */
import { FakeWorkbook } from "@csc/fake-excel";
import { setUpWorkbook } from "../../src/excel";
import { LAYOUT } from "../../src/core/workbook";
import { columnPoints, ooxmlColumnWidth } from "../../src/core/report";
import { templateBytes } from "../../src/cli/template";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

describe("set-up column widths", () => {
  it("sets each set-up column to the report's points for its width in characters", async () => {
    host = withHost(FakeWorkbook.fromSheets({ Sheet1: [] }));
    await setUpWorkbook();
    for (const spec of LAYOUT) {
      const widths = host.wb.requireSheet(spec.sheet).columnWidths;
      spec.columns.forEach((c, i) => expect(widths.get(i)).toBeCloseTo(columnPoints(c.width), 5));
    }
  });

  it("writes the template's columns as the report's <col width> for the same characters", () => {
    const file = readWorkbookBytes(templateBytes());
    for (const spec of LAYOUT) {
      const part = file.sheets.find((s) => s.name === spec.sheet)?.part ?? "";
      const cols = [...file.pkg.text(part).matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)];
      spec.columns.forEach((c, i) => expect(Number(cols[i]?.[2])).toBeCloseTo(ooxmlColumnWidth(c.width), 5));
    }
  });
});
