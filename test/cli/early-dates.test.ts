/**
 * csc-report's messages about dates: one before 1 March 1900 is named by the cell's own value
 * and the real day (core/dates/parse.ts, dateBefore1900), as in the add-in; and a workbook in
 * the 1904 date system (workbookPr date1904, ECMA-376 Part 1 §18.2.28) gives the same issues
 * as the same workbook in the 1900 system, its dates read as the real days they show.
 */
import { join } from "node:path";
import { Workbook } from "exceljs";
import { run, tempDir } from "./helpers";
import type { IssueJson } from "../../src/cli/validate";

const dir = tempDir();
const sample = join(dir, "sample.xlsx");
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  expect((await run("template", sample, "--sample")).code).toBe(0);
});

/** The sample with an assessment log of `rows` (dates as Date, dd/mm/yyyy), saved in `system`. */
async function validate(rows: unknown[][], system: "1900" | "1904", name: string): Promise<IssueJson[]> {
  const wb = new Workbook();
  await wb.xlsx.readFile(sample);
  wb.properties.date1904 = system === "1904";
  const ws = wb.addWorksheet("Assessment Log");
  ws.addTable({
    name: "tblAssessmentLog",
    ref: "A1",
    headerRow: true,
    columns: ["Child ID", "Referral date", "Assessment completed"].map((n) => ({ name: n })),
    rows,
  });
  ws.getColumn(2).numFmt = "dd/mm/yyyy";
  ws.getColumn(3).numFmt = "dd/mm/yyyy";
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return (JSON.parse((await run("validate", file, "--json")).out) as { issues: IssueJson[] }).issues;
}

describe("csc-report and dates", () => {
  it("names a date before 1900 by the cell's own value and the real day", async () => {
    const issues = await validate(
      [
        ["C1", day("2021-04-01"), day("2021-04-12")],
        ["C2", "15/06/1899", day("2021-04-14")],
      ],
      "1900",
      "early",
    );
    const early = issues.filter((i) => i.code === "date-before-1900");
    expect(early.map((i) => i.cell)).toEqual(["B3"]);
    expect(early[0]?.message).toContain(
      "15/06/1899 in Referral date for child C2 is 15 June 1899, before 1 March 1900",
    );
  });

  it("reads a 1904-system workbook's dates as the days they show: the same issues as in the 1900 system", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      `C${i}`,
      day(`2021-04-${String(1 + (i % 28)).padStart(2, "0")}`),
      i % 5 === 0 ? null : day(`2021-06-${String(1 + (i % 28)).padStart(2, "0")}`),
    ]);
    const a = await validate(rows, "1900", "log-1900");
    const b = await validate(rows, "1904", "log-1904");
    expect(b).toEqual(a);
  });
});
