/**
 * The workbook-scoped defined names that map a dataset to the officer's own table or range:
 * `CSC_<Dataset>` ("CSC_Assessments" refers to `=tblMyFigures[#All]` or
 * `='My Sheet'!$B$3:$H$12`). When present, the name takes precedence over finding the
 * dataset by its table name or sheet (locate.ts). The task pane writes these names; both
 * readers (Office.js and the CLI's .xlsx reader) honour them.
 */
import type { DatasetId } from "./layout";
import type { RawName, RawTable, RawWorkbook } from "./raw";

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
  return n.range;
}

/** The `CSC_` name defined for `dataset`, if the workbook has one. */
export function nameFor(raw: RawWorkbook, dataset: DatasetId): RawName | undefined {
  const want = datasetNameFor(dataset);
  return raw.names?.find((n) => sameName(n.name, want));
}
