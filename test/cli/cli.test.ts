/** csc-report in-process: template, validate (text, JSON, exit codes, read-only), arguments. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { ooxmlColumnWidth } from "../../src/core/report";
import { run, tempDir } from "./helpers";

const dir = tempDir();
const sample = join(dir, "sample.xlsx");
const empty = join(dir, "empty.xlsx");
const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(async () => {
  expect(await run("template", sample, "--sample")).toMatchObject({ code: 0, out: `wrote ${sample}` });
  expect((await run("template", empty)).code).toBe(0);
});

describe("template", () => {
  it("writes real Excel tables with formats, widths and a frozen header", async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(sample);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Settings",
      "Assessments",
      "Child Protection",
      "Looked After",
      "Contacts",
      "UASC",
    ]);
    const ws = wb.getWorksheet("Assessments");
    const tables = Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables);
    expect(tables).toEqual(["tblAssessments"]);
    expect(ws?.getCell("B6").value).toBe(19712);
    expect(ws?.getCell("B6").numFmt).toBe("#,##0");
    expect(ws?.getCell("D6").numFmt).toBe("0.00%");
    expect(ws?.getCell("A1").font?.bold).toBe(true);
    // 24 characters written as the report writes widths (<col width>, ECMA-376 §18.3.1.13).
    expect(ws?.getColumn(2).width).toBe(ooxmlColumnWidth(24));
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("writes the empty template with the settings labels and the assessment log sheet", async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(empty);
    expect(wb.getWorksheet("Assessment Log")?.getCell("B1").value).toBe("Referral date");
    expect(wb.getWorksheet("Assessment Log")?.getCell("B2").numFmt).toBe("dd/mm/yyyy");
    expect(wb.getWorksheet("Settings")?.getCell("A6").value).toBe("Timeliness limit (working days)");
    expect(wb.getWorksheet("Settings")?.getCell("B6").value).toBe(45);
  });

  it("refuses to overwrite without --force", async () => {
    const before = sha(sample);
    const refused = await run("template", sample, "--sample");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already exists; use --force/);
    expect(sha(sample)).toBe(before);
    const file = join(dir, "forced.xlsx");
    writeFileSync(file, "old");
    expect((await run("template", file, "--force")).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("validate", () => {
  it("prints the sample's warnings grouped by sheet and exits 0", async () => {
    const r = await run("validate", sample);
    expect(r.code).toBe(0);
    // 3 of the workbook's own; where it differs from DfE's published figures for Hampshire, one
    // grouped note of the figures within a child or two, one warning for the referrals (a local count).
    expect(r.out.split("\n").at(-1)).toBe("0 errors, 5 warnings");
    expect(r.out).toContain("UASC\n  warning C5 ");
  });

  it("prints exactly {issues:[{severity,code,sheet,cell,message,hint}]} with --json", async () => {
    const r = await run("validate", sample, "--json");
    const parsed = JSON.parse(r.out) as { issues: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(["issues"]);
    expect(parsed.issues).toHaveLength(5);
    for (const i of parsed.issues)
      expect(Object.keys(i)).toEqual(["severity", "code", "sheet", "cell", "message", "hint"]);
    expect(parsed.issues.at(-1)).toMatchObject({ severity: "warning", code: "trend-jump", sheet: "UASC", cell: "C5" });
  });

  it("exits 1 on errors (the empty template)", async () => {
    const r = await run("validate", empty);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\d+ errors, 0 warnings$/);
  });

  it("never changes the file, byte for byte", async () => {
    const before = sha(sample);
    await run("validate", sample);
    await run("validate", sample, "--json");
    expect(sha(sample)).toBe(before);
  });

  it("finds a plain block typed without a table, with a warning", async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(sample);
    const uasc = wb.getWorksheet("UASC");
    const raw = readWorkbookBytes(readFileSync(sample)).raw.sheets.find((s) => s.name === "UASC")?.tables[0];
    if (!uasc || !raw) throw new Error("no UASC");
    wb.removeWorksheet(uasc.id);
    const block = wb.addWorksheet("UASC");
    block.addRow([...raw.headers]);
    for (const r of raw.rows) block.addRow([...r]);
    const file = join(dir, "block.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run("validate", file, "--json");
    const { issues } = JSON.parse(r.out) as { issues: { code: string; sheet: string; cell: string }[] };
    expect(issues).toContainEqual(expect.objectContaining({ code: "no-table", sheet: "UASC", cell: "A1" }));
    expect(r.code).toBe(0);
  });
});

describe("bad input: exit 2 with one clear line, no stack trace", () => {
  const notXlsx = join(dir, "notes.xlsx");
  beforeAll(() => writeFileSync(notXlsx, "this is not a workbook"));

  it.each([
    ["a missing file", ["validate", join(dir, "nope.xlsx")], /cannot read the input ".*nope\.xlsx": no such file/],
    ["a file that is not .xlsx", ["validate", notXlsx], /cannot read the input ".*notes\.xlsx": not an .xlsx workbook/],
    ["no file", ["validate"], /missing required argument/],
    ["an unknown command", ["check", sample], /unknown command/],
    ["an unknown option", ["validate", sample, "--yaml"], /unknown option/],
    ["no arguments", [], /Usage: csc-report/],
    ["generate without -o", ["generate", sample], /required option/],
  ])("%s", async (_name, args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("prints help and exits 0 with --help, listing generate", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/template[\s\S]*validate[\s\S]*generate/);
  });
});

it("leaves no file behind when validate fails to read", () => {
  expect(existsSync(join(dir, "nope.xlsx"))).toBe(false);
});
