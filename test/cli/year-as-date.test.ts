/**
 * csc-report reads year labels Excel turned into dates ("2011-12" typed into a General cell is
 * 1 December 2011, "mmm-yy") as the years they were, with the warning the add-in gives, whether
 * the years run down a column or across a mapped range's header row; and a 1904-system
 * workbook's dates as the same real days (workbookPr date1904, ECMA-376 §18.2.28).
 */
import { join } from "node:path";
import { Workbook } from "exceljs";
import { run, tempDir } from "./helpers";
import type { IssueJson } from "../../src/cli/validate";
import { applyLayout } from "./layout-xlsx";

const dir = tempDir();
const sample = join(dir, "sample.xlsx");
const YEARS = ["2007-08", "2008-09", "2009-10", "2010-11", "2011-12"];
/** 1 Dec 2011 for "2011-12": the first of month (Y + 1) mod 100 of year Y. */
const asDate = (y: string): Date => new Date(Date.UTC(Number(y.slice(0, 4)), Number(y.slice(5)) - 1, 1));

beforeAll(async () => {
  expect((await run("template", sample, "--sample")).code).toBe(0);
});

/** Validates the sample with Contacts' years at `cells` written as text or as Excel's dates. */
async function validate(cells: readonly string[], as: "text" | "date", across: boolean): Promise<IssueJson[]> {
  const wb = new Workbook();
  await wb.xlsx.readFile(sample);
  if (across) applyLayout(wb, "Contacts", "across-named");
  const ws = wb.getWorksheet("Contacts");
  if (!ws) throw new Error("no Contacts");
  cells.forEach((a, i) => {
    const cell = ws.getCell(a);
    const year = YEARS[i] ?? "";
    cell.value = as === "date" ? asDate(year) : year;
    cell.numFmt = as === "date" ? "mmm-yy" : "@";
  });
  const file = join(dir, `contacts-${as}-${across ? "across" : "down"}.xlsx`);
  await wb.xlsx.writeFile(file);
  const result = await run("validate", file, "--json");
  return (JSON.parse(result.out) as { issues: IssueJson[] }).issues;
}

describe.each([
  ["down a column", ["A2", "A3", "A4", "A5", "A6"], false],
  ["across a mapped range's header row", ["C3", "D3", "E3", "F3", "G3"], true],
] as const)("years turned into dates %s", (_name, cells, across) => {
  it("are read as the years, each with a warning naming the date as shown", async () => {
    const text = await validate(cells, "text", across);
    const dates = await validate(cells, "date", across);
    const warnings = dates.filter((i) => i.code === "period-as-date");
    expect(warnings.map((i) => [i.cell, i.severity])).toEqual(cells.map((c) => [c, "warning"]));
    expect(warnings[4]?.message).toContain("the date 01/12/2011 is read as the financial year 2011-12");
    expect(warnings.some((i) => /\b40878\b/.test(i.message))).toBe(false);
    expect(dates.filter((i) => i.code !== "period-as-date")).toEqual(text);
  });
});
