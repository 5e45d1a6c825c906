/**
 * Cell references inside formula text, and how Excel rewrites them when the document's
 * structure changes:
 *
 * - Renaming a sheet updates every formula that refers to it, on every sheet, so it keeps
 *   pointing at the same cells ("Rename a worksheet",
 *   https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 * - Deleting a sheet turns references to it into #REF!: the formula text shows `#REF!` where
 *   the sheet was and the formula's value is the #REF! error ("How to correct a #REF! error",
 *   https://support.microsoft.com/en-us/office/how-to-correct-a-ref-error-822c8e46-e610-4d2d-a0e4-0d8a8d5a7a3e).
 * - Inserting cells moves the cells below, and references to moved cells follow them
 *   ("Insert or delete rows and columns",
 *   https://support.microsoft.com/en-us/office/insert-or-delete-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246).
 *
 * Only A1 references (B5, $B$5, B5:C9, optionally 'Sheet name'! or Sheet!) are recognised;
 * text in string literals is left alone. Whole-row/column references and structured table
 * references are not rewritten (the add-in never writes them).
 */
import { columnToLetters, lettersToColumn, MAX_ROWS, quoteSheetName, readQuotedName } from "./address";

/** One A1 reference found in a formula. */
export interface FormulaRef {
  /** Index of the first character (of the sheet prefix when there is one). */
  start: number;
  end: number;
  /** The sheet named in the prefix (unquoted), or undefined for a reference to the formula's own sheet. */
  sheet: string | undefined;
  /** The prefix was `#REF!`: the sheet it named was deleted. */
  deletedSheet: boolean;
  cells: CellPart[];
}

/** One corner of a reference: zero-based row and column, and which parts are absolute. */
export interface CellPart {
  row: number;
  col: number;
  absRow: boolean;
  absCol: boolean;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/;
const NAME_CHAR = /[A-Za-z0-9_.]/;

function readCell(src: string, at: number): { part: CellPart; end: number } | undefined {
  const m = CELL.exec(src.slice(at));
  if (!m) return undefined;
  const [all, absCol, letters, absRow, digits] = m as unknown as [string, string, string, string, string];
  const row = Number(digits) - 1;
  if (row < 0 || row >= MAX_ROWS) return undefined;
  let col: number;
  try {
    col = lettersToColumn(letters);
  } catch {
    return undefined; // past column XFD: a name such as ABCD1 would be, not a reference
  }
  return { part: { row, col, absRow: absRow === "$", absCol: absCol === "$" }, end: at + all.length };
}

/** Reads a sheet prefix at `at` ('Quoted name'!, Name! or #REF!); undefined when there is none. */
function readPrefix(src: string, at: number): { sheet: string | undefined; deleted: boolean; end: number } | undefined {
  if (src.startsWith("#REF!", at)) return { sheet: undefined, deleted: true, end: at + 5 };
  if (src[at] === "'") {
    const q = readQuotedName(src, at);
    return q && src[q.end] === "!" ? { sheet: q.name, deleted: false, end: q.end + 1 } : undefined;
  }
  const m = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*!/.exec(src.slice(at));
  return m ? { sheet: m[0].slice(0, -1), deleted: false, end: at + m[0].length } : undefined;
}

/** The A1 references in `formula`, in order. */
export function findRefs(formula: string): FormulaRef[] {
  const out: FormulaRef[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    if (ch === '"') {
      i++;
      while (i < formula.length) {
        if (formula[i] === '"') {
          if (formula[i + 1] === '"') i += 2;
          else break;
        } else i++;
      }
      i++;
      continue;
    }
    const prevIsName = i > 0 && NAME_CHAR.test(formula[i - 1] ?? "");
    if (prevIsName) {
      i++;
      continue;
    }
    const prefix = readPrefix(formula, i);
    const cellAt = prefix ? prefix.end : i;
    const first = readCell(formula, cellAt);
    if (!first) {
      i = prefix && prefix.sheet !== undefined ? prefix.end : i + 1;
      continue;
    }
    const cells = [first.part];
    let end = first.end;
    if (formula[end] === ":") {
      const second = readCell(formula, end + 1);
      if (second) {
        cells.push(second.part);
        end = second.end;
      }
    }
    // A name or function (LOG10(, Table1[...], A1B) is not a reference.
    if (/[A-Za-z0-9_([]/.test(formula[end] ?? "")) {
      i = end;
      continue;
    }
    out.push({ start: i, end, sheet: prefix?.sheet, deletedSheet: prefix?.deleted ?? false, cells });
    i = end;
  }
  return out;
}

function formatCell(p: CellPart): string {
  return `${p.absCol ? "$" : ""}${columnToLetters(p.col)}${p.absRow ? "$" : ""}${p.row + 1}`;
}

/** Rebuilds `formula` with each reference replaced by `rewrite(ref)` (undefined keeps it). */
export function rewriteRefs(formula: string, rewrite: (ref: FormulaRef) => string | undefined): string {
  let out = "";
  let last = 0;
  for (const ref of findRefs(formula)) {
    const text = rewrite(ref);
    if (text === undefined) continue;
    out += formula.slice(last, ref.start) + text;
    last = ref.end;
  }
  return last === 0 ? formula : out + formula.slice(last);
}

/** The text of a reference with the given prefix ("" for none) and corners. */
export function refText(prefix: string, cells: readonly CellPart[]): string {
  return prefix + cells.map(formatCell).join(":");
}

/** The sheet prefix of a reference as Excel writes it ("" for the formula's own sheet). */
export function prefixOf(ref: FormulaRef): string {
  if (ref.deletedSheet) return "#REF!";
  return ref.sheet === undefined ? "" : `${quoteSheetName(ref.sheet)}!`;
}

const sameName = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** A formula with references to sheet `from` renamed to `to`. */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  return rewriteRefs(formula, (r) =>
    sameName(r.sheet, from) ? refText(`${quoteSheetName(to)}!`, r.cells) : undefined,
  );
}

/** A formula with references to the deleted sheet `name` turned into `#REF!` references. */
export function deleteSheetInFormula(formula: string, name: string): string {
  return rewriteRefs(formula, (r) => (sameName(r.sheet, name) ? refText("#REF!", r.cells) : undefined));
}

/** True when the formula holds a reference to a deleted sheet (its value is then #REF!). */
export function hasRefError(formula: string): boolean {
  return findRefs(formula).some((r) => r.deletedSheet) || /(^|[^A-Za-z0-9_"])#REF!/.test(formula);
}

/** Where rows were inserted: on `sheet`, `count` rows at zero-based `atRow`, in columns startCol..endCol. */
export interface RowInsertion {
  sheet: string;
  atRow: number;
  count: number;
  startCol: number;
  endCol: number;
}

/**
 * Moves a reference's rows for an insertion: rows at or below `atRow` move down by `count`;
 * a range that spans the insertion point grows. Absolute and relative rows move alike, as the
 * cells they name moved. Returns undefined when the reference is not affected.
 */
export function shiftCells(cells: readonly CellPart[], ins: RowInsertion): CellPart[] | undefined {
  const minCol = Math.min(...cells.map((c) => c.col));
  const maxCol = Math.max(...cells.map((c) => c.col));
  if (maxCol < ins.startCol || minCol > ins.endCol) return undefined;
  if (minCol < ins.startCol || maxCol > ins.endCol) return undefined; // straddles: Excel splits; not modelled
  let changed = false;
  const out = cells.map((c) => {
    if (c.row < ins.atRow) return c;
    changed = true;
    return { ...c, row: c.row + ins.count };
  });
  return changed ? out : undefined;
}

/** A formula on sheet `formulaSheet` with its references to the inserted-at sheet moved. */
export function insertRowsInFormula(formula: string, formulaSheet: string, ins: RowInsertion): string {
  return rewriteRefs(formula, (r) => {
    if (r.deletedSheet) return undefined;
    const target = r.sheet ?? formulaSheet;
    if (target.toLowerCase() !== ins.sheet.toLowerCase()) return undefined;
    const moved = shiftCells(r.cells, ins);
    if (!moved) return undefined;
    return refText(prefixOf(r), moved);
  });
}
