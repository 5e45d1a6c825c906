/**
 * The CLI on a workbook kept the published reports' way: every period dataset with its
 * periods across the columns, as tables and as plain ranges mapped by CSC_ names. `validate`
 * and `generate` give what they give for the layout's own form.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { ZipArchive, writeZip } from "../../src/cli/xlsx/zip";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { generateCommand } from "../../src/cli/generate";
import { validateCommand } from "../../src/cli/validate";
import { mappingComment } from "../../src/core/workbook";
import { loadSampleWorkbook } from "../../src/cli/template";
import { buildTemplateWorkbook } from "../../support/template-workbook";
import type { Layout } from "../fixtures/workbooks/layouts";
import { applyLayout } from "./layout-xlsx";
import { fy, tempDir } from "./helpers";

const PERIOD_SHEETS = ["Assessments", "Child Protection", "Looked After", "Contacts", "UASC"];
const dir = tempDir();
const quiet = { log: () => undefined, error: () => undefined };

async function write(name: string, layout?: Layout): Promise<string> {
  const wb: Workbook = buildTemplateWorkbook(loadSampleWorkbook());
  if (layout) for (const sheet of PERIOD_SHEETS) applyLayout(wb, sheet, layout);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function writeBook(wb: Workbook, name: string): Promise<string> {
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** `validate --json`'s issues as code@sheet, and `generate`'s HTML report. */
async function outputs(file: string, name: string): Promise<{ codes: string[]; html: string }> {
  const lines: string[] = [];
  const code = await validateCommand(file, { json: true }, { stdout: (s) => lines.push(s), stderr: () => undefined });
  expect(code).toBe(0);
  const { issues } = JSON.parse(lines.join("\n")) as { issues: { code: string; sheet: string }[] };
  const html = join(dir, `${name}.html`);
  expect(
    await generateCommand(file, { output: join(dir, `${name}-out.xlsx`), year: fy("2021-22"), html, ...quiet }),
  ).toBe(0);
  return { codes: issues.map((i) => `${i.code}@${i.sheet}`), html: readFileSync(html, "utf8") };
}

describe("a workbook with every period dataset across", () => {
  let down: { codes: string[]; html: string };
  beforeAll(async () => {
    down = await outputs(await write("down"), "down");
  });

  it.each<Layout>(["across", "across-named"])("as %s: the same issues and the same report", async (layout) => {
    const got = await outputs(await write(layout, layout), layout);
    // The same issues; sorted, since findings are listed by cell and the cells are transposed.
    expect([...got.codes].sort()).toEqual([...down.codes].sort());
    expect(got.html).toBe(down.html);
    expect(got.html).toContain("UASC");
  });
});

describe("a CSC_ name over whole columns", () => {
  it("reads the rows that hold something, on a sheet of the officer's own", async () => {
    const wb: Workbook = buildTemplateWorkbook(loadSampleWorkbook());
    const contacts = wb.getWorksheet("Contacts");
    if (!contacts) throw new Error("no Contacts sheet");
    wb.removeWorksheet(contacts.id);
    const t = loadSampleWorkbook().sheets.find((s) => s.name === "Contacts")?.tables[0];
    if (!t) throw new Error("no contacts");
    const ws = wb.addWorksheet("My figures");
    [t.headers, ...t.rows].forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 2).value = v)));
    ws.getCell(3, 4).value = -1; // Referrals 2018-19, in column D of the officer's sheet
    const file = join(dir, "columns.xlsx");
    writeFileSync(
      file,
      withDefinedName(new Uint8Array(await wb.xlsx.writeBuffer()), "CSC_Contacts", "'My figures'!$B:$E"),
    );
    const lines: string[] = [];
    await validateCommand(file, { json: true }, { stdout: (s) => lines.push(s), stderr: () => undefined });
    const { issues } = JSON.parse(lines.join("\n")) as { issues: { code: string; sheet: string; cell: string }[] };
    const mine = issues.filter((i) => i.sheet === "My figures" || i.sheet === "Contacts");
    // The referrals it read differ from DfE's published ones (the sample counts them its own way):
    // that one warning names the officer's cell too.
    expect(mine.map((i) => `${i.code}@${i.sheet}!${i.cell}`)).toEqual([
      "published-differs@My figures!D2",
      "negative@My figures!D3",
    ]);
  });
});

describe("a CSC_ name over whole rows", () => {
  it("reads a table laid across to the columns that hold something, on a sheet of the officer's own", async () => {
    const across: Workbook = buildTemplateWorkbook(loadSampleWorkbook());
    applyLayout(across, "Contacts", "across");
    const expected = await outputs(await writeBook(across, "rows-table"), "rows-table");

    const wb: Workbook = buildTemplateWorkbook(loadSampleWorkbook());
    applyLayout(wb, "Contacts", "across-named"); // the same grid, as a plain range at B3
    const contacts = wb.getWorksheet("Contacts");
    if (!contacts) throw new Error("no Contacts sheet");
    const grid = (contacts.getSheetValues() as unknown[][]).slice(3).map((r) => (r ?? []).slice(2));
    wb.removeWorksheet(contacts.id);
    wb.definedNames.remove("'Contacts'!$B$3", "CSC_Contacts");
    const ws = wb.addWorksheet("My figures");
    grid.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v as never)));
    const file = join(dir, "rows.xlsx");
    writeFileSync(
      file,
      withDefinedName(new Uint8Array(await wb.xlsx.writeBuffer()), "CSC_Contacts", `'My figures'!$1:$${grid.length}`),
    );
    const got = await outputs(file, "rows");
    expect(got.codes.map((c) => c.replace("@My figures", "@Contacts")).sort()).toEqual([...expected.codes].sort());
    expect(got.html).toBe(expected.html);
  });
});

describe("a CSC_ name's comment", () => {
  it("carries the officer's header choices to the CLI as to the add-in", async () => {
    const wb: Workbook = buildTemplateWorkbook(loadSampleWorkbook());
    const contacts = wb.getWorksheet("Contacts");
    if (!contacts) throw new Error("no Contacts sheet");
    contacts.getCell("A1").value = "Financial year";
    const base = join(dir, "choices-base.xlsx");
    writeFileSync(base, new Uint8Array(await buildTemplateWorkbook(loadSampleWorkbook()).xlsx.writeBuffer()));
    const file = join(dir, "choices.xlsx");
    const { comment } = mappingComment("Contacts and referrals", [{ header: "Year", label: "Financial year" }]);
    writeFileSync(
      file,
      withDefinedName(new Uint8Array(await wb.xlsx.writeBuffer()), "CSC_Contacts", "tblContacts[#All]", comment),
    );
    const issuesOf = async (f: string): Promise<string[]> => {
      const lines: string[] = [];
      await validateCommand(f, { json: true }, { stdout: (s) => lines.push(s), stderr: () => undefined });
      const { issues } = JSON.parse(lines.join("\n")) as { issues: { code: string; sheet: string; cell: string }[] };
      return issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`);
    };
    expect(await issuesOf(file)).toEqual(await issuesOf(base));
  });
});

/**
 * The package with a workbook-scoped defined name added to xl/workbook.xml (ExcelJS writes no
 * whole-column name), through the CLI's own ZIP code: every other part copied as it was.
 */
function withDefinedName(bytes: Uint8Array, name: string, ref: string, comment?: string): Uint8Array {
  const zip = new ZipArchive(bytes);
  const note = comment === undefined ? "" : ` comment="${comment.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`;
  const xml = `<definedNames><definedName name="${name}"${note}>${ref.replace(/'/g, "&apos;")}</definedName></definedNames>`;
  return writeZip(
    zip.entries.map((entry) =>
      entry.name === "xl/workbook.xml"
        ? {
            kind: "new" as const,
            name: entry.name,
            data: new TextEncoder().encode(
              new TextDecoder().decode(zip.read(entry)).replace("</sheets>", `</sheets>${xml}`),
            ),
          }
        : { kind: "copy" as const, from: zip, entry },
    ),
  );
}
