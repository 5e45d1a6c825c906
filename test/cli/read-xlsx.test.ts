/**
 * The .xlsx reader over packages as different writers make them: a hand-built package with
 * everything SpreadsheetML allows and Excel opens (parts under other names, absolute
 * targets, prefixed elements, every cell type, rich and phonetic text, the
 * 1904 date system, tables without a style or a header row), the sample re-saved by
 * LibreOffice and by openpyxl; and what is not an .xlsx at all.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { oddPackage, pack, rels } from "./fixtures/odd-package";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { run, tempDir } from "./helpers";
import { ensureDebianTools, libreOfficeConvert, PYTHON } from "./debian";

const root = join(__dirname, "..", "..");

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
        // A short body's number formats (for the date-in-a-count check); a cell not stored is "General".
        numberFormats: [
          ["General", "dd/mm/yyyy"],
          ["General", "General"],
          ["General", "General"],
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

  it("reads a workbook the Open XML SDK wrote (office-addin-dev-settings' template): exit 1 for its missing sheets, not 2", async () => {
    const template = join(
      root,
      "node_modules",
      "office-addin-dev-settings",
      "templates",
      "ExcelWorkbookWithContent.xlsx",
    );
    const r = await run("validate", template, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    const { issues } = JSON.parse(r.out) as { issues: { code: string }[] };
    expect(issues.map((i) => i.code)).toContain("sheet-missing");
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
