/**
 * What the performance workbook's tables hold when the add-in or the CLI creates them: the
 * body rows (one blank row, or the sample's rows in layout column order), the Settings rows
 * with their usual defaults, and each cell's number format. Shared by the CLI's template
 * writer (src/cli/template.ts) and the add-in's "Set up workbook" (setup.ts).
 */
import { headerKey } from "./header-key";
import { NUMBER_FORMATS, SETTINGS_ROWS, normaliseLabel, type DatasetSpec } from "./layout";
import type { RawTable, RawValue, RawWorkbook } from "./raw";

/** The sample's table for a dataset: by table name, else the first table on the sheet of its name. */
export function findSampleTable(raw: RawWorkbook, spec: DatasetSpec): RawTable | undefined {
  for (const s of raw.sheets) {
    const t = s.tables.find((x) => x.name.toLowerCase() === spec.table.toLowerCase());
    if (t) return t;
  }
  return raw.sheets.find((s) => headerKey(s.name) === headerKey(spec.sheet))?.tables[0];
}

/** A dataset's rows in layout column order, taken from a raw table by header. */
export function rowsFor(spec: DatasetSpec, t: RawTable | undefined): RawValue[][] {
  if (!t) return [];
  const index = spec.columns.map((c) => t.headers.findIndex((h) => headerKey(h) === headerKey(c.header)));
  return t.rows.map((r) => index.map((i) => (i < 0 ? null : (r[i] ?? null))));
}

/**
 * Settings rows: every layout setting with its label, and the value from `t` when given
 * (blank when `t` lacks it), else the setting's usual default (45 days, 25%).
 */
export function settingsRows(t: RawTable | undefined): RawValue[][] {
  return SETTINGS_ROWS.map((s) => {
    const row = t?.rows.find((r) => typeof r[0] === "string" && normaliseLabel(r[0]) === normaliseLabel(s.label));
    const value = row ? (row[1] ?? null) : t ? null : (s.fallback ?? null);
    return [s.label, value];
  });
}

/** Number format of a Settings value cell, by the setting's kind ("@" keeps "2021-22" text). */
export function settingFormat(label: RawValue): string {
  const spec = SETTINGS_ROWS.find(
    (s) => typeof label === "string" && normaliseLabel(s.label) === normaliseLabel(label),
  );
  if (!spec) return "General";
  return spec.numberFormat ?? (spec.kind === "share" ? "0%" : spec.kind === "count" ? "#,##0" : "@");
}

/** The number format of every body cell of `rows` (Settings' value column by setting). */
export function bodyFormats(spec: DatasetSpec, rows: readonly (readonly RawValue[])[]): string[][] {
  return rows.map((r) =>
    spec.columns.map((c, k) =>
      spec.id === "settings" && k === 1 ? settingFormat(r[0] ?? null) : NUMBER_FORMATS[c.kind],
    ),
  );
}
