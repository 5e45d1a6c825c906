import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { generateCommand } from "../../src/cli/generate";
import { loadSampleWorkbook } from "../../src/cli/template";
import { buildTemplateWorkbook } from "../../support/template-workbook";
import type { RawWorkbook } from "../../src/core/workbook";
import { fy, run } from "./helpers";

let dir: string;
let sample: string;
const quiet = { log: () => undefined, error: () => undefined };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "csc-generate-"));
  sample = join(dir, "sample.xlsx");
  await buildTemplateWorkbook(loadSampleWorkbook()).xlsx.writeFile(sample);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every sheet's cell values as JSON, by sheet name, leaving out the report sheet. */
function sheetValues(wb: ExcelJS.Workbook): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  wb.eachSheet((ws) => {
    if (ws.name === "Safeguarding Report") return;
    const rows: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => rows.push([n, row.values]));
    out[ws.name] = rows;
  });
  return out;
}

describe("csc-report generate", () => {
  it("writes a copy with the report sheet, the input's sheets unchanged, and the HTML", async () => {
    const out = join(dir, "out.xlsx");
    const html = join(dir, "report.html");
    const code = await generateCommand(sample, { output: out, year: fy("2021-22"), html, ...quiet });
    expect(code).toBe(0);
    const before = await load(sample);
    const after = await load(out);
    expect(sheetValues(after)).toEqual(sheetValues(before));
    expect(after.worksheets.map((w) => w.name)).toEqual([
      ...before.worksheets.map((w) => w.name),
      "Safeguarding Report",
    ]);

    const ws = after.getWorksheet("Safeguarding Report");
    if (!ws) throw new Error("no report sheet");
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    // The charts are drawn in the file (chart parts): no note says they cannot be.
    expect(texts.some((t) => /does not draw/i.test(t))).toBe(false);
    expect(
      texts.some((t) => t.includes("209% increase in the number of UASC care leavers since June 2017 (137)")),
    ).toBe(true);
    // The assessments table: header row then counts with "#,##0" and timeliness with "0.00%".
    let found = false;
    ws.eachRow((row) => {
      if (row.getCell(1).value === "Timeliness (within 45 working days)") {
        found = true;
        expect(row.getCell(6).value).toBe(0.959);
        expect(row.getCell(6).numFmt).toBe("0.00%");
      }
      if (row.getCell(1).value === "Number of initial contacts") {
        expect(row.getCell(6).value).toBe(153033);
        expect(row.getCell(6).numFmt).toBe("#,##0");
      }
    });
    expect(found).toBe(true);
    const page = readFileSync(html, "utf8");
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain("<td>153,033</td>");
  });

  it("replaces the report sheet when run on its own output", async () => {
    const first = join(dir, "first.xlsx");
    const second = join(dir, "second.xlsx");
    const third = join(dir, "third.xlsx");
    expect(
      await generateCommand(sample, { output: first, year: fy("2019-20"), quarterStyle: "end-month", ...quiet }),
    ).toBe(0);
    expect(await generateCommand(first, { output: second, year: fy("2021-22"), ...quiet })).toBe(0);
    expect(await generateCommand(second, { output: third, ...quiet })).toBe(0);
    const wb = await load(third);
    expect(wb.worksheets.filter((w) => w.name === "Safeguarding Report")).toHaveLength(1);
    const title = wb.getWorksheet("Safeguarding Report")?.getCell("A1").value;
    expect(String(title)).toContain("2021-22");
    expect(sheetValues(wb)).toEqual(sheetValues(await load(sample)));
  });

  it("exits 1 and writes nothing when validation finds an error", async () => {
    const raw = loadSampleWorkbook();
    const broken: RawWorkbook = {
      sheets: raw.sheets.map((s) => ({
        ...s,
        tables: s.tables.map((t) =>
          t.name === "tblAssessments"
            ? { ...t, rows: t.rows.map((r, i) => (i === 2 ? [r[0] ?? null, "lots", r[2] ?? null, r[3] ?? null] : r)) }
            : t,
        ),
      })),
    };
    const input = join(dir, "broken.xlsx");
    await buildTemplateWorkbook(broken).xlsx.writeFile(input);
    const out = join(dir, "broken-out.xlsx");
    const errors: string[] = [];
    expect(await generateCommand(input, { output: out, log: () => undefined, error: (s) => errors.push(s) })).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(errors.join("\n")).toMatch(/Assessments!/);
  });

  it("exits 1 with the reason for a --year that has no figures, writing nothing", async () => {
    const out = join(dir, "empty-year.xlsx");
    const errors: string[] = [];
    const code = await generateCommand(sample, {
      output: out,
      year: fy("2030-31"),
      log: () => undefined,
      error: (s) => errors.push(s),
    });
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(errors.join("\n")).toContain(
      "No figures for 2030-31 in any dataset: the workbook's yearly figures run from 2013-14 to 2021-22.",
    );
  });

  it.each([
    [
      "an unreadable input",
      () => {
        const p = join(dir, "junk.xlsx");
        writeFileSync(p, "not a zip");
        return p;
      },
      {},
    ],
    ["a missing input", () => join(dir, "nope.xlsx"), {}],
    ["output = input", () => sample, { output: "SAME" }],
  ])("exits 2 for %s", async (_what, input, extra: { output?: string }) => {
    const path = input();
    const out = extra.output === "SAME" ? path : join(dir, "x.xlsx");
    expect(await generateCommand(path, { output: out, ...quiet })).toBe(2);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  // The options' parsers (src/cli/args.ts) refuse these before the command runs.
  it.each([
    ["a bad year", ["--year", "2021-23"], /'2021-23' is invalid\. It is not a financial year: write it as 2021-22\./],
    ["a quarter, not a year", ["--year", "Jun-2020"], /'Jun-2020' is invalid\. It is not a financial year/],
    ["an unknown quarter style", ["--quarter-style", "weekly"], /Allowed choices are end-month, range/],
    ["an empty --compare", ["--compare", ","], /--compare takes england, region, neighbours \(comma-separated\)\./],
  ])("exits 2 for %s, naming the option, writing nothing", async (_what, args, message) => {
    const out = join(dir, "refused-arg.xlsx");
    const r = await run("generate", sample, "-o", out, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
