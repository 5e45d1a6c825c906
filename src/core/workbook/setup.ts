/**
 * "Set up workbook": which of the layout's sheets and tables the open workbook lacks, and
 * what to create for each (headers, number formats, widths, the Settings rows with their
 * defaults, Excel data validation for typing), from the workbook's sheets, tables and names
 * alone. Pure: src/excel reads the shape, asks for the plan, then only applies it.
 *
 * Nothing that exists is changed: a dataset found as validation finds it (its `CSC_` name
 * mapping it to the officer's own table, its table by name anywhere, or a table with its first
 * header on its sheet) is left as it is, so only the datasets neither present nor mapped are added; a sheet of the
 * dataset's name that holds anything else is left too, and the plan says so; a table name
 * already used by a defined name cannot be created (Excel table names share the defined-name
 * namespace) and is reported instead.
 */
import { headerKey } from "./header-key";
import { LAYOUT, SETTINGS_ROWS, type ColumnKind, type DatasetSpec, type SettingSpec } from "./layout";
import { datasetNameFor, sameName } from "./names";
import type { RawValue, RawWorkbook } from "./raw";
import { bodyFormats, findSampleTable, rowsFor, settingsRows } from "./template-rows";

/** What the plan needs to know about one sheet. */
export interface SheetShape {
  readonly name: string;
  /** True when any cell holds a value, a formula or a format of its own (the sheet is in use). */
  readonly hasValues: boolean;
  readonly tables: readonly { readonly name: string; readonly headers: readonly string[] }[];
}

/** The open workbook as far as setting it up is concerned. */
export interface WorkbookShape {
  readonly sheets: readonly SheetShape[];
  /** Workbook-scoped defined names (a new table may not take one). */
  readonly names: readonly string[];
}

/** An Excel data validation rule, in the layout's terms (src/excel maps it to Office.js). */
export type ValidationRule =
  | { readonly kind: "wholeNumber"; readonly min: number }
  | { readonly kind: "decimal"; readonly min: number; readonly max: number }
  /** Dates from `min` to `max`, ISO yyyy-mm-dd. */
  | { readonly kind: "date"; readonly min: string; readonly max: string }
  | { readonly kind: "textLength"; readonly min: number; readonly max: number }
  | { readonly kind: "list"; readonly values: readonly string[] };

/**
 * Data validation on one column of a new table: either every row below the header to the
 * sheet's end (`row` undefined), so rows the table grows into are covered, or one body row.
 * Titles stay within 32 characters and messages within 255, the most Excel's Data Validation
 * dialog accepts for an input message and an error alert.
 */
export interface ColumnValidation {
  /** Zero-based column within the table. */
  readonly column: number;
  /** Zero-based body row; undefined: the whole column below the header. */
  readonly row?: number;
  readonly rule: ValidationRule;
  readonly promptTitle: string;
  readonly prompt: string;
  readonly errorTitle: string;
  readonly error: string;
}

/** One table to create, with its sheet when that is new. */
export interface TableToAdd {
  readonly spec: DatasetSpec;
  readonly sheet: string;
  /** False when an empty sheet of the dataset's name exists and gets the table. */
  readonly newSheet: boolean;
  readonly table: string;
  readonly headers: readonly string[];
  /** Body rows (an Excel table has at least one). */
  readonly rows: readonly (readonly RawValue[])[];
  /** Each body cell's number format, parallel to `rows`. */
  readonly formats: readonly (readonly string[])[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  readonly validations: readonly ColumnValidation[];
}

/** Why a dataset is left alone. */
export type KeptReason =
  /** It is there (its table, or a table with its headers on its sheet). */
  | "present"
  /** Its `CSC_` name maps it to the officer's own table or cells ("Use my own tables"). */
  | "mapped"
  /** A sheet of its name holds other things. */
  | "sheet-in-use"
  /** Its table name is taken by a defined name. */
  | "name-taken";

/** A dataset the plan leaves as it is. */
export interface KeptDataset {
  readonly spec: DatasetSpec;
  readonly sheet: string;
  readonly reason: KeptReason;
}

/** A text cell the plan writes outside the tables (the sample's label). */
export interface SetupNote {
  readonly sheet: string;
  /** A1 address. */
  readonly address: string;
  readonly text: string;
}

/** What "Set up workbook" will do. */
export interface SetupPlan {
  readonly add: readonly TableToAdd[];
  readonly kept: readonly KeptDataset[];
  /** True when the tables are filled with the sample figures. */
  readonly sample: boolean;
  readonly notes: readonly SetupNote[];
}

/** Words appended to the sample's local authority, so no report of it passes for real. */
export const SAMPLE_LABEL = "(sample figures)";

/** The note the sample puts beside the Settings table. */
export const SAMPLE_NOTE =
  "Sample figures, from Hampshire's published 2019-20 and 2021-22 Annual Safeguarding Reports. Replace them with your own.";

/** True when the workbook has no table and no sheet holding a value: only then is the sample offered. */
export function isEmptyWorkbook(shape: WorkbookShape): boolean {
  return shape.sheets.every((s) => !s.hasValues && s.tables.length === 0);
}

/** The first dataset of the layout found in `shape` (as validation finds it), or undefined. */
function findExisting(shape: WorkbookShape, spec: DatasetSpec): SheetShape | undefined {
  const byName = shape.sheets.find((s) => s.tables.some((t) => t.name.toLowerCase() === spec.table.toLowerCase()));
  if (byName) return byName;
  const sheet = shape.sheets.find((s) => headerKey(s.name) === headerKey(spec.sheet));
  const first = headerKey(spec.columns[0]?.header ?? "");
  return sheet?.tables.some((t) => t.headers.some((h) => headerKey(h) === first)) ? sheet : undefined;
}

const MAX_DATE = "9999-12-31"; // Excel's last date
const MIN_DATE = "1900-01-01"; // Excel's first date (1900 date system)

/** The rule and input message for a column kind; undefined for free text. */
function kindValidation(
  kind: ColumnKind,
  header: string,
): Omit<ColumnValidation, "column" | "row" | "errorTitle" | "error"> | undefined {
  switch (kind) {
    case "count":
      return {
        rule: { kind: "wholeNumber", min: 0 },
        promptTitle: "A whole number",
        prompt: `${header}: a whole number of 0 or more, such as 1234.`,
      };
    case "share":
      return {
        rule: { kind: "decimal", min: 0, max: 1 },
        promptTitle: "A percentage",
        prompt: `${header}: a percentage from 0% to 100%, such as 92.6%.`,
      };
    case "date":
      return {
        rule: { kind: "date", min: MIN_DATE, max: MAX_DATE },
        promptTitle: "A date",
        prompt: `${header}: a date, such as 01/04/2020.`,
      };
    case "year":
      return {
        rule: { kind: "textLength", min: 1, max: 20 },
        promptTitle: "A financial year",
        prompt: `${header}: a financial year, such as 2019-20.`,
      };
    case "quarter":
      return {
        rule: { kind: "textLength", min: 1, max: 20 },
        promptTitle: "A quarter",
        prompt: `${header}: a quarter, such as Jun-2017 or Apr-Jun 2019.`,
      };
    case "period":
      return {
        rule: { kind: "textLength", min: 1, max: 20 },
        promptTitle: "A year or a quarter",
        prompt: `${header}: a financial year (2019-20, children at 31 March) or a quarter (Apr-Jun 2020).`,
      };
    case "text":
      return undefined;
  }
}

/** What the error alert says for a rule. */
function errorFor(v: Omit<ColumnValidation, "column" | "row" | "errorTitle" | "error">): {
  errorTitle: string;
  error: string;
} {
  return { errorTitle: "Not a valid value", error: `${v.prompt} Press Retry to type it again.` };
}

/** The rule of a Settings value cell (zero is an error for the limit and population, above 1% for the NTS rate). */
function settingValidation(
  s: SettingSpec,
): Omit<ColumnValidation, "column" | "row" | "errorTitle" | "error"> | undefined {
  if (s.key === "ntsRate")
    return {
      rule: { kind: "decimal", min: 0, max: 0.01 },
      promptTitle: "NTS threshold rate",
      prompt:
        "Leave blank to use the protocol's rate by date (0.07%, 0.1% from 24 August 2022), or type a rate up to 1%.",
    };
  if (s.key === "reportYear") return kindValidation("year", s.label);
  if (s.maxLength !== undefined)
    return {
      rule: { kind: "textLength", min: 1, max: s.maxLength },
      promptTitle: "The council's name",
      prompt: `${s.label}: the council's name, up to ${s.maxLength} characters.`,
    };
  if (s.kind === "count")
    return {
      rule: { kind: "wholeNumber", min: 1 },
      promptTitle: "A whole number",
      prompt: `${s.label}: a whole number above 0.`,
    };
  if (s.kind === "share") return kindValidation("share", s.label);
  return undefined;
}

function withError(
  column: number,
  row: number | undefined,
  v: Omit<ColumnValidation, "column" | "row" | "errorTitle" | "error">,
): ColumnValidation {
  return { column, ...(row === undefined ? {} : { row }), ...v, ...errorFor(v) };
}

/** The data validation of a new table: whole columns by kind; Settings by row. */
function validationsFor(spec: DatasetSpec, rows: readonly (readonly RawValue[])[]): ColumnValidation[] {
  if (spec.id === "settings") {
    const out: ColumnValidation[] = [
      withError(0, undefined, {
        rule: { kind: "list", values: SETTINGS_ROWS.map((s) => s.label) },
        promptTitle: "A setting",
        prompt: "One of the settings in the drop-down list.",
      }),
    ];
    rows.forEach((r, i) => {
      const s = SETTINGS_ROWS.find((x) => x.label === r[0]);
      const v = s && settingValidation(s);
      if (v) out.push(withError(1, i, v));
    });
    return out;
  }
  return spec.columns.flatMap((c, k) => {
    const v = kindValidation(c.kind, c.header);
    return v ? [withError(k, undefined, v)] : [];
  });
}

/** The body rows of a new table: the sample's, else one blank row (Settings: labels and defaults). */
function bodyRows(spec: DatasetSpec, sample: RawWorkbook | undefined): RawValue[][] {
  const t = sample ? findSampleTable(sample, spec) : undefined;
  if (spec.id === "settings") {
    const rows = settingsRows(t);
    if (!sample) return rows;
    return rows.map(([label, value]) =>
      label === "Local authority" && typeof value === "string"
        ? [label, `${value} ${SAMPLE_LABEL}`]
        : [label ?? null, value ?? null],
    );
  }
  const rows = rowsFor(spec, t);
  return rows.length > 0 ? rows : [spec.columns.map(() => null)];
}

/**
 * The plan for the workbook `shape`.
 * @param sample fill the new tables with these figures; only taken when the workbook is empty
 *   ({@link isEmptyWorkbook}), else ignored (figures are never mixed into an officer's own).
 */
export function planSetup(shape: WorkbookShape, sample?: RawWorkbook): SetupPlan {
  const useSample = sample !== undefined && isEmptyWorkbook(shape);
  const names = new Set(shape.names.map((n) => n.toLowerCase()));
  const add: TableToAdd[] = [];
  const kept: KeptDataset[] = [];
  // A dataset mapped to the officer's own table is there, wherever it is: adding the template's
  // table too would leave a second copy of its headers, which validation warns about.
  const isMapped = (spec: DatasetSpec) => shape.names.some((n) => sameName(n, datasetNameFor(spec.id)));
  const anyPresent = LAYOUT.some((spec) => isMapped(spec) || findExisting(shape, spec) !== undefined);
  for (const spec of LAYOUT) {
    if (isMapped(spec)) {
      kept.push({ spec, sheet: spec.sheet, reason: "mapped" });
      continue;
    }
    const existing = findExisting(shape, spec);
    if (existing) {
      kept.push({ spec, sheet: existing.name, reason: "present" });
      continue;
    }
    const sheet = shape.sheets.find((s) => headerKey(s.name) === headerKey(spec.sheet));
    if (sheet && (sheet.hasValues || sheet.tables.length > 0)) {
      kept.push({ spec, sheet: sheet.name, reason: "sheet-in-use" });
      continue;
    }
    if (names.has(spec.table.toLowerCase())) {
      kept.push({ spec, sheet: sheet?.name ?? spec.sheet, reason: "name-taken" });
      continue;
    }
    // An optional table (the assessment log) comes with a fresh set-up only: not beside the
    // officer's own tables, nor empty beside sample figures that have none.
    if (spec.optional && (anyPresent || (useSample && !(sample && findSampleTable(sample, spec))))) continue;
    const rows = bodyRows(spec, useSample ? sample : undefined);
    add.push({
      spec,
      sheet: sheet?.name ?? spec.sheet,
      newSheet: !sheet,
      table: spec.table,
      headers: spec.columns.map((c) => c.header),
      rows,
      formats: bodyFormats(spec, rows),
      widths: spec.columns.map((c) => c.width),
      validations: validationsFor(spec, rows),
    });
  }
  const settings = add.find((t) => t.spec.id === "settings");
  const notes: SetupNote[] = useSample && settings ? [{ sheet: settings.sheet, address: "D1", text: SAMPLE_NOTE }] : [];
  return { add, kept, sample: useSample, notes };
}

/** One line per dataset for the pane: what was added, what was left and why. */
export function describeSetup(plan: SetupPlan): { added: string[]; left: string[] } {
  const added = plan.add.map(
    (t) =>
      `${t.newSheet ? `Sheet “${t.sheet}” with table ${t.table}` : `Table ${t.table} on the empty sheet “${t.sheet}”`}` +
      `${plan.sample ? `: ${t.rows.length} rows of sample figures` : ""}.`,
  );
  const left = plan.kept.map((k) => {
    switch (k.reason) {
      case "present":
        return `“${k.sheet}” already holds ${k.spec.table === "tblSettings" ? "the settings" : `the ${k.spec.sheet} table`}: left as it is.`;
      case "mapped":
        return `${k.spec.sheet} comes from your own table: left as it is.`;
      case "sheet-in-use":
        return `The sheet “${k.sheet}” already holds other things, so no table was added to it. Rename that sheet or move its contents, then set up again.`;
      case "name-taken":
        return `The name ${k.spec.table} is already used in this workbook (Formulas > Name Manager), so the ${k.spec.sheet} table was not added.`;
    }
  });
  return { added, left };
}

/** Issue codes that say a dataset is not in the workbook at all. */
const ABSENT = new Set(["sheet-missing", "table-missing"]);

/**
 * True when validation found none of the layout's required datasets (each one's sheet or
 * table missing): a new workbook, where setting it up is the first thing to offer.
 */
export function findsNoDataset(issues: readonly { readonly code: string; readonly sheet: string }[]): boolean {
  return LAYOUT.filter((d) => !d.optional).every((d) =>
    issues.some((i) => ABSENT.has(i.code) && headerKey(i.sheet) === headerKey(d.sheet)),
  );
}

/** True when validation found some dataset missing (its sheet or its table). */
export function findsMissingDataset(issues: readonly { readonly code: string }[]): boolean {
  return issues.some((i) => ABSENT.has(i.code));
}
