/**
 * The workbook-scoped defined names that map a dataset to the officer's own table or range:
 * `CSC_<Dataset>` ("CSC_Assessments" refers to `=tblMyFigures[#All]` or
 * `='My Sheet'!$B$3:$H$12`). When present, the name takes precedence over finding the
 * dataset by its table name or sheet (locate.ts). The task pane writes these names; both
 * readers (Office.js and the CLI's .xlsx reader) honour them.
 */
import type { DatasetId } from "./layout";
import type { RawName, RawTable, RawValue, RawWorkbook } from "./raw";
import { parseCell, parseRange, splitSheet } from "../base";

/** Rows and columns on a worksheet ("Excel specifications and limits": 1,048,576 rows by 16,384 columns). */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** The defined name of each dataset. */
export const DATASET_NAMES: Readonly<Record<DatasetId, string>> = {
  settings: "CSC_Settings",
  assessments: "CSC_Assessments",
  childProtection: "CSC_ChildProtection",
  lookedAfter: "CSC_LookedAfter",
  contacts: "CSC_Contacts",
  uasc: "CSC_UASC",
  assessmentLog: "CSC_AssessmentLog",
};

/** The workbook-scoped defined name that maps `dataset` to the officer's own table or range. */
export function datasetNameFor(dataset: DatasetId): string {
  return DATASET_NAMES[dataset];
}

/**
 * Excel compares defined names case-insensitively ("csc_assessments" is the same name).
 * Source: https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64
 */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** `tblFoo`, `tblFoo[]`, `tblFoo[#All]` (or `[#Data]`, `[#Headers]`): a whole-table reference. */
const TABLE_REF = /^=?\s*([A-Za-z_\\][\w.\\]*)\s*(?:\[\s*(?:#(?:All|Data|Headers))?\s*\])?\s*$/i;

/**
 * What a `CSC_` name refers to: the table it names (a table reference resolves to the whole
 * table, header row and all), or the range the reader read. Undefined when it refers to
 * nothing readable (#REF!, a deleted table or sheet, a constant).
 */
export function resolveName(raw: RawWorkbook, n: RawName): RawTable | undefined {
  const m = TABLE_REF.exec(n.formula);
  if (m) {
    const want = (m[1] ?? "").toLowerCase();
    for (const sheet of raw.sheets) {
      const t = sheet.tables.find((x) => x.name.toLowerCase() === want);
      if (t) return t;
    }
    return undefined;
  }
  // A range over exactly a table's cells (a name made from the table's selection) is that table.
  const r = n.range;
  if (!r) return undefined;
  const same = raw.sheets.find((s) => s.name.toLowerCase() === r.sheet.toLowerCase());
  return same?.tables.find((t) => t.top === r.top && t.left === r.left && t.headers.length === r.headers.length) ?? r;
}

/** The `CSC_` name defined for `dataset`, if the workbook has one. */
export function nameFor(raw: RawWorkbook, dataset: DatasetId): RawName | undefined {
  const want = datasetNameFor(dataset);
  return raw.names?.find((n) => sameName(n.name, want));
}

/** A defined name's sheet range: `'My Sheet'!$B$3:$H$12`, zero-based and inclusive. */
export interface NamedRange {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The sheet range a defined name's reference gives, or undefined for anything else (a table
 * reference, #REF!, a constant, a formula, a range with no sheet). A reader reads these cells.
 */
export function namedRange(formula: string): NamedRange | undefined {
  const body = formula.trim().replace(/^=/, "");
  const { sheet, local } = splitSheet(body);
  if (!sheet || body.includes("#REF!")) return undefined;
  // Whole columns ($B:$H): every row; the readers cut it to the rows that hold something (and
  // whole rows, below, to the columns).
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(local);
  const a = cols && parseCell(`${cols[1] ?? ""}1`);
  const b = cols && parseCell(`${cols[2] ?? ""}${SHEET_ROWS}`);
  if (a && b)
    return { sheet, top: 0, left: Math.min(a.col, b.col), bottom: SHEET_ROWS - 1, right: Math.max(a.col, b.col) };
  // Whole rows ($1:$8), the same for a table laid across (periods in columns): every column.
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(local);
  const first = Number(rows?.[1]);
  const last = Number(rows?.[2]);
  if (rows && first >= 1 && last >= 1 && first <= SHEET_ROWS && last <= SHEET_ROWS)
    return {
      sheet,
      top: Math.min(first, last) - 1,
      left: 0,
      bottom: Math.max(first, last) - 1,
      right: SHEET_COLUMNS - 1,
    };
  const r = parseRange(local);
  return r ? { sheet, ...r } : undefined;
}

const cellText = (v: RawValue | undefined): string => (v === null || v === undefined ? "" : String(v));

/**
 * A sheet range's cells read like a table ({@link RawName.range}): the first row is the
 * header row, the rest the body (either orientation: locate.ts tells them apart).
 * @param values the range's rows from its top-left cell (missing cells are blank).
 * @param formats the body rows' number formats, when the reader has them.
 */
export function rangeAsTable(
  r: NamedRange,
  values: readonly (readonly RawValue[] | undefined)[],
  formats?: readonly (readonly string[] | undefined)[],
): RawTable {
  const width = r.right - r.left + 1;
  const row = (i: number): RawValue[] => Array.from({ length: width }, (_, c) => values[i]?.[c] ?? null);
  const height = r.bottom - r.top + 1;
  const rows: RawValue[][] = [];
  for (let i = 1; i < height; i++) rows.push(row(i));
  const numberFormats = formats
    ? rows.map((_, i) => Array.from({ length: width }, (_, c) => formats[i]?.[c] ?? "General"))
    : undefined;
  const header = row(0);
  return {
    name: "",
    sheet: r.sheet,
    top: r.top,
    left: r.left,
    headers: header.map(cellText),
    headerValues: header,
    rows,
    ...(numberFormats ? { numberFormats } : {}),
  };
}
