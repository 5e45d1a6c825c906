/**
 * The CLI's reader passes a table body's number formats on (for the date-in-a-count check),
 * for tables of at most MAX_FORMAT_ROWS rows only. The workbooks are written by ExcelJS and
 * read back through the package reader, as csc-report reads a file.
 */
import { Workbook } from "exceljs";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { MAX_FORMAT_ROWS, type RawTable } from "../../src/core/workbook";

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

/** The first table of the file, as the reader gives it. */
async function firstTable(wb: Workbook): Promise<RawTable | undefined> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return readWorkbookBytes(bytes).raw.sheets[0]?.tables[0];
}

it("gives each body cell's format, General where there is none", async () => {
  const wb = workbookWithTable(3);
  const ws = wb.getWorksheet("Contacts");
  if (!ws) throw new Error("no sheet");
  ws.getCell("B2").numFmt = "#,##0";
  ws.getCell("B3").numFmt = "dd/mm/yyyy";
  ws.getCell("B4").numFmt = "0.00%";
  const t = await firstTable(wb);
  expect(t?.numberFormats).toEqual([
    ["General", "#,##0"],
    ["General", "dd/mm/yyyy"],
    ["General", "0.00%"],
  ]);
});

it("names a built-in format by its code (styles.xml gives only its id)", async () => {
  const wb = workbookWithTable(1);
  const ws = wb.getWorksheet("Contacts");
  if (!ws) throw new Error("no sheet");
  ws.getCell("B2").numFmt = "mm-dd-yy"; // built-in id 14
  const t = await firstTable(wb);
  expect(t?.numberFormats?.[0]?.[1]).toBe("mm-dd-yy");
});

it(`gives none for a body of more than ${MAX_FORMAT_ROWS} rows (a long log)`, async () => {
  expect((await firstTable(workbookWithTable(MAX_FORMAT_ROWS + 1)))?.numberFormats).toBeUndefined();
  expect((await firstTable(workbookWithTable(MAX_FORMAT_ROWS)))?.numberFormats).toHaveLength(MAX_FORMAT_ROWS);
});
