/**
 * Hostile packages: files of a few kilobytes that declare, or expand to, far more than any
 * workbook an officer keeps (support/hostile-xlsx.ts builds each, small on disk). The built
 * CLI reads each in a 96 MB heap, far less than the file would take read naively, and either
 * reads it (memory following the cells stored) or refuses it with one line naming the limit,
 * where it was met and what to do: never a V8 heap abort (exit 134) or "Invalid string length".
 * Time and peak memory are measured by `npm run bench cli`, never asserted here.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureCliBuilt } from "../../support/cli-build";
import {
  bloatedStylesWorkbook,
  longTextWorkbook,
  overlappingEntries,
  unusedSharedStringsWorkbook,
  wholeColumnsNameWorkbook,
  wholeSheetTableWorkbook,
  wideTableWorkbook,
} from "../../support/hostile-xlsx";
import { tempDir } from "./helpers";

const root = join(__dirname, "..", "..");
const dir = tempDir();

interface Case {
  readonly name: string;
  readonly file: () => Uint8Array;
  /** The message's pattern when the file is refused (exit 2); undefined when it is read. */
  readonly refused?: RegExp;
}

const CASES: Case[] = [
  {
    name: "a table 16,384 columns wide with a cell in every row (sparse rows)",
    file: () => wideTableWorkbook(2000),
  },
  {
    name: "a table over the whole sheet, on a sheet whose name holds quotes and a right-to-left override",
    file: () => wholeSheetTableWorkbook("Log 'A' & \u202eB"),
    refused:
      /the table "tblAll" on the sheet 'Log 'A' & \\u202EB' spans A2:XFD1048576 up to its last stored cell \(1,048,575 rows by 16,384 columns\), more than the 33,554,432 cells csc-report reads for one table or name: resize the table to the rows and columns that hold data \(Table Design > Resize Table\)/,
  },
  {
    name: "a name over whole columns with one cell in the last column (cut to the stored columns)",
    file: () => wholeColumnsNameWorkbook("XFD7"),
  },
  {
    name: "a name over whole columns with one cell at XFD1048576",
    file: () => wholeColumnsNameWorkbook("XFD1048576"),
    refused:
      /the name CSC_AssessmentLog \('Notes'!A1:XFD1048576\) spans A1:XFD1048576 up to its last stored cell \(1,048,576 rows by 16,384 columns\), more than the 33,554,432 cells csc-report reads for one table or name: define the name over the cells that hold the data \(Formulas > Name Manager\)/,
  },
  {
    name: "a styles part of 600,000 elements",
    file: () => bloatedStylesWorkbook(600_000),
    refused:
      /the part xl\/styles\.xml holds more than 500,000 XML elements, past csc-report's limit .*Clean Excess Cell Formatting/,
  },
  {
    name: "200 MB of shared strings no cell uses",
    file: () => unusedSharedStringsWorkbook(2500, 80_000),
  },
  {
    name: "a cell of 20 million characters",
    file: () => longTextWorkbook(20_000_000),
    refused:
      /a cell's text in the part xl\/sharedStrings\.xml is longer than 1,048,576 characters \(Excel holds at most 32,767 in a cell\)/,
  },
  {
    name: "ZIP entries sharing one part's compressed data",
    file: () => overlappingEntries(wideTableWorkbook(10), "xl/worksheets/sheet1.xml", 50),
    refused:
      /not an \.xlsx workbook \(its parts xl\/worksheets\/sheet1\.xml and xl\/media\/copy0\.bin share their data in the ZIP file/,
  },
];

beforeAll(() => ensureCliBuilt(), 300_000);

describe.each(CASES.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, i) => {
  it(
    c.refused ? "is refused with one line naming the limit" : "is read in a 96 MB heap",
    () => {
      const file = join(dir, `hostile-${i}.xlsx`);
      const bytes = c.file();
      expect(bytes.length).toBeLessThan(1024 * 1024); // small on disk
      writeFileSync(file, bytes);
      const r = spawnSync(
        process.execPath,
        ["--max-old-space-size=96", join(root, "bin", "csc-report.js"), "validate", file, "--json"],
        { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
      );
      expect(r.signal).toBeNull();
      if (c.refused) {
        expect(r.stderr).toMatch(c.refused);
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
        expect(r.status).toBe(2);
      } else {
        expect(r.stderr).toBe("");
        // The minimal workbook is no performance workbook: validation lists its issues (exit 1).
        expect(JSON.parse(r.stdout)).toHaveProperty("issues");
        expect(r.status).toBe(1);
      }
    },
    120_000,
  );
});
