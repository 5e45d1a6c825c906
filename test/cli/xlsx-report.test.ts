/**
 * The package edit on packages unlike the sample: one written with prefixed elements and
 * parts under other names (the report must follow its conventions), and a foreign
 * "Safeguarding Report" sheet with a chart and formulas, replaced with --replace-report:
 * what only it used (its drawing, its calculation-chain entries) goes with it, its chart (not
 * one csc-report drew) is carried into the new drawing, and nothing else changes. LibreOffice
 * opens both results.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { writeReportPackage } from "../../src/cli/xlsx-report";
import { buildReportPlan } from "../../src/core/report";
import { validateWorkbook } from "../../src/core/workbook";
import { loadSampleWorkbook } from "../../src/cli/template";
import { oddPackage, pack } from "./fixtures/odd-package";
import { ensureDebianTools, libreOfficeSheets, PYTHON } from "./debian";
import { run, tempDir } from "./helpers";

const dir = tempDir();

async function entries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

function samplePlan() {
  const { data } = validateWorkbook(loadSampleWorkbook());
  if (!data) throw new Error("the sample does not validate");
  return buildReportPlan(data, {});
}

beforeAll(() => ensureDebianTools(), 240_000);

it("writes the report in the conventions of a package with prefixes and its own part names", async () => {
  // Without the stray cell at XFD1048576, which LibreOffice's CSV export would write out in full.
  const input = await pack(oddPackage(false, false));
  const out = writeReportPackage(readWorkbookBytes(input), samplePlan());
  const before = await entries(input);
  const after = await entries(out.bytes);
  const wb = after.get("Book/MainBook.xml")?.toString("utf8") ?? "";
  // The workbook's own prefixes: x: for SpreadsheetML, rr: for relationships.
  expect(wb).toMatch(/<x:sheet name="Safeguarding Report" sheetId="10" rr:id="(\w+)"\/><\/x:sheets>/);
  expect(wb).toContain('<x:definedNames><x:definedName name="CSC_REPORT_SHEET" localSheetId="2" hidden="1">');
  expect([...after.keys()].filter((n) => !before.has(n))).toEqual([
    "Book/worksheets/sheet1.xml",
    "Book/worksheets/_rels/sheet1.xml.rels",
    "Book/drawings/drawing1.xml",
    "Book/drawings/_rels/drawing1.xml.rels",
    ...[1, 2, 3, 4, 5, 6].map((n) => `Book/charts/chart${n}.xml`),
  ]);
  // A styles part with cell formats only gets the default font, fills and border first.
  const looks = after.get("Book/looks.xml")?.toString("utf8") ?? "";
  expect(looks).toMatch(/^<x:styleSheet[^>]*><x:numFmts/);
  expect(looks).toMatch(/<x:fonts count="\d+"><x:font><x:sz val="11"\/><x:name val="Calibri"\/><\/x:font>/);
  expect(looks).toContain(
    '<x:fills count="3"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/>',
  );
  for (const [name, bytes] of before)
    if (!["Book/MainBook.xml", "Book/_rels/MainBook.xml.rels", "[Content_Types].xml", "Book/looks.xml"].includes(name))
      expect({ name, same: after.get(name)?.equals(bytes) }).toEqual({ name, same: true });

  const back = readWorkbookBytes(out.bytes).raw.sheets.map((s) => s.name);
  expect(back).toEqual(["Cells", "Log", "Safeguarding Report"]);
  const file = join(dir, "odd-out.xlsx");
  writeFileSync(file, out.bytes);
  const report = libreOfficeSheets(file).get("Safeguarding Report") ?? "";
  // LibreOffice shows the figures; it leaves this package's number formats unapplied (it does the sample's).
  expect(report).toMatch(/Assessments completed,"?18,?496"?,"?18,?003"?,"?19,?712"?,"?15,?924"?,"?21,?188"?/);
}, 120_000);

it("replacing a foreign report sheet takes its drawing and calculation-chain entries with it, keeps its chart (not csc-report's) in the new drawing, and nothing else", async () => {
  const sample = join(dir, "sample.xlsx");
  expect((await run("template", sample, "--sample")).code).toBe(0);
  const built = join(dir, "foreign-built.xlsx");
  execFileSync(PYTHON, [
    "-c",
    [
      "import openpyxl, sys",
      "from openpyxl.chart import BarChart, Reference",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "for name in ['Notes', 'Safeguarding Report']:",
      "    ws = wb.create_sheet(name)",
      "    ws['A1'] = 2",
      "    ws['A2'] = '=A1*2'",
      "    chart = BarChart()",
      "    chart.add_data(Reference(ws, min_col=1, min_row=1, max_row=2))",
      "    ws.add_chart(chart, 'C3')",
      "wb.save(sys.argv[2])",
    ].join("\n"),
    sample,
    built,
  ]);
  // openpyxl writes no calculation chain: add one as Excel would, Notes (sheet 7) then the report (sheet 8).
  const zip = await JSZip.loadAsync(readFileSync(built));
  zip.file(
    "xl/calcChain.xml",
    '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A2" i="7"/><c r="A2" i="8"/><c r="B9"/><c r="A3" i="7"/></calcChain>',
  );
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  const input = join(dir, "foreign.xlsx");
  writeFileSync(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

  const output = join(dir, "foreign-out.xlsx");
  expect((await run("generate", input, "-o", output)).code).toBe(2);
  expect((await run("generate", input, "-o", output, "--replace-report")).code).toBe(0);
  const before = await entries(readFileSync(input));
  const after = await entries(readFileSync(output));
  const gone = [...before.keys()].filter((n) => !after.has(n)).sort();
  // openpyxl names the report's drawing and chart after Notes' (drawing2, chart2). The chart is
  // not one csc-report recorded, so the new drawing carries it (core's rule keeps the officer's charts).
  expect(gone).toEqual(["xl/drawings/_rels/drawing2.xml.rels", "xl/drawings/drawing2.xml"]);
  expect(after.get("xl/drawings/_rels/drawing3.xml.rels")?.toString("utf8")).toContain('Target="../charts/chart2.xml"');
  // The sheet's relationships part is the report's own now: its new drawing only.
  expect(after.get("xl/worksheets/_rels/sheet8.xml.rels")?.toString("utf8")).toMatch(
    /<Relationship Id="rId1" Type="[^"]*\/drawing" Target="..\/drawings\/drawing3.xml"\/><\/Relationships>$/,
  );
  const ct = after.get("[Content_Types].xml")?.toString("utf8") ?? "";
  expect(ct).not.toMatch(/drawing2/);
  expect(ct).toContain("/xl/charts/chart2.xml");
  expect(ct).toContain("/xl/charts/chart1.xml");
  // The report's entries go (B9 has no i: it is on the sheet of the entry before it).
  expect(after.get("xl/calcChain.xml")?.toString("utf8")).toBe(
    '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A2" i="7"/><c r="A3" i="7"/></calcChain>',
  );
  // Other sheets have formulas, which may read the report: the workbook recalculates on opening.
  expect(after.get("xl/workbook.xml")?.toString("utf8")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  const sheets = libreOfficeSheets(output);
  expect(sheets.get("Safeguarding Report")).toContain("21,188");
  expect(sheets.get("Notes")).toContain("4");
}, 180_000);

it("writes into a workbook the Open XML SDK wrote: no styles part, a byte-order mark, prefixed elements", async () => {
  // office-addin-dev-settings' template, as Microsoft's tooling wrote it.
  const template = join(
    __dirname,
    "..",
    "..",
    "node_modules",
    "office-addin-dev-settings",
    "templates",
    "ExcelWorkbookWithTaskPane.xlsx",
  );
  const input = readFileSync(template);
  const read = readWorkbookBytes(input);
  expect(read.raw.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  const out = writeReportPackage(read, samplePlan());
  const after = await entries(out.bytes);
  // A styles part is created (with its relationship and content type) for the report's formats.
  expect(after.get("xl/styles.xml")?.toString("utf8")).toContain("<cellXfs count=");
  expect(after.get("xl/_rels/workbook.xml.rels")?.toString("utf8")).toMatch(
    /relationships\/styles" Target="styles.xml"/,
  );
  expect(after.get("[Content_Types].xml")?.toString("utf8")).toContain('PartName="/xl/styles.xml"');
  for (const [name, bytes] of await entries(input))
    if (!["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"].includes(name))
      expect({ name, same: after.get(name)?.equals(bytes) }).toEqual({ name, same: true });
  const file = join(dir, "sdk-out.xlsx");
  writeFileSync(file, out.bytes);
  const report = libreOfficeSheets(file).get("Safeguarding Report") ?? "";
  expect(report).toContain('Assessments completed,"18,496","18,003","19,712","15,924","21,188"');
}, 120_000);
