/**
 * Memory follows the cells stored, not a sheet's extent, and a package that would expand
 * past the stated limit is refused with a message saying so (never a V8 abort). Time and
 * peak memory are measured by `npm run bench cli`, never asserted here.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureCliBuilt } from "../../support/cli-build";
import { run, tempDir } from "./helpers";
import { ensureDebianTools, PYTHON } from "./debian";
import { MAX_PART_BYTES } from "../../src/package/zip";
import { EXCEL_ROWS, logWorkbook } from "../../support/log-workbook";

const root = join(__dirname, "..", "..");
const dir = tempDir();
const sample = join(dir, "sample.xlsx");

beforeAll(async () => {
  expect((await run("template", sample, "--sample")).code).toBe(0);
});

it("validates and generates a workbook with stray cells at XFD1048576 in a 128 MB heap", () => {
  ensureDebianTools();
  const stray = join(dir, "stray.xlsx");
  execFileSync(PYTHON, [
    "-c",
    [
      "import openpyxl, sys",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "notes = wb.create_sheet('Notes')",
      "notes['A1'] = 'see below'",
      "notes['XFD1048576'] = 'stray'",
      "wb['Assessments']['XFD1048576'] = 1",
      "wb.save(sys.argv[2])",
    ].join("\n"),
    sample,
    stray,
  ]);
  // The compiled CLI in a heap far smaller than a 1,048,576 x 16,384 grid.
  ensureCliBuilt();
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ["--max-old-space-size=128", join(root, "bin", "csc-report.js"), ...args], {
      encoding: "utf8",
    });
  const v = cli("validate", stray);
  expect(v.stderr).toBe("");
  expect(v.status).toBe(0);
  const g = cli("generate", stray, "-o", join(dir, "stray-out.xlsx"));
  expect(g.stderr).toBe("");
  expect(g.status).toBe(0);
}, 180_000);

it("validates a log that fills every row Excel has in a 2 GB heap", async () => {
  ensureCliBuilt();
  const file = join(dir, "full-log.xlsx");
  writeFileSync(file, await logWorkbook(EXCEL_ROWS - 1)); // with its header row, 1,048,576 rows
  const r = spawnSync(
    process.execPath,
    ["--max-old-space-size=2048", join(root, "bin", "csc-report.js"), "validate", file, "--json"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const { issues } = JSON.parse(r.stdout) as { issues: { code: string; severity: string }[] };
  expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  // The log was read: its timeliness per year is compared with the Assessments table's figure.
  expect(issues.map((i) => i.code)).toContain("log-timeliness-mismatch");
}, 300_000);

/** The sample with the ZIP sizes of its first worksheet part set to `size`, in both headers. */
function declaring(size: number, name: string): string {
  const bytes = Buffer.from(readFileSync(sample));
  const part = Buffer.from("xl/worksheets/sheet1.xml");
  // The name's last occurrence is in the central directory (46 bytes into its header), the first in the local header (30).
  const central = bytes.lastIndexOf(part) - 46;
  const local = bytes.indexOf(part) - 30;
  bytes.writeUInt32LE(size, central + 24);
  bytes.writeUInt32LE(size, local + 22);
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

it("refuses a part that declares more than the limit, before inflating it, saying so", async () => {
  const file = declaring(0xf000_0000, "declares-4gb.xlsx");
  for (const args of [
    ["validate", file],
    ["generate", file, "-o", join(dir, "no.xlsx")],
  ]) {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      new RegExp(
        `xl/worksheets/sheet1.xml would expand to 3840 MB, past csc-report's limit of ${MAX_PART_BYTES / 1024 / 1024} MB per part`,
      ),
    );
    expect(r.err.split("\n")).toHaveLength(1);
  }
});

it("stops inflating a part that expands past the size it declares (a zip bomb's lie)", async () => {
  const file = declaring(64, "lies.xlsx");
  const r = await run("validate", file);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(
    /not an \.xlsx workbook \(the part xl\/worksheets\/sheet1\.xml expands past the size it declares\)/,
  );
});
