/**
 * `csc-report template`: writes the performance workbook as the layout describes it, one
 * sheet per dataset, each with a real Excel table, number formats, widths and a frozen
 * header row; with --sample, filled from assets/sample/sample-workbook.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import { LAYOUT, type DatasetSpec } from "../core/workbook/layout";
import type { RawValue, RawWorkbook } from "../core/workbook/raw";
import { bodyFormats, findSampleTable, rowsFor, settingsRows } from "../core/workbook/template-rows";
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
  bodyFormats(spec, body).forEach((formats, i) => {
    const row = ws.getRow(i + 2);
    formats.forEach((f, k) => (row.getCell(k + 1).numFmt = f));
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
    const t = sample ? findSampleTable(sample, spec) : undefined;
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
