/**
 * The preview's "Functions demo" sheet: a small assessment log (referral and completion
 * dates) and one live CSC formula per function beside its text, so a visitor sees the custom
 * functions compute (with HyperFormula and the CSC plugin: formulas.ts). The TIMELINESS example
 * (B2:B9, C2:C9) reads this log, here and when the Functions tab inserts it on this sheet.
 */
import { serialFromIso } from "../src/core/dates";
import { CSC_FUNCTIONS } from "../src/functions/catalogue";
import type { FakeWorkbook } from "@csc/fake-excel";

/** The demo sheet's name. */
export const DEMO_SHEET = "Functions demo";

/** Referral and completion dates: 1 Apr 2020 -> 9 Jun 2020 is exactly 45 working days. */
const LOG: readonly (readonly [string, string, string])[] = [
  ["C001", "2020-04-01", "2020-06-09"],
  ["C002", "2020-04-01", "2020-06-10"],
  ["C003", "2021-09-06", "2021-10-01"],
  ["C004", "2021-11-15", "2022-01-20"],
  ["C005", "2022-01-04", "2022-02-01"],
  ["C006", "2022-03-01", "2022-03-02"],
  ["C007", "2022-05-03", "2022-06-30"],
  ["C008", "2022-06-01", ""],
];

/** A number format that suits each example's result. */
const RESULT_FORMATS: Readonly<Record<string, string>> = {
  "CSC.WORKDAY_DUE": "dd/mm/yyyy",
  "CSC.TIMELINESS": "0.00%",
  "CSC.PCT_CHANGE": "0%",
  "CSC.RATE_PER_10K": "0.00",
};

/** Adds the demo sheet to `wb` and fills it. */
export function writeFunctionsDemo(wb: FakeWorkbook): void {
  const sheet = wb.addSheet(DEMO_SHEET);
  const date = (iso: string): number | string => (iso === "" ? "" : (serialFromIso(iso) ?? ""));
  wb.writeGrid(
    sheet,
    0,
    0,
    [["Child", "Referral", "Assessment completed"], ...LOG.map(([id, a, b]) => [id, date(a), date(b)])],
    "seed",
  );
  for (let r = 1; r <= LOG.length; r++) {
    for (const c of [1, 2]) wb.updateCell(sheet, r, c, (cell) => (cell.numberFormat = "dd/mm/yyyy"));
  }
  wb.writeGrid(sheet, 0, 4, [["Function", "Formula", "Result"]], "seed");
  CSC_FUNCTIONS.forEach(({ name, example }, i) => {
    // A leading apostrophe keeps the formula as text in the Formula column, as in Excel.
    wb.writeGrid(sheet, i + 1, 4, [[name, `'${example.formula}`]], "seed");
    wb.setFormula(DEMO_SHEET, `G${i + 2}`, example.formula);
    const fmt = RESULT_FORMATS[name];
    if (fmt) wb.updateCell(sheet, i + 1, 6, (cell) => (cell.numberFormat = fmt));
  });
  // Points; together they fit the preview's grid at 1400 px wide, the Result column included.
  for (const [c, w] of [
    [0, 48],
    [1, 72],
    [2, 110],
    [3, 18],
    [4, 118],
    [5, 215],
    [6, 84],
  ] as const)
    sheet.columnWidths.set(c, w);
  for (let c = 0; c <= 6; c++) wb.setCellFormat(sheet, 0, c, "bold", c === 3 ? undefined : true);
}
