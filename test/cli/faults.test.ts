/**
 * The fault table (test/fixtures/workbooks/faults.json) through the CLI: the sample
 * written by the template writer, one cell (and its number format, for a date) changed
 * with ExcelJS, `validate --json` run
 * in-process; the expected code at the expected cell, and the exit code to match.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { run, tempDir } from "./helpers";
import type { IssueJson } from "../../src/cli/validate";
import type { Layout } from "../fixtures/workbooks/layouts";
import { applyLayout } from "./layout-xlsx";

interface Fault {
  readonly name: string;
  readonly sheet: string;
  readonly cell: string;
  readonly value: string | number | null | { readonly date: string };
  readonly numberFormat?: string;
  readonly layout?: Layout;
  readonly code: string | null;
  readonly severity: "error" | "warning" | null;
}
const faults = (
  JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "workbooks", "faults.json"), "utf8")) as { cases: Fault[] }
).cases;
const dir = tempDir();
const sample = join(dir, "sample.xlsx");

beforeAll(async () => {
  expect((await run("template", sample, "--sample")).code).toBe(0);
});

async function withFault(f: Fault, i: number): Promise<string> {
  const wb = new Workbook();
  await wb.xlsx.readFile(sample);
  if (f.layout) applyLayout(wb, f.sheet, f.layout);
  const ws = wb.getWorksheet(f.sheet);
  if (!ws) throw new Error(`no sheet ${f.sheet}`);
  const v = f.value;
  const cell = ws.getCell(f.cell);
  const isDate = v !== null && typeof v === "object";
  cell.value = isDate ? new Date(`${v.date}T00:00:00Z`) : v;
  // Excel gives a typed date a date format; ExcelJS would keep the template's "#,##0".
  const format = f.numberFormat ?? (isDate ? "dd/mm/yyyy" : undefined);
  if (format) cell.numFmt = format;
  const file = join(dir, `fault-${i}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe.each(faults.map((f, i) => [f.name, f, i] as const))("%s", (_name, fault, i) => {
  it(
    fault.code
      ? `gives ${fault.code} at ${fault.sheet}!${fault.cell}`
      : `gives no issue at ${fault.sheet}!${fault.cell}`,
    async () => {
      const file = await withFault(fault, i);
      const result = await run("validate", file, "--json");
      const { issues } = JSON.parse(result.out) as { issues: IssueJson[] };
      const here = issues.filter((x) => x.sheet === fault.sheet && x.cell === fault.cell);
      if (fault.code === null) {
        expect(here).toEqual([]);
        expect(result.code).toBe(0);
        return;
      }
      expect(here.map((x) => [x.code, x.severity])).toContainEqual([fault.code, fault.severity]);
      expect(result.code).toBe(issues.some((x) => x.severity === "error") ? 1 : 0);
      expect(result.code).toBe(fault.severity === "error" ? 1 : 0);
    },
  );
});
