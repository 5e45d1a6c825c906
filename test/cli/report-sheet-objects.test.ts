/**
 * What an officer adds to the report sheet besides cells, on the command line: a text box and
 * a chart of their own in the sheet's drawing, and a note (a legacy comment) on a cell. The
 * text box and the chart are carried into the new report's drawing (only csc-report's charts,
 * by their recorded names, are replaced); a note sits on a cell the report rewrites, so without
 * --replace-report the run refuses and names it, and with it the run says the note is not carried.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { generateCommand } from "../../src/cli/generate";
import { loadSampleWorkbook } from "../../src/cli/template";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { reportSheetSeen } from "../../src/cli/xlsx/mark";
import { sheetObjects } from "../../src/cli/xlsx/sheet-objects";
import { buildTemplateWorkbook } from "../../support/template-workbook";

const SHEET = "Safeguarding Report";
let dir: string;
let generated: string;

/** Runs generate, collecting what it prints. */
async function generate(input: string, output: string, replaceReport = false) {
  const lines: string[] = [];
  const code = await generateCommand(input, {
    output,
    replaceReport,
    log: (l) => lines.push(l),
    error: (l) => lines.push(l),
  });
  return { code, text: lines.join("\n") };
}

/** The report sheet's part and its drawing part in a generated package. */
async function reportParts(zip: JSZip): Promise<{ sheet: string; drawing: string }> {
  const file = readWorkbookBytes(new Uint8Array(await zip.generateAsync({ type: "uint8array" })));
  const entry = file.sheets.find((s) => s.name === SHEET);
  if (!entry?.part) throw new Error("no report sheet");
  const drawing = file.pkg.rels(entry.part).find((r) => r.type.endsWith("/drawing"));
  if (!drawing) throw new Error("the report sheet has no drawing");
  return { sheet: entry.part, drawing: drawing.target };
}

/** The generated workbook with an officer's text box (and a chart of theirs, when asked) in the report's drawing. */
async function withShape(chart = false): Promise<JSZip> {
  const zip = await JSZip.loadAsync(readFileSync(generated));
  const { drawing } = await reportParts(zip);
  const xml = (await zip.file(drawing)?.async("string")) ?? "";
  const box =
    "<xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
    "<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
    '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="90" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>' +
    '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>' +
    "<xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Checked with the team manager</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>";
  const officerChart = chart
    ? xml.match(/<xdr:twoCellAnchor>[\s\S]*?<\/xdr:twoCellAnchor>/)?.[0].replace(/name="[^"]*"/, 'name="My chart"')
    : "";
  zip.file(drawing, xml.replace("</xdr:wsDr>", `${box}${officerChart ?? ""}</xdr:wsDr>`));
  return zip;
}

/** Adds a note on `cell` of the report sheet: a comments part and its relationship (ECMA-376 Part 1 §18.7). */
async function withNote(zip: JSZip, cell: string): Promise<JSZip> {
  const { sheet } = await reportParts(zip);
  const relsPart = sheet.replace(/([^/]+)$/, "_rels/$1.rels");
  const rels = (await zip.file(relsPart)?.async("string")) ?? "";
  zip.file(
    "xl/comments91.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<authors><author>Officer</author></authors><commentList><comment ref="${cell}" authorId="0"><text><t>Ask about this figure</t></text></comment></commentList></comments>`,
  );
  zip.file(
    relsPart,
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments91.xml"/></Relationships>',
    ),
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/comments91.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>',
    ),
  );
  return zip;
}

async function save(zip: JSZip, name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: "uint8array" }));
  return path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "csc-objects-"));
  const sample = join(dir, "sample.xlsx");
  await buildTemplateWorkbook(loadSampleWorkbook()).xlsx.writeFile(sample);
  generated = join(dir, "generated.xlsx");
  expect((await generate(sample, generated)).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("reads its own report sheet as its own: its charts are the ones it recorded", () => {
  const seen = reportSheetSeen(readWorkbookBytes(readFileSync(generated)), SHEET);
  expect(seen).toMatchObject({ present: true, added: { charts: [], shapes: [], notes: [], comments: [] } });
  expect(seen.present && seen.mark !== undefined && seen.mark === seen.content).toBe(true);
});

it("refuses to regenerate over a note, naming it and what it would keep, and writes nothing", async () => {
  const input = await save(await withNote(await withShape(), "B5"), "annotated.xlsx");
  const file = readWorkbookBytes(readFileSync(input));
  const part = file.sheets.find((s) => s.name === SHEET)?.part ?? "";
  // The project's reader sees both, as the add-in would.
  expect(sheetObjects(file.pkg, part)).toMatchObject({ shapes: ["TextBox 1"], notes: ["B5"], comments: [] });
  const out = join(dir, "refused.xlsx");
  const r = await generate(input, out);
  expect(r.code).toBe(2);
  expect(r.text).toContain("has been edited since csc-report wrote it: it has a note on B5");
  expect(r.text).toContain("--replace-report");
  expect(existsSync(out)).toBe(false);
});

it("keeps the officer's text box and chart on regeneration, and replaces only its own charts, by recorded name", async () => {
  const input = await save(await withShape(true), "with-chart.xlsx");
  const before = readWorkbookBytes(readFileSync(input));
  const beforePart = before.sheets.find((s) => s.name === SHEET)?.part ?? "";
  const own = sheetObjects(before.pkg, beforePart).charts.filter((c) => c !== "My chart");
  const out = join(dir, "kept.xlsx");
  const r = await generate(input, out);
  expect(r.code).toBe(0);
  expect(r.text).toContain(
    "Kept on the report sheet, where they were: the chart “My chart” and the shape “TextBox 1”.",
  );
  const after = readWorkbookBytes(readFileSync(out));
  const part = after.sheets.find((s) => s.name === SHEET)?.part ?? "";
  const objects = sheetObjects(after.pkg, part);
  expect(objects.shapes).toEqual(["TextBox 1"]);
  expect(objects.charts.filter((c) => c === "My chart")).toHaveLength(1);
  expect(objects.charts.filter((c) => c !== "My chart").sort()).toEqual([...own].sort());
  // The officer's chart still reaches a chart part in the package.
  const drawing = after.pkg.rels(part).find((x) => x.type.endsWith("/drawing"))?.target ?? "";
  const rels = after.pkg.rels(drawing);
  expect(rels.filter((x) => x.id.startsWith("rIdKept")).every((x) => after.pkg.has(x.target))).toBe(true);
  expect(rels.some((x) => x.id.startsWith("rIdKept"))).toBe(true);
  // Each drawing object keeps an id of its own (the kept ones are renumbered past the report's).
  const ids = [...after.pkg.text(drawing).matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  // Still csc-report's sheet: the next run keeps them again without asking.
  expect((await generate(out, join(dir, "kept-again.xlsx"))).code).toBe(0);
});

it("with --replace-report over a note, regenerates, keeps the text box and says the note is not carried", async () => {
  const input = await save(await withNote(await withShape(), "B5"), "annotated-2.xlsx");
  const out = join(dir, "replaced.xlsx");
  const r = await generate(input, out, true);
  expect(r.code).toBe(0);
  expect(r.text).toContain("does not carry what was added to the old one: a note on B5");
  expect(r.text).toContain("Kept on the report sheet, where they were: the shape “TextBox 1”.");
  const file = readWorkbookBytes(readFileSync(out));
  const part = file.sheets.find((s) => s.name === SHEET)?.part ?? "";
  expect(sheetObjects(file.pkg, part)).toMatchObject({ shapes: ["TextBox 1"], notes: [] });
  expect((await generate(out, join(dir, "again.xlsx"))).code).toBe(0);
});
