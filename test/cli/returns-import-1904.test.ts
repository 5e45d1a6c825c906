/**
 * `csc-report import --into` a workbook of the 1904 date system (workbookPr date1904, ECMA-376
 * §18.2.28): the Assessment Log rows it adds hold 1904 serials, 1,462 lower than the same day in
 * the 1900 system ("1900 and 1904 date system in Excel", learn.microsoft.com/office/troubleshoot/
 * excel/1900-and-1904-date-system), and a row already there is recognised by its real day.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { writeZip, ZipArchive } from "../../src/cli/xlsx/zip";
import { findSampleTable, LAYOUT } from "../../src/core/workbook";
import { cinCensusXml, type GenChild } from "../../support/returns/cin-generator";
import { run, tempDir } from "./helpers";

const OFFSET_1904 = 1462;

const W1: GenChild = {
  id: "W1",
  birth: "2015-01-01",
  episodes: [{ referral: "2023-05-01", assessments: [{ start: "2023-05-02", authorised: "2023-06-01" }] }],
};
const W2: GenChild = {
  id: "W2",
  birth: "2012-03-04",
  episodes: [
    {
      referral: "2023-09-01",
      assessments: [{ start: "2023-09-01", authorised: "2023-12-01" }],
      closure: "2023-12-01",
      reason: "RC8",
    },
  ],
};

const dir = tempDir();
function census(name: string, children: GenChild[]): string {
  const p = join(dir, name);
  writeFileSync(p, cinCensusXml({ year: 2023, children }));
  return p;
}

const read = (file: string) => readWorkbookBytes(new Uint8Array(readFileSync(file)));
const logRows = (file: string) => {
  const spec = LAYOUT.find((s) => s.id === "assessmentLog");
  return spec ? (findSampleTable(read(file).raw, spec)?.rows ?? []) : [];
};

/** The Assessment Log sheet's stored numbers in columns B and C, by row below the header. */
function storedDates(file: string): number[][] {
  const book = read(file);
  const part = book.sheets.find((s) => s.name === "Assessment Log")?.part ?? "";
  const xml = book.pkg.text(part);
  const out = new Map<number, number[]>();
  for (const m of xml.matchAll(/<c r="([BC])(\d+)"[^>]*>\s*<v>([^<]+)<\/v>/g)) {
    const row = Number(m[2]);
    if (row === 1) continue; // the header
    out.set(row, [...(out.get(row) ?? []), Number(m[3])]);
  }
  return [...out.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);
}

/** `file` moved to the 1904 system: the flag set and every log date stored 1,462 lower, so each shows the same day. */
function to1904(file: string, out: string): void {
  const book = read(file);
  const logPart = (book.sheets.find((s) => s.name === "Assessment Log")?.part ?? "").toLowerCase();
  const wbPart = book.pkg.workbookPart.toLowerCase();
  const zip = new ZipArchive(readFileSync(file));
  writeFileSync(
    out,
    writeZip(
      zip.entries.map((entry) => {
        const name = entry.name.toLowerCase();
        if (name !== logPart && name !== wbPart) return { kind: "copy", from: zip, entry };
        let xml = new TextDecoder().decode(zip.read(entry));
        if (name === wbPart) xml = xml.replace(/(<workbook\b[^>]*>)/, '$1<workbookPr date1904="1"/>');
        else
          xml = xml.replace(
            /(<c r="[BC](?:[2-9]|\d\d+)"[^>]*>\s*<v>)([^<]+)(<\/v>)/g,
            (_m, a: string, v: string, b: string) => `${a}${Number(v) - OFFSET_1904}${b}`,
          );
        return { kind: "new", name: entry.name, data: new TextEncoder().encode(xml) };
      }),
    ),
  );
}

it("import --into a 1904 workbook: the log's new dates are 1904 serials, and the row already there is kept", async () => {
  // W1's log row in a workbook of each system, then the census of W1 and W2 imported into both.
  const first = join(dir, "first.xlsx");
  expect((await run("import", census("w1.xml", [W1]), "-o", first, "--assessment-log")).code).toBe(0);
  const first1904 = join(dir, "first-1904.xlsx");
  to1904(first, first1904);
  expect(logRows(first1904)).toEqual(logRows(first));

  const both = census("both.xml", [W1, W2]);
  const out1900 = join(dir, "out-1900.xlsx");
  const out1904 = join(dir, "out-1904.xlsx");
  const a = await run("import", both, "-o", out1900, "--into", first, "--assessment-log");
  const b = await run("import", both, "-o", out1904, "--into", first1904, "--assessment-log");
  expect(a.code).toBe(0);
  expect(b.code).toBe(0);
  expect(b.out).toBe(a.out.replace(/out-1900/g, "out-1904").replace(/first\.xlsx/g, "first-1904.xlsx"));
  // W1 was recognised in both (its real referral date), so only W2's row was added.
  expect(b.out).toMatch(/1 assessment\(s\) already in the Assessment Log/);
  expect(b.out).toMatch(/1 Assessment Log row\(s\) added/);
  // Read back, both hold the same days; stored, the 1904 file's are 1,462 lower.
  expect(logRows(out1904)).toEqual(logRows(out1900));
  expect(storedDates(out1904)).toEqual(storedDates(out1900).map((r) => r.map((v) => v - OFFSET_1904)));
}, 120_000);
