/**
 * What reading number formats (for the date-in-a-count check) adds to the Excel adapter's
 * read: the sample plus a 200,000-row assessment log, on the in-memory host. Formats are
 * read only for bodies of at most MAX_FORMAT_ROWS rows, so the log's values are read alone;
 * printed: the extra syncs and bytes, their share of the whole read, and what reading the
 * log's formats too would have cost (one 20,000-row chunk measured, times ten).
 * Run: npx tsx bench/number-formats.bench.ts
 */
import { loadWorkbook } from "../support/sample-workbook";
import { installGlobalExcel } from "@csc/fake-excel";
import { readWorkbook, CHUNK_ROWS } from "../src/excel";
import { MAX_FORMAT_ROWS } from "../src/core/workbook";
import { serialFromYmd } from "../src/core/dates";

const ROWS = 200_000;
const KB = 1024;

const wb = loadWorkbook("sample");
const first = serialFromYmd(2021, 4, 1);
const rows: unknown[][] = [["Child ID", "Referral date", "Assessment completed"]];
for (let i = 0; i < ROWS; i++) {
  const referral = first + (i % 330);
  rows.push([`C${100000 + i}`, referral, i % 50 === 0 ? "" : referral + ((i * 7) % 70)]);
}
wb.addSheet("Assessment Log");
wb.setValues("Assessment Log", `A1:C${ROWS + 1}`, rows);
wb.addTable("Assessment Log", `A1:C${ROWS + 1}`, "tblAssessmentLog", true);
installGlobalExcel(wb);

async function main(): Promise<void> {
  wb.resetStats();
  const raw = await readWorkbook();
  const responses = wb.stats.responses.map((r) => r.bytes);
  const total = responses.reduce((a, b) => a + b, 0);
  // readNumberFormats runs last: one request here (the period tables are tens of rows).
  const formatBytes = responses.at(-1) ?? 0;
  const formatCells = raw.sheets
    .flatMap((s) => s.tables)
    .reduce((n, t) => n + (t.numberFormats ?? []).reduce((m, r) => m + r.length, 0), 0);

  // What the log's formats would cost: one chunk of CHUNK_ROWS rows, measured.
  wb.resetStats();
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Assessment Log").getRange(`A2:C${CHUNK_ROWS + 1}`);
    r.load("numberFormat");
    await context.sync();
  });
  const logChunk = wb.stats.maxResponseBytes;

  console.log(`Number formats for the date-in-a-count check (bodies of at most ${MAX_FORMAT_ROWS} rows):`);
  console.log(
    `  ${formatCells} format cells in 1 extra sync of ${(formatBytes / KB).toFixed(1)} KB: ${((formatBytes / total) * 100).toFixed(2)}% of the whole read (${(total / KB / KB).toFixed(2)} MB, ${responses.length} syncs)`,
  );
  console.log(
    `  the 200,000-row log's formats, not read: about ${((logChunk * (ROWS / CHUNK_ROWS)) / KB / KB).toFixed(2)} MB more (${((logChunk * (ROWS / CHUNK_ROWS) * 100) / total).toFixed(0)}% of the read), in ${ROWS / CHUNK_ROWS} more syncs`,
  );
}

void main();
