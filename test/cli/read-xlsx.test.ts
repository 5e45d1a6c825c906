/**
 * The .xlsx reader over packages as different writers make them: a hand-built package with
 * everything SpreadsheetML allows and Excel opens (parts under other names, absolute and
 * percent-encoded targets, prefixed elements, every cell type, rich and phonetic text, the
 * 1904 date system, tables without a style or a header row), the sample re-saved by
 * LibreOffice and by openpyxl; and what is not an .xlsx at all.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { run, tempDir } from "./helpers";
import { ensureDebianTools, libreOfficeConvert, PYTHON } from "./debian";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A package from its parts (names as given), deflated with JSZip. */
async function pack(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const rels = (items: [string, string, string][]) =>
  `<Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join("")}</Relationships>`;

/** A workbook as the Open XML SDK may write it: prefixed elements, parts under its own names. */
function oddPackage(date1904: boolean): Record<string, string> {
  return {
    "[Content_Types].xml":
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/Book/Main Book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/Book/data/First.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/Book/data/Second.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/Book/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
      `<Override PartName="/Book/looks.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/Book/t/NoHeader.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>`,
    "_rels/.rels": rels([["R1", "officeDocument", "/Book/Main%20Book.xml"]]),
    "Book/_rels/Main Book.xml.rels": rels([
      ["s1", "worksheet", "/Book/data/First.xml"],
      ["s2", "worksheet", "data/Second.xml"],
      ["ss", "sharedStrings", "strings.xml"],
      ["st", "styles", "./looks.xml"],
    ]),
    "Book/Main Book.xml":
      `<x:workbook xmlns:x="${MAIN}" xmlns:rr="${REL}"><x:workbookPr date1904="${date1904 ? "1" : "0"}"/><x:sheets>` +
      `<x:sheet name="Cells" sheetId="3" rr:id="s1"/><x:sheet name="Log" sheetId="9" rr:id="s2"/></x:sheets></x:workbook>`,
    "Book/strings.xml":
      `<x:sst xmlns:x="${MAIN}" count="3" uniqueCount="3"><x:si><x:t>plain</x:t></x:si>` +
      `<x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">rich </x:t></x:r><x:r><x:t>text</x:t></x:r><x:rPh sb="0" eb="1"><x:t>PHONETIC</x:t></x:rPh></x:si>` +
      `<x:si><x:t>line_x000a_break &amp; more</x:t></x:si></x:sst>`,
    "Book/looks.xml":
      `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></x:numFmts>` +
      `<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/><x:xf numFmtId="20"/></x:cellXfs></x:styleSheet>`,
    "Book/data/First.xml":
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
      `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>` +
      // No r attributes: positions follow on from the previous cell and row.
      `<x:row><x:c t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c>` +
      `<x:c t="str"><x:f>A1&amp;"!"</x:f><x:v>plain!</x:v></x:c><x:c><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c s="0"/></x:row>` +
      `<x:row r="3"><x:c r="A3" s="1"><x:v>44652</x:v></x:c><x:c r="B3" s="2"><x:v>44652.5</x:v></x:c><x:c r="C3" s="3"><x:v>0.5</x:v></x:c>` +
      `<x:c r="D3" t="d"><x:v>2022-04-01T00:00:00</x:v></x:c><x:c r="E3"><x:v>44652</x:v></x:c><x:c r="F3"><x:v>1.5E-3</x:v></x:c></x:row>` +
      `<x:row r="1048576"><x:c r="XFD1048576"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    "Book/data/_rels/Second.xml.rels": rels([["t1", "table", "../t/NoHeader.xml"]]),
    "Book/data/Second.xml":
      `<worksheet xmlns="${MAIN}"><sheetData><row r="4"><c r="B4" t="inlineStr"><is><t>C1</t></is></c><c r="C4" s="1"><v>44652</v></c></row>` +
      `<row r="6"><c r="B6" t="inlineStr"><is><t>C2</t></is></c></row><row r="7"><c r="B7"><v>99</v></c></row></sheetData></worksheet>`,
    // No header row, no style, a totals row.
    "Book/t/NoHeader.xml":
      `<table xmlns="${MAIN}" id="1" name="Table1" displayName="tblAssessmentLog" ref="B4:C7" headerRowCount="0" totalsRowCount="1">` +
      `<tableColumns count="2"><tableColumn id="1" name="Child ID"/><tableColumn id="2" name="Referral_x000a_date"/></tableColumns></table>`,
  };
}

describe("a package as any writer may make it", () => {
  it("follows relationships to parts under any name and reads every cell type", async () => {
    const { raw } = readWorkbookBytes(await pack(oddPackage(false)));
    expect(raw.sheets.map((s) => s.name)).toEqual(["Cells", "Log"]);
    const cells = raw.sheets[0]?.cells ?? [];
    expect(cells[0]).toEqual(["plain", "rich text", "line\nbreak & more"]);
    expect(cells[1]).toEqual(["inline", true, "#N/A", "plain!", 2]);
    // Dates as 1900-system serials, the time of day as a fraction; ISO dates converted.
    expect(cells[2]).toEqual([44652, 44652.5, 0.5, 44652, 44652, 0.0015]);
  });

  it("keeps a stray cell at XFD1048576 without allocating the sheet's extent", async () => {
    const { raw } = readWorkbookBytes(await pack(oddPackage(false)));
    const cells = raw.sheets[0]?.cells ?? [];
    expect(cells[1_048_575]?.[16_383]).toBe(7);
    // Sparse: only the four rows stored exist.
    expect(Object.keys(cells)).toEqual(["0", "1", "2", "1048575"]);
    expect(Object.keys(cells[1_048_575] ?? [])).toEqual(["16383"]);
  });

  it("reads a table without a header row from its column names, leaving out the totals row", async () => {
    const { raw } = readWorkbookBytes(await pack(oddPackage(false)));
    expect(raw.sheets[1]?.tables).toEqual([
      {
        name: "tblAssessmentLog",
        sheet: "Log",
        top: 2, // the row above the body, so body row i is at top + 1 + i
        left: 1,
        headers: ["Child ID", "Referral\ndate"],
        rows: [
          ["C1", 44652],
          [null, null],
          ["C2", null],
        ],
      },
    ]);
  });

  it("moves dates of the 1904 date system to 1900 serials, and only dates", async () => {
    const { raw } = readWorkbookBytes(await pack(oddPackage(true)));
    // 1904 serial 43190 is 1 April 2022 (1900 serial 44652); 0.5 is a time; E3 is a plain number.
    expect(raw.sheets[0]?.cells?.[2]).toEqual([44652 + 1462, 44652.5 + 1462, 0.5, 44652, 44652, 0.0015]);
  });
});

describe("files other writers saved", () => {
  const dir = tempDir();
  const sample = join(dir, "sample.xlsx");
  let expected: string;

  beforeAll(async () => {
    ensureDebianTools();
    expect((await run("template", sample, "--sample")).code).toBe(0);
    expected = (await run("validate", sample, "--json")).out;
  }, 240_000);

  it("reads the sample as LibreOffice saves it, with the same issues", async () => {
    const [resaved] = libreOfficeConvert(sample, "xlsx");
    const r = await run("validate", resaved ?? "", "--json");
    expect(r.out).toBe(expected);
  }, 120_000);

  it("reads the sample as openpyxl saves it (absolute targets, names on every sheet element)", async () => {
    const file = join(dir, "openpyxl.xlsx");
    execFileSync(PYTHON, [
      "-c",
      "import openpyxl,sys; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])",
      sample,
      file,
    ]);
    const wbRels = await (
      await JSZip.loadAsync(readFileSync(file))
    )
      .file("xl/_rels/workbook.xml.rels")
      ?.async("string");
    expect(wbRels).toContain('Target="/xl/worksheets/sheet1.xml"');
    expect((await run("validate", file, "--json")).out).toBe(expected);
  });

  it.each([
    ["an OpenDocument spreadsheet", "ods", /not an \.xlsx workbook \(it is an OpenDocument spreadsheet \(\.ods\)/],
    ["a Word document", "docx", /not an \.xlsx workbook/],
  ])(
    "refuses %s with one line, exit 2",
    async (_what, ext, message) => {
      let file = join(dir, `other.${ext}`);
      if (ext === "ods") file = libreOfficeConvert(sample, "ods")[0] ?? "";
      else
        writeFileSync(
          file,
          await pack({
            "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
            "_rels/.rels": rels([["R1", "officeDocument", "word/document.xml"]]),
            "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
          }),
        );
      for (const cmd of [
        ["validate", file],
        ["generate", file, "-o", join(dir, "x.xlsx")],
      ]) {
        const r = await run(...cmd);
        expect(r.code).toBe(2);
        expect(r.err.split("\n")).toHaveLength(1);
        expect(r.err).toMatch(message);
      }
    },
    120_000,
  );

  it("refuses a plain ZIP archive and a truncated workbook", async () => {
    const zip = join(dir, "photos.xlsx");
    writeFileSync(zip, await pack({ "a.txt": "hello" }));
    const cut = join(dir, "cut.xlsx");
    const whole = readFileSync(sample);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    for (const file of [zip, cut]) {
      const r = await run("validate", file);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/not an \.xlsx workbook/);
    }
  });
});
