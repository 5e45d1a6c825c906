/**
 * The CLI's reader passes a table body's number formats on (for the date-in-a-count check),
 * for tables of at most MAX_FORMAT_ROWS rows only.
 */
import { Workbook } from "exceljs";
import { rawFromWorkbook } from "../../src/cli/read-xlsx";
import { MAX_FORMAT_ROWS } from "../../src/core/workbook/number-format";

function workbookWithTable(rows: number): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Contacts");
  ws.addTable({
    name: "tblContacts",
    ref: "A1",
    columns: [{ name: "Year" }, { name: "Contacts" }],
    rows: Array.from({ length: rows }, (_, i) => [`${2000 + i}-${String((i + 1) % 100).padStart(2, "0")}`, 1000 + i]),
  });
  return wb;
}

it("gives each body cell's format, General where there is none", () => {
  const wb = workbookWithTable(3);
  const ws = wb.getWorksheet("Contacts");
  if (!ws) throw new Error("no sheet");
  ws.getCell("B2").numFmt = "#,##0";
  ws.getCell("B3").numFmt = "dd/mm/yyyy";
  const t = rawFromWorkbook(wb).sheets[0]?.tables[0];
  expect(t?.numberFormats).toEqual([
    ["General", "#,##0"],
    ["General", "dd/mm/yyyy"],
    ["General", "General"],
  ]);
});

it(`gives none for a body of more than ${MAX_FORMAT_ROWS} rows (a long log)`, () => {
  expect(rawFromWorkbook(workbookWithTable(MAX_FORMAT_ROWS + 1)).sheets[0]?.tables[0]?.numberFormats).toBeUndefined();
  expect(rawFromWorkbook(workbookWithTable(MAX_FORMAT_ROWS)).sheets[0]?.tables[0]?.numberFormats).toHaveLength(
    MAX_FORMAT_ROWS,
  );
});
