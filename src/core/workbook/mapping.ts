/**
 * "Use my own table": the workbook-scoped defined name `CSC_<Dataset>` that tells the add-in
 * which table or range holds a dataset, wherever the officer keeps it. The name refers to a
 * table by its structured reference (`=tblFoo[#All]`, so it follows the table as it grows or
 * moves) or to a block of cells by an absolute reference (`='My Sheet'!$B$3:$H$12`, header
 * row first), which Excel adjusts when rows or columns are inserted around it. Both show in
 * Excel's Name Manager ("Define and use names in formulas",
 * https://support.microsoft.com/en-us/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64).
 */
import { formatCell, parseRange, quoteSheet, splitSheet, type RangeAddress } from "../base";
import type { DatasetId } from "./layout";
import { datasetNameFor } from "./names";

/**
 * The workbook-scoped defined name that maps `dataset` to the officer's own table or range
 * ("CSC_Assessments"): the one list in names.ts, which the readers honour.
 */
export const mappingNameFor: (dataset: DatasetId) => string = datasetNameFor;

/** What a mapping name refers to: a table, or a block of cells on a sheet (header row first). */
export type MappingTarget =
  | { readonly kind: "table"; readonly table: string }
  | { readonly kind: "range"; readonly sheet: string; readonly range: RangeAddress };

/** A1 text with every row and column absolute ("$B$3:$H$12"). */
function absolute(r: RangeAddress): string {
  const abs = (row: number, col: number) => formatCell({ row, col }).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
}

/**
 * The formula a mapping name refers to: `=tblFoo[#All]` for a table (headers included, so the
 * header row is the first row of the range the name gives), `='My Sheet'!$B$3:$H$12` for cells.
 */
export function mappingFormula(target: MappingTarget): string {
  return target.kind === "table" ? `=${target.table}[#All]` : `=${quoteSheet(target.sheet)}!${absolute(target.range)}`;
}

/**
 * Reads a mapping name's formula back: a table's structured reference (`=tblFoo[#All]`,
 * `=tblFoo[]` or `=tblFoo`) or a sheet-qualified range. Undefined for anything else (a
 * constant, `=#REF!` after the sheet or table was deleted, several areas), which the pane shows
 * as a mapping that no longer points at data.
 */
export function parseMappingFormula(formula: string): MappingTarget | undefined {
  const body = formula.trim().replace(/^=/, "");
  const table = /^([A-Za-z_\\][A-Za-z0-9_.\\]*)(?:\[(?:#All)?\])?$/i.exec(body);
  if (table && !body.includes("!") && parseRange(body) === undefined) return { kind: "table", table: table[1]! };
  // Several areas ("=A!$A$1,A!$D$1") are no one table: a comma outside a quoted sheet name.
  if (body.replace(/'(?:[^']|'')*'/g, "").includes(",")) return undefined;
  const { sheet, local } = splitSheet(body);
  if (sheet === undefined || sheet === "" || local.includes("#")) return undefined;
  const range = parseRange(local);
  return range ? { kind: "range", sheet, range } : undefined;
}

/** How the pane shows a target to the officer: the table's name, or "My Sheet!B3:H12". */
export function describeTarget(target: MappingTarget): string {
  if (target.kind === "table") return target.table;
  const r = target.range;
  const local = `${formatCell({ row: r.top, col: r.left })}:${formatCell({ row: r.bottom, col: r.right })}`;
  return `${target.sheet}!${local}`;
}

/**
 * A name's comment holds at most 255 characters ("The comment text cannot exceed 255
 * characters", https://learn.microsoft.com/en-us/office/vba/api/excel.name.comment).
 */
export const MAX_NAME_COMMENT = 255;

/** A column whose header the officer chose, as the name's comment records it. */
export interface ChosenHeader {
  /** The dataset's column header ("Assessments completed"). */
  readonly header: string;
  /** The officer's label for it ("No. completed"). */
  readonly label: string;
}

const COMMENT_LEAD = "Safeguarding Report data";
const CHOICES = " Columns chosen: ";

/**
 * The comment written with a mapping name: what it is for, and the headers the officer chose
 * where the match was unsure ("Columns chosen: Assessments completed = No. completed; ..."),
 * so a reader of the name can use them. Choices that would pass Excel's 255 characters are
 * left out and `complete` is false.
 */
export function mappingComment(
  datasetTitle: string,
  chosen: readonly ChosenHeader[],
): {
  comment: string;
  complete: boolean;
} {
  const lead = `${COMMENT_LEAD}: ${datasetTitle}.`;
  if (chosen.length === 0) return { comment: lead, complete: true };
  const full = `${lead}${CHOICES}${chosen.map((c) => `${c.header} = ${c.label}`).join("; ")}.`;
  return full.length <= MAX_NAME_COMMENT ? { comment: full, complete: true } : { comment: lead, complete: false };
}

/** The chosen headers a mapping comment records (none when it records none). */
export function chosenFromComment(comment: string): ChosenHeader[] {
  const at = comment.indexOf(CHOICES);
  if (!comment.startsWith(COMMENT_LEAD) || at < 0) return [];
  return comment
    .slice(at + CHOICES.length)
    .replace(/\.$/, "")
    .split("; ")
    .map((pair) => pair.split(" = "))
    .filter((p): p is [string, string] => p.length === 2)
    .map(([header, label]) => ({ header, label }));
}
