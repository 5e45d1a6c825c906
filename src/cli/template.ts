/**
 * `csc-report template`: writes the performance workbook as the layout describes it, one
 * sheet per dataset, each with a real Excel table, number formats, widths and a frozen
 * header row, and an "About" sheet describing the layout (guide.ts); with --sample, filled
 * from assets/sample/sample-workbook.json. The package is written by csc-report's own
 * SpreadsheetML writer (xlsx/new-workbook.ts) over the package layer's ZIP.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  LAYOUT,
  type DatasetSpec,
  type RawValue,
  type RawWorkbook,
  GUIDE_SHEET,
  layoutGuide,
  bodyFormats,
  findSampleTable,
  rowsFor,
  settingsRows,
  RawWorkbookSchema,
} from "../core/workbook";
import { OutputError, writeOutputs, type WriteOptions } from "./output";
import { extensionRefusal } from "./xlsx/kind";
import { writeNewWorkbook, type NewCell, type NewSheet } from "./xlsx/new-workbook";
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

/** A dataset's sheet: its table over the header row and the body rows, formats from core. */
function datasetSheet(spec: DatasetSpec, rows: RawValue[][]): NewSheet {
  // Excel tables need at least one body row: an empty template gets one blank row to type into.
  const body = rows.length ? rows : [spec.columns.map(() => null)];
  const formats = bodyFormats(spec, body);
  const header: NewCell[] = spec.columns.map((c) => ({ value: c.header, bold: true }));
  return {
    name: spec.sheet,
    widths: spec.columns.map((c) => c.width),
    frozenRows: 1,
    rows: [
      header,
      ...body.map((r, i) => spec.columns.map((_, k) => ({ value: r[k] ?? null, numFmt: formats[i]?.[k] }))),
    ],
    table: {
      name: spec.table,
      columns: spec.columns.map((c) => c.header),
      bodyRows: body.length,
      style: "TableStyleMedium2",
    },
  };
}

/** The "About" sheet: the layout, both orientations and the CSC_ names, as text. */
function guideSheet(): NewSheet {
  const rows = layoutGuide().map((cells) => {
    // Headings are the rows of one short cell; the dataset list's header row is bold too.
    const heading = cells.length === 1 && (cells[0]?.length ?? 0) < 60;
    const bold = heading || cells[0] === "Dataset";
    return cells.map((text): NewCell => ({
      value: text,
      // Text as text: "2019-20" must stay a label, not become a date (Excel's Text format).
      numFmt: "@",
      wrap: text.length > 60,
      top: true,
      bold,
      size: heading ? 12 : undefined,
    }));
  });
  return { name: GUIDE_SHEET, widths: [34, 18, 20, 60, 24], rows };
}

/**
 * The performance workbook's sheets.
 * @param sample when given, the datasets are filled from it (matched by table name, else
 *   sheet name, and by header); the assessment log sheet is written only when it has rows.
 *   Without it, an empty template: settings labels (with the usual limit and threshold)
 *   and one blank row per table.
 * @param options.guide also add the "About" sheet describing the layout (guide.ts).
 */
function templateSheets(sample: RawWorkbook | undefined, options: { readonly guide?: boolean }): NewSheet[] {
  const sheets: NewSheet[] = [];
  for (const spec of LAYOUT) {
    const t = sample ? findSampleTable(sample, spec) : undefined;
    if (spec.id === "settings") {
      sheets.push(datasetSheet(spec, settingsRows(t)));
      continue;
    }
    const rows = rowsFor(spec, t);
    if (sample && spec.optional && rows.length === 0) continue;
    sheets.push(datasetSheet(spec, rows));
  }
  if (options.guide) sheets.push(guideSheet());
  return sheets;
}

/**
 * The performance workbook as .xlsx bytes, as `csc-report template` writes it (see
 * {@link templateSheets}); `options.guide` adds the "About" sheet, off by default.
 */
export function templateBytes(sample?: RawWorkbook, options: { readonly guide?: boolean } = {}): Uint8Array {
  return writeNewWorkbook(templateSheets(sample, options), "csc-report");
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
  const output = { label: "the output", path };
  const mismatch = extensionRefusal(output, undefined);
  if (mismatch) throw new OutputError(output, mismatch);
  const data = templateBytes(options.sample ? loadSampleWorkbook() : undefined, { guide: !options.sample });
  await writeOutputs(undefined, [{ ...output, data }], options);
}
