/**
 * fast-check: random workbooks never make validateWorkbook throw, and every issue names a
 * real cell within the used area of a sheet of the workbook (a missing sheet's issue names
 * the sheet that is absent).
 */
import fc from "fast-check";
import type { RawSheet, RawTable, RawValue, RawWorkbook } from "../../../src/core/workbook/raw";
import { validateWorkbook } from "../../../src/core/workbook/validate";
import { LAYOUT } from "../../../src/core/workbook/layout";
import { headerKey } from "../../../src/core/workbook/header-key";
import type { Issue } from "../../../src/core/workbook/issues";
import { sampleRaw } from "./helpers";
import { parseCell } from "../../../src/core/base";

const sheetNames = [...LAYOUT.map((d) => d.sheet), "Notes", "uasc ", "Sheet1"];
const tableNames = [...LAYOUT.map((d) => d.table), "", "Table1"];
const headers = [...LAYOUT.flatMap((d) => d.columns.map((c) => c.header)), "Notes", ""];
const texts = [
  "2019-20",
  "2019/20",
  "Jun-2017",
  "Apr-Jun 2019",
  "2020-21 Q1",
  "19,712 ",
  "92.61%",
  "120%",
  "Local authority",
  "Report year",
  "Trend warning threshold",
  "01/04/2020",
  "x",
  " ",
];

const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...texts),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 50000 }),
  fc.double({ noDefaultInfinity: false }),
  fc.integer({ min: 40000, max: 46000 }),
  fc.boolean(),
);

function table(sheet: string): fc.Arbitrary<RawTable> {
  return fc
    .record({
      name: fc.constantFrom(...tableNames),
      top: fc.integer({ min: 0, max: 4 }),
      left: fc.integer({ min: 0, max: 3 }),
      headers: fc.array(fc.constantFrom(...headers), { maxLength: 6 }),
      rows: fc.array(fc.array(rawValue, { maxLength: 7 }), { maxLength: 12 }),
    })
    .map((t) => ({ ...t, sheet }));
}

const sheet: fc.Arbitrary<RawSheet> = fc.constantFrom(...sheetNames).chain((name) =>
  fc.record(
    {
      name: fc.constant(name),
      tables: fc.array(table(name), { maxLength: 2 }),
      cells: fc.array(fc.array(fc.oneof(rawValue, fc.constantFrom(...headers)), { maxLength: 6 }), { maxLength: 10 }),
    },
    { requiredKeys: ["name", "tables"] },
  ),
);

const randomWorkbook: fc.Arbitrary<RawWorkbook> = fc.record({ sheets: fc.array(sheet, { maxLength: 8 }) });

/** The sample with random cells replaced: close enough to real to reach the deeper rules. */
const mutatedSample: fc.Arbitrary<RawWorkbook> = fc
  .array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), rawValue), { minLength: 1, maxLength: 8 })
  .map((edits) => {
    const raw = structuredClone(sampleRaw()) as unknown as { sheets: { tables: { rows: RawValue[][] }[] }[] };
    for (const [s, r, c, v] of edits) {
      const t = raw.sheets[s % raw.sheets.length]?.tables[0];
      const row = t?.rows[r % Math.max(1, t.rows.length)];
      if (row) row[c % row.length] = v;
    }
    return raw as unknown as RawWorkbook;
  });

/** Rows and columns (exclusive bounds) of a sheet's used area from A1. */
function usedArea(s: RawSheet): { rows: number; cols: number } {
  let rows = s.cells?.length ?? 0;
  let cols = Math.max(0, ...(s.cells ?? []).map((r) => r.length));
  for (const t of s.tables) {
    rows = Math.max(rows, t.top + 1 + t.rows.length);
    cols = Math.max(cols, t.left + Math.max(1, t.headers.length, ...t.rows.map((r) => r.length)));
  }
  // An empty sheet's used range is A1, as Excel reports it.
  return { rows: Math.max(1, rows), cols: Math.max(1, cols) };
}

function namesRealCell(raw: RawWorkbook, i: Issue): boolean {
  if (i.code === "sheet-missing") return !raw.sheets.some((s) => headerKey(s.name) === headerKey(i.sheet));
  const at = parseCell(i.cell);
  const area = raw.sheets.filter((s) => s.name === i.sheet).map(usedArea);
  return at !== undefined && area.some((a) => at.row < a.rows && at.col < a.cols);
}

describe.each([
  ["random workbooks", randomWorkbook],
  ["the sample with random cells", mutatedSample],
])("%s", (_name, arb) => {
  it("never throw, and every issue names a real cell with wording", () => {
    fc.assert(
      fc.property(arb, (raw) => {
        const { issues, data } = validateWorkbook(raw);
        for (const i of issues) {
          if (!namesRealCell(raw, i))
            throw new Error(`${i.code} at ${i.sheet}!${i.cell} is not a cell of the workbook`);
          if (!i.message || !i.hint) throw new Error(`${i.code} has no wording`);
        }
        // Data exactly when there is no error.
        return (data !== undefined) === !issues.some((i) => i.severity === "error");
      }),
      { numRuns: 300 },
    );
  });
});
