/**
 * `csc-report template`: writes the performance workbook as the layout describes it, one
 * sheet per dataset, each with a real Excel table, number formats, widths and a frozen
 * header row; with --sample, filled from assets/sample/sample-workbook.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import {
  LAYOUT,
  NUMBER_FORMATS,
  SETTINGS_ROWS,
  normaliseHeader,
  normaliseLabel,
  type DatasetSpec,
} from "../core/workbook/layout";
import type { RawTable, RawValue, RawWorkbook } from "../core/workbook/raw";
import { RawWorkbookSchema } from "../core/workbook/schemas";
import { writeOutputs, type WriteOptions } from "./output";
import { repoFile } from "./repo-files";

/** Where the sample lives, from the repository root. */
const SAMPLE = join("assets", "sample", "sample-workbook.json");

/** The sample file's path (assets/sample/sample-workbook.json in the package). */
export function samplePath(): string {
  return repoFile(SAMPLE);
}

/** The sample workbook (the published reports' figures) as a RawWorkbook. @throws when the file is missing or malformed. */
export function loadSampleWorkbook(path = samplePath()): RawWorkbook {
  const json: unknown = JSON.parse(readFileSync(path, "utf8"));
  return RawWorkbookSchema.parse(json);
}

function findTable(raw: RawWorkbook, spec: DatasetSpec): RawTable | undefined {
  for (const s of raw.sheets) {
    const t = s.tables.find((x) => x.name.toLowerCase() === spec.table.toLowerCase());
    if (t) return t;
  }
  return raw.sheets.find((s) => normaliseHeader(s.name) === normaliseHeader(spec.sheet))?.tables[0];
}

/** A dataset's rows in layout column order, taken from a raw table by header. */
function rowsFor(spec: DatasetSpec, t: RawTable | undefined): RawValue[][] {
  if (!t) return [];
  const index = spec.columns.map((c) => t.headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(c.header)));
  return t.rows.map((r) => index.map((i) => (i < 0 ? null : (r[i] ?? null))));
}

/** Settings rows: every layout setting with its label, the value from the sample or the usual default. */
function settingsRows(t: RawTable | undefined): RawValue[][] {
  return SETTINGS_ROWS.map((s) => {
    const row = t?.rows.find((r) => typeof r[0] === "string" && normaliseLabel(r[0]) === normaliseLabel(s.label));
    const value = row ? (row[1] ?? null) : t ? null : (s.fallback ?? null);
    return [s.label, value];
  });
}

/** Number format of a Settings value cell, by the setting's kind. */
function settingFormat(label: RawValue): string {
  const spec = SETTINGS_ROWS.find(
    (s) => typeof label === "string" && normaliseLabel(s.label) === normaliseLabel(label),
  );
  if (!spec) return "General";
  return spec.numberFormat ?? (spec.kind === "share" ? "0%" : spec.kind === "count" ? "#,##0" : "@");
}

function addDataset(wb: Workbook, spec: DatasetSpec, rows: RawValue[][]): Worksheet {
  const ws = wb.addWorksheet(spec.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  spec.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
  });
  // Excel tables need at least one body row: an empty template gets one blank row to type into.
  const body = rows.length ? rows : [spec.columns.map(() => null)];
  ws.addTable({
    name: spec.table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: body,
  });
  const header = ws.getRow(1);
  header.font = { bold: true };
  body.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    spec.columns.forEach((c, k) => {
      row.getCell(k + 1).numFmt =
        spec.id === "settings" && k === 1 ? settingFormat(r[0] ?? null) : NUMBER_FORMATS[c.kind];
    });
  });
  return ws;
}

/**
 * The performance workbook as an ExcelJS workbook.
 * @param sample when given, the datasets are filled from it (matched by table name, else
 *   sheet name, and by header); the assessment log sheet is written only when it has rows.
 *   Without it, an empty template: settings labels (with the usual limit and threshold)
 *   and one blank row per table.
 */
export function buildTemplateWorkbook(sample?: RawWorkbook): Workbook {
  const wb = new Workbook();
  wb.creator = "csc-report";
  for (const spec of LAYOUT) {
    const t = sample ? findTable(sample, spec) : undefined;
    if (spec.id === "settings") {
      addDataset(wb, spec, settingsRows(t));
      continue;
    }
    const rows = rowsFor(spec, t);
    if (sample && spec.optional && rows.length === 0) continue;
    addDataset(wb, spec, rows);
  }
  return wb;
}

/** Options of {@link writeWorkbookTemplate}. */
export interface TemplateOptions extends WriteOptions {
  /** Fill with the sample data (assets/sample/sample-workbook.json). */
  readonly sample?: boolean;
}

/**
 * Writes the template (or the sample) to `path`, atomically, through the output module.
 * @throws {OutputError} when the file exists and `force` is not set, or it cannot be written.
 */
export async function writeWorkbookTemplate(path: string, options: TemplateOptions = {}): Promise<void> {
  const wb = buildTemplateWorkbook(options.sample ? loadSampleWorkbook() : undefined);
  const data = new Uint8Array(await wb.xlsx.writeBuffer());
  await writeOutputs(undefined, [{ label: "the output", path, data }], options);
}
