/** Test helpers: the sample workbook as a RawWorkbook, and copies of it with cells changed. */
import type { RawTable, RawValue, RawWorkbook } from "../../../src/core/workbook/raw";
import type { Issue } from "../../../src/core/workbook/issues";

import { sampleRaw } from "../../../support/sample-workbook";

export { sampleRaw };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A copy of `raw` where `edit` may change one table's headers and rows in place. */
export function editTable(
  raw: RawWorkbook,
  table: string,
  edit: (t: { headers: string[]; rows: RawValue[][] }) => void,
): RawWorkbook {
  const copy = structuredClone(raw) as { sheets: { name: string; tables: Mutable<RawTable>[] }[] };
  const t = copy.sheets.flatMap((s) => s.tables).find((x) => x.name === table);
  if (!t) throw new Error(`no table ${table}`);
  const headers = [...t.headers];
  const rows = t.rows.map((r) => [...r]);
  edit({ headers, rows });
  t.headers = headers;
  t.rows = rows;
  return copy;
}

/** A copy with one body cell changed: row is 0-based in the body, column by header. */
export function setCell(raw: RawWorkbook, table: string, row: number, header: string, value: RawValue): RawWorkbook {
  return editTable(raw, table, (t) => {
    const c = t.headers.indexOf(header);
    const r = t.rows[row];
    if (c < 0 || !r) throw new Error(`no ${header} / row ${row} in ${table}`);
    r[c] = value;
  });
}

/** "code@Sheet!A1" for compact assertions. */
export function where(i: Issue): string {
  return `${i.code}@${i.sheet}!${i.cell}`;
}

/**
 * A copy where one body cell has an Excel number format (as a reader that knows formats
 * supplies them); every other body cell of that table is "General".
 */
export function withFormat(raw: RawWorkbook, table: string, row: number, header: string, code: string): RawWorkbook {
  const copy = structuredClone(raw) as { sheets: { name: string; tables: Mutable<RawTable>[] }[] };
  const t = copy.sheets.flatMap((s) => s.tables).find((x) => x.name === table);
  const c = t ? t.headers.indexOf(header) : -1;
  if (!t || c < 0 || !t.rows[row]) throw new Error(`no ${header} / row ${row} in ${table}`);
  const formats = t.numberFormats ? t.numberFormats.map((r) => [...r]) : t.rows.map((r) => r.map(() => "General"));
  const target = formats[row];
  if (target) target[c] = code;
  t.numberFormats = formats;
  return copy;
}

/** A copy with another Excel table added to a sheet. */
export function addTable(raw: RawWorkbook, sheet: string, table: RawTable): RawWorkbook {
  const copy = structuredClone(raw) as { sheets: { name: string; tables: RawTable[] }[] };
  const s = copy.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  s.tables.push(table);
  return copy;
}

/** A copy of `raw` (the sample by default) with an assessment log of `rows` on its own sheet. */
export function withLog(rows: RawValue[][], raw: RawWorkbook = sampleRaw()): RawWorkbook {
  const headers = ["Child ID", "Referral date", "Assessment completed"];
  return {
    sheets: [
      ...raw.sheets,
      {
        name: "Assessment Log",
        tables: [{ name: "tblAssessmentLog", sheet: "Assessment Log", top: 0, left: 0, headers, rows }],
      },
    ],
  };
}

/** The period datasets' tables in the sample. */
export const PERIOD_TABLES = ["tblAssessments", "tblChildProtection", "tblLookedAfter", "tblContacts", "tblUASC"];

/**
 * One table turned the published reports' way, at the same top-left cell: a caption (the
 * sheet's name) then the periods across the header row, the measures down the first column.
 * Number formats are transposed with the cells.
 */
export function acrossTable(t: RawTable): RawTable {
  const text = (v: RawValue | undefined): string => (v === null || v === undefined ? "" : String(v));
  const nf = t.numberFormats;
  return {
    name: t.name,
    sheet: t.sheet,
    top: t.top,
    left: t.left,
    headers: [t.sheet, ...t.rows.map((r) => text(r[0]))],
    rows: t.headers.slice(1).map((h, m) => [h, ...t.rows.map((r) => r[m + 1] ?? null)]),
    ...(nf
      ? { numberFormats: t.headers.slice(1).map((_, m) => ["General", ...nf.map((r) => r[m + 1] ?? "General")]) }
      : {}),
  };
}

/** A copy of `raw` with the named tables (by default every period table) turned across. */
export function across(raw: RawWorkbook, tables: readonly string[] = PERIOD_TABLES): RawWorkbook {
  return {
    ...raw,
    sheets: raw.sheets.map((s) => ({
      ...s,
      tables: s.tables.map((t) => (tables.includes(t.name) ? acrossTable(t) : t)),
    })),
  };
}
