/**
 * Regenerating the report drops the replaced report's own cell formats that the new one no longer
 * uses, but only from the end of each list of the styles part and only when no cell of any sheet
 * uses them: the other sheets are copied byte for byte, so an index in use never moves
 * (src/cli/xlsx/style-trim.ts). Comparing with England, the region and neighbours adds a look
 * the report without comparisons does not need.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { trimUnusedStyles } from "../../src/cli/xlsx/style-trim";
import { writeZip, ZipArchive } from "../../src/cli/xlsx/zip";
import { child, children, parseXml } from "../../src/package/xml";
import { ensureDebianTools, libreOfficeSheets } from "./debian";
import { run, tempDir } from "./helpers";

const dir = tempDir();
const COMPARE = ["--compare", "england,region,neighbours"];

/** The styles part's entries of each list. */
function counts(file: string): Record<string, number> {
  const zip = new ZipArchive(readFileSync(file));
  const entry = zip.entry("xl/styles.xml");
  if (!entry) throw new Error(`no styles part in ${file}`);
  const root = parseXml(new TextDecoder().decode(zip.read(entry)));
  const out: Record<string, number> = {};
  for (const [list, item] of [
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
    ["cellXfs", "xf"],
  ] as const)
    out[list] = children(child(root, list), item).length;
  return out;
}

/** Every `s="n"` of every worksheet part: the highest cell format any cell uses. */
function highestStyle(file: string): number {
  const zip = new ZipArchive(readFileSync(file));
  let max = 0;
  for (const e of zip.entries)
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name))
      for (const m of new TextDecoder().decode(zip.read(e)).matchAll(/\ss="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

async function generate(input: string, output: string, ...extra: string[]): Promise<void> {
  const r = await run("generate", input, "-o", output, ...extra);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
}

describe("regenerating with a report that needs fewer styles", () => {
  const sample = join(dir, "sample.xlsx");
  const compared = join(dir, "compared.xlsx");
  beforeAll(async () => {
    expect((await run("template", sample, "--sample")).code).toBe(0);
    await generate(sample, compared, ...COMPARE);
  }, 120_000);

  it("drops the unused trailing cell format, and every sheet reads the same in LibreOffice and our reader", async () => {
    const fresh = join(dir, "fresh.xlsx");
    const again = join(dir, "again.xlsx");
    await generate(sample, fresh);
    await generate(compared, again);
    const before = counts(compared);
    const after = counts(again);
    // The comparisons' look is gone: the part is as a first report without comparisons makes it.
    expect(after.cellXfs).toBeLessThan(before.cellXfs ?? 0);
    expect(after).toEqual(counts(fresh));
    expect(highestStyle(again)).toBeLessThan(after.cellXfs ?? 0);
    // Our reader: every sheet's cells as a first report without comparisons gives them.
    const read = (f: string) => readWorkbookBytes(new Uint8Array(readFileSync(f))).raw;
    expect(read(again)).toEqual(read(fresh));
    // LibreOffice: every sheet opens and shows the same text as that first report's.
    ensureDebianTools();
    const shown = libreOfficeSheets(again);
    expect([...shown.keys()].sort()).toEqual([...libreOfficeSheets(fresh).keys()].sort());
    expect(shown).toEqual(libreOfficeSheets(fresh));
  }, 300_000);

  it("keeps a trailing cell format that a cell of another sheet uses", async () => {
    const last = (counts(compared).cellXfs ?? 0) - 1;
    // The officer formats a cell of the Settings sheet like the comparisons' (the last format).
    const zip = new ZipArchive(readFileSync(compared));
    const book = readWorkbookBytes(new Uint8Array(readFileSync(compared)));
    const settings = book.sheets.find((s) => s.name === "Settings")?.part;
    if (!settings) throw new Error("no Settings sheet");
    const edited = join(dir, "edited.xlsx");
    writeFileSync(
      edited,
      writeZip(
        zip.entries.map((entry) => {
          if (entry.name.toLowerCase() !== settings.toLowerCase()) return { kind: "copy", from: zip, entry };
          const xml = new TextDecoder()
            .decode(zip.read(entry))
            .replace(/<c r="A1"( s="\d+")?/, `<c r="A1" s="${last}"`);
          expect(xml).toContain(`<c r="A1" s="${last}"`);
          return { kind: "new", name: entry.name, data: new TextEncoder().encode(xml) };
        }),
      ),
    );
    const again = join(dir, "edited-again.xlsx");
    await generate(edited, again);
    expect(counts(again)).toEqual(counts(compared));
  }, 120_000);
});

describe("trimUnusedStyles", () => {
  const part = (xfs: string, extraFonts = "") =>
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<fonts count="${3 + (extraFonts ? 1 : 0)}"><font><sz val="11"/></font><font><b/></font><font><i/></font>${extraFonts}</fonts>` +
    '<fills count="3"><fill/><fill/><fill><patternFill patternType="solid"/></fill></fills>' +
    '<borders count="1"><border/></borders>' +
    '<cellStyleXfs count="1"><xf fontId="0"/></cellStyleXfs>' +
    `<cellXfs count="${(xfs.match(/<xf/g) ?? []).length}">${xfs}</cellXfs>` +
    '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>' +
    "</styleSheet>";

  it("removes only the unused END of each list; a format in the middle, and what others use, stay", () => {
    const text = part('<xf fontId="0"/><xf fontId="2"/><xf fontId="1" fillId="2"/><xf fontId="1"/><xf fontId="2"/>');
    // Cells use formats 0 and 2: format 1 stays (in the middle), 3 and 4 go.
    const out = parseXml(trimUnusedStyles(text, new Set([0, 2]), parseXml));
    const xfs = children(child(out, "cellXfs"), "xf");
    expect(xfs.map((x) => x.attrs.get("fontId"))).toEqual(["0", "2", "1"]);
    expect(child(out, "cellXfs")?.attrs.get("count")).toBe("3");
    // Fonts 0, 1 and 2 are all used by the formats left; the solid fill by format 2.
    expect(children(child(out, "fonts"), "font")).toHaveLength(3);
    expect(children(child(out, "fills"), "fill")).toHaveLength(3);
    // Differential formats are never touched.
    expect(children(child(out, "dxfs"), "dxf")).toHaveLength(1);
  });

  it("removes trailing fonts and fills no format left uses, keeping Excel's reserved fills and each list's first entry", () => {
    const text = part('<xf fontId="0"/><xf fontId="3" fillId="2"/>', "<font><u/></font>");
    const out = parseXml(trimUnusedStyles(text, new Set([0]), parseXml));
    expect(children(child(out, "cellXfs"), "xf")).toHaveLength(1);
    expect(children(child(out, "fonts"), "font")).toHaveLength(1);
    expect(child(out, "fonts")?.attrs.get("count")).toBe("1");
    expect(children(child(out, "fills"), "fill")).toHaveLength(2);
    expect(children(child(out, "borders"), "border")).toHaveLength(1);
    // Nothing used at all still leaves format 0.
    expect(children(child(parseXml(trimUnusedStyles(text, new Set(), parseXml)), "cellXfs"), "xf")).toHaveLength(1);
  });

  it("leaves the part as it is when every entry is used", () => {
    const text = part('<xf fontId="0"/><xf fontId="1"/><xf fontId="2" fillId="2"/>');
    expect(trimUnusedStyles(text, new Set([0, 1, 2]), parseXml)).toBe(text);
  });
});
