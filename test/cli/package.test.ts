/**
 * What a copy keeps: an officer's workbook with styles, defined names, protection,
 * sensitivity-label properties, an external link, a pivot table, a chart, an image, a
 * What-If data table, a dynamic array, hidden rows and hyperlinks (built by openpyxl and
 * by editing its package, test/cli/fixtures/rich_workbook.py) goes through `generate`.
 * Every part that is not the report's comes out byte for byte; the parts that list the
 * report change only by its entries; LibreOffice opens the copy and shows the figures.
 * Then the report sheet's ownership: a sheet at its name that csc-report did not write, or
 * edited since, is replaced only with --replace-report.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { run, tempDir } from "./helpers";
import { ensureDebianTools, libreOfficeConvert, libreOfficeSheets, PYTHON } from "./debian";

const dir = tempDir();
const sample = join(dir, "sample.xlsx");
const rich = join(dir, "rich.xlsx");
const out = join(dir, "out.xlsx");
const REPORT = "Safeguarding Report";

/** Every entry of an .xlsx, by name, read with JSZip (not csc-report's own ZIP reader). */
async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const map = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    const f = zip.files[name];
    if (f && !f.dir) map.set(name, await f.async("nodebuffer"));
  }
  return map;
}

/** An element as plain data: local name, attributes, text, children (fast-xml-parser, in order). */
interface El {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: El[];
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
});

function toEl(node: Record<string, unknown>): El | undefined {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (!name || name === "?xml") return undefined;
  if (name === "#text") return { name, attrs: {}, text: String(node[name]), children: [] };
  const kids = (node[name] as Record<string, unknown>[]).map(toEl).filter((e): e is El => e !== undefined);
  return {
    name,
    attrs: (node[":@"] as Record<string, string> | undefined) ?? {},
    text: kids
      .filter((k) => k.name === "#text")
      .map((k) => k.text)
      .join(""),
    children: kids.filter((k) => k.name !== "#text"),
  };
}

function root(xml: Buffer | undefined): El {
  const nodes = parser.parse(xml?.toString("utf8") ?? "") as Record<string, unknown>[];
  const el = nodes.map(toEl).find((e) => e !== undefined);
  if (!el) throw new Error("no root");
  return el;
}

const local = (n: string) => n.replace(/^.*:/, "");
const kid = (el: El, name: string) => el.children.find((c) => local(c.name) === name);

/** The report sheet's part in the output: the target of the workbook relationship of its <sheet>. */
function reportPart(files: Map<string, Buffer>): string {
  const wb = root(files.get("xl/workbook.xml"));
  const sheet = kid(wb, "sheets")?.children.find((s) => s.attrs.name === REPORT);
  const id = Object.entries(sheet?.attrs ?? {}).find(([k]) => k.endsWith(":id"))?.[1];
  const rel = root(files.get("xl/_rels/workbook.xml.rels")).children.find((r) => r.attrs.Id === id);
  return `xl/${rel?.attrs.Target ?? ""}`;
}

beforeAll(async () => {
  ensureDebianTools();
  expect((await run("template", sample, "--sample")).code).toBe(0);
  execFileSync(PYTHON, [join(__dirname, "fixtures", "rich_workbook.py"), sample, rich], { stdio: "pipe" });
  const r = await run("generate", rich, "-o", out, "--year", "2021-22");
  expect(r).toMatchObject({ code: 0 });
}, 240_000);

describe("generate keeps everything in the input", () => {
  it("carries every part that is not the report's byte for byte, under the same name", async () => {
    const before = await entries(rich);
    const after = await entries(out);
    const part = reportPart(after);
    // The fixture has what the copy must keep (so this test cannot pass on an empty workbook).
    for (const p of [
      "docProps/custom.xml",
      "xl/externalLinks/externalLink1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
      "xl/charts/chart1.xml",
      "xl/media/image1.png",
      "xl/metadata.xml",
    ])
      expect(before.has(p)).toBe(true);
    const notes = before.get("xl/worksheets/sheet7.xml")?.toString("utf8") ?? "";
    for (const feature of ['hidden="1"', "<hyperlink ", 't="dataTable"', 'cm="1"', "<drawing "])
      expect(notes).toContain(feature);
    expect(before.get("xl/worksheets/sheet5.xml")?.toString("utf8")).toMatch(/<sheetProtection[^>]*password=/);
    const edited = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];
    // The report's own new parts: its sheet, its relationships, its drawing and charts (after the fixture's).
    expect([...after.keys()].filter((n) => !before.has(n))).toEqual([
      part,
      part.replace(/([^/]+)$/, "_rels/$1.rels"),
      "xl/drawings/drawing2.xml",
      "xl/drawings/_rels/drawing2.xml.rels",
      ...[2, 3, 4, 5, 6, 7].map((n) => `xl/charts/chart${n}.xml`),
    ]);
    for (const [name, bytes] of before) {
      expect(after.has(name)).toBe(true);
      if (!edited.includes(name)) expect({ name, same: after.get(name)?.equals(bytes) }).toEqual({ name, same: true });
    }
  });

  it("changes the workbook part only by the report's <sheet>, its mark, its charts' names and its print area", async () => {
    const before = root((await entries(rich)).get("xl/workbook.xml"));
    const after = root((await entries(out)).get("xl/workbook.xml"));
    const sheets = kid(after, "sheets");
    const names = kid(after, "definedNames");
    const added = sheets?.children.pop();
    expect(added?.attrs).toMatchObject({ name: REPORT, sheetId: "8" });
    const area = names?.children.pop();
    expect(area?.attrs).toMatchObject({ name: "_xlnm.Print_Area", localSheetId: "7" });
    expect(area?.text).toBe(`'${REPORT}'!$A$1:$N$139`);
    const charts = names?.children.pop();
    expect(charts?.attrs).toMatchObject({ name: "CSC_REPORT_CHARTS", localSheetId: "7", hidden: "1" });
    expect(charts?.text).toMatch(/^\{"CSC_chart_\w+"(,"CSC_chart_\w+")*\}$/);
    const mark = names?.children.pop();
    expect(mark?.attrs).toMatchObject({ name: "CSC_REPORT_SHEET", localSheetId: "7", hidden: "1" });
    expect(after).toEqual(before);
    // The officer's names came through: a constant, a sheet-scoped name, print titles.
    expect(names?.children.map((n) => n.attrs.name)).toEqual(["VAT_RATE", "LocalName", "_xlnm.Print_Titles"]);
    expect(kid(after, "workbookProtection")?.attrs.workbookPassword).toBe("DAA7");
  });

  it("changes the relationships and content types only by the report sheet's entries", async () => {
    const b = await entries(rich);
    const a = await entries(out);
    const part = reportPart(a);
    const rels = root(a.get("xl/_rels/workbook.xml.rels"));
    expect(rels.children.pop()?.attrs).toMatchObject({ Target: part.replace(/^xl\//, "") });
    expect(rels).toEqual(root(b.get("xl/_rels/workbook.xml.rels")));
    const types = root(a.get("[Content_Types].xml"));
    const chart = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    expect(types.children.splice(-7).map((c) => c.attrs.ContentType)).toEqual([
      "application/vnd.openxmlformats-officedocument.drawing+xml",
      ...Array<string>(6).fill(chart),
    ]);
    expect(types.children.pop()?.attrs).toEqual({
      PartName: `/${part}`,
      ContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
    });
    expect(types).toEqual(root(b.get("[Content_Types].xml")));
  });

  it("only appends to the styles part, so every existing style index keeps its meaning", async () => {
    const before = root((await entries(rich)).get("xl/styles.xml"));
    const after = root((await entries(out)).get("xl/styles.xml"));
    for (const name of ["fonts", "fills", "borders", "cellXfs"]) {
      const b = kid(before, name);
      const a = kid(after, name);
      if (!a || !b) throw new Error(`no ${name}`);
      expect(a.children.length).toBeGreaterThan(b.children.length);
      expect(a.attrs.count).toBe(String(a.children.length));
      a.children.splice(b.children.length);
      a.attrs.count = b.attrs.count ?? "";
    }
    expect(after).toEqual(before);
  });

  it("opens in LibreOffice, which shows the report's figures and the officer's sheets", () => {
    const sheets = libreOfficeSheets(out);
    const report = sheets.get(REPORT) ?? "";
    expect(report).toContain('Assessments completed,"18,496","18,003","19,712","15,924","21,188"');
    expect(report).toContain("Timeliness (within 45 working days),87.90%,90.90%,92.61%,95.30%,95.90%");
    expect(report).toContain("209% increase in the number of UASC care leavers since June 2017 (137)");
    expect(sheets.get("Assessments")).toContain(`2021-22,"21,188",,95.90%`);
    expect(sheets.get("Notes")).toContain("Sum of Assessments completed");
  }, 120_000);
});

describe("the report sheet csc-report did not write", () => {
  it("replaces its own sheet after LibreOffice re-saved the file (the mark survives a re-save)", async () => {
    const [resaved] = libreOfficeConvert(out, "xlsx");
    if (!resaved) throw new Error("LibreOffice wrote nothing");
    const again = join(dir, "again.xlsx");
    const r = await run("generate", resaved, "-o", again, "--year", "2020-21");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("(replacing the previous one)");
  }, 120_000);

  /** `out` with the report sheet's part changed by `edit`, written to `name`. */
  async function withReportSheet(name: string, edit: (xml: string) => string, rename?: string): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(out));
    const files = await entries(out);
    const part = reportPart(files);
    zip.file(part, edit(files.get(part)?.toString("utf8") ?? ""));
    if (rename) {
      const wb = (files.get("xl/workbook.xml")?.toString("utf8") ?? "")
        .replace(`name="${REPORT}"`, `name="${rename}"`)
        .replace(/<definedName name="CSC_REPORT_SHEET"[^>]*>[^<]*<\/definedName>/, "");
      zip.file("xl/workbook.xml", wb);
    }
    const file = join(dir, name);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    return file;
  }

  it("refuses a sheet of the report's name, in any case, that has no mark: exit 2, nothing written", async () => {
    const foreign = await withReportSheet("foreign.xlsx", (x) => x, "SAFEGUARDING report");
    const target = join(dir, "foreign-out.xlsx");
    const r = await run("generate", foreign, "-o", target);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/already has a sheet "SAFEGUARDING report" that csc-report did not write.*--replace-report/);
    expect(existsSync(target)).toBe(false);

    const forced = await run("generate", foreign, "-o", target, "--replace-report");
    expect(forced.code).toBe(0);
    const wb = root((await entries(target)).get("xl/workbook.xml"));
    // Replaced in place: same name, same position, same sheet id, and only one of it.
    const sheets = kid(wb, "sheets")?.children ?? [];
    expect(sheets.filter((s) => s.attrs.name?.toLowerCase() === REPORT.toLowerCase())).toEqual([
      expect.objectContaining({ attrs: expect.objectContaining({ name: "SAFEGUARDING report", sheetId: "8" }) }),
    ]);
    expect(sheets.at(-1)?.attrs.name).toBe("SAFEGUARDING report");
  });

  it("refuses its own sheet edited by hand since, unless --replace-report", async () => {
    const edited = await withReportSheet("edited.xlsx", (x) => x.replace(/<v>21188<\/v>/, "<v>1</v>"));
    const target = join(dir, "edited-out.xlsx");
    const r = await run("generate", edited, "-o", target);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/has been edited since csc-report wrote it.*--replace-report/);
    expect(existsSync(target)).toBe(false);
    expect((await run("generate", edited, "-o", target, "--replace-report")).code).toBe(0);
  });
});
