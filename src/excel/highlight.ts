/**
 * Highlights the cells validation found, and clears them back to exactly what was there.
 *
 * A highlight is a conditional format (type Custom) on the cell, not a change of the cell's own
 * fill: the officer's formatting is never written, so deleting our conditional formats restores
 * it exactly, even after the officer has reformatted a highlighted cell meanwhile.
 *
 * Our conditional formats are found by a mark they carry, not by a stored id: a conditional
 * format's `id` is documented only as "the priority of the conditional format in the current
 * ConditionalFormatCollection"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member),
 * ids are not documented to survive closing and reopening the workbook, and a rule's range moves
 * when rows or columns are inserted above or left of it. The mark is the rule itself:
 * `=ISTEXT("CSC Safeguarding Report highlight")` is always TRUE (a text constant is text), is
 * saved with the workbook as any rule formula is, and names the add-in to anyone who opens
 * Conditional Formatting > Manage Rules. An officer's own rule is never that exact formula.
 *
 * Clearing lists every sheet's conditional formats through ExcelApi 1.6 members only
 * (Range.conditionalFormats, ConditionalFormat.type / custom.rule.formula / delete), in a fixed
 * number of syncs, and deletes the ones carrying the mark.
 */
import type { Issue } from "../core/workbook";
import { ISSUE_HIGHLIGHT } from "../core/report";

/** The text constant our rule formulas carry. */
export const HIGHLIGHT_MARK = "CSC Safeguarding Report highlight";
/** The rule formula of every highlight: always TRUE, and recognisably ours. */
export const HIGHLIGHT_RULE = `=ISTEXT("${HIGHLIGHT_MARK}")`;
/** At most this many cells are highlighted (the list in the pane has them all). */
export const MAX_HIGHLIGHTS = 500;

// Excel's own presets, as the theme keeps them: light red fill with dark red text, yellow with dark yellow.
const { fill: ERROR_FILL, font: ERROR_FONT } = ISSUE_HIGHLIGHT.error;
const { fill: WARNING_FILL, font: WARNING_FONT } = ISSUE_HIGHLIGHT.warning;

/** True for our rule formula as Excel reports it back (spacing and letter case of the function may differ). */
export function isHighlightRule(formula: string): boolean {
  const m = /^=\s*ISTEXT\s*\(\s*"((?:[^"]|"")*)"\s*\)\s*$/i.exec(formula);
  return m?.[1] === HIGHLIGHT_MARK;
}

/** Our conditional formats on every unprotected sheet (three syncs), ready to delete. */
async function findHighlights(context: Excel.RequestContext): Promise<Excel.ConditionalFormat[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/protection/protected");
  await context.sync();
  // A protected sheet refuses changes to its conditional formats; leave its rules alone.
  const lists = sheets.items
    .filter((ws) => !ws.protection.protected)
    .map((ws) => {
      const list = ws.getRange().conditionalFormats;
      list.load("items/type");
      return list;
    });
  await context.sync();
  const custom = lists.flatMap((l) => l.items.filter((cf) => cf.type === "Custom"));
  for (const cf of custom) cf.custom.rule.load("formula");
  await context.sync();
  return custom.filter((cf) => isHighlightRule(cf.custom.rule.formula));
}

/** Deletes our conditional formats; returns how many. */
async function removeHighlights(context: Excel.RequestContext): Promise<number> {
  const ours = await findHighlights(context);
  if (ours.length === 0) return 0;
  for (const cf of ours) cf.delete();
  await context.sync();
  return ours.length;
}

/**
 * Marks each issue's cell, replacing earlier highlights: errors red with a border and bold
 * text, warnings yellow. The border and the weight tell them apart without colour (WCAG 2.2
 * SC 1.4.1 Use of Color), with ExcelApi 1.6 members only: a conditional format's font has
 * `bold` (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalrangefont)
 * and its borders a `style` but no weight, so the border is Excel's thin continuous line
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalrangeborder).
 * Issues on a sheet that does not exist, or is protected, are not marked (the pane lists
 * them all). Returns the number of cells marked.
 */
export async function highlightIssues(issues: readonly Issue[]): Promise<number> {
  return Excel.run(async (context) => {
    await removeHighlights(context);
    // One highlight per cell; an error outranks a warning on the same cell.
    const byCell = new Map<string, Issue>();
    for (const i of issues) {
      const key = `${i.sheet}\u0000${i.cell}`;
      const prev = byCell.get(key);
      if (!prev || (prev.severity === "warning" && i.severity === "error")) byCell.set(key, i);
    }
    const chosen = [...byCell.values()].slice(0, MAX_HIGHLIGHTS);
    const sheets = new Map<string, Excel.Worksheet>();
    for (const i of chosen) {
      if (sheets.has(i.sheet)) continue;
      const ws = context.workbook.worksheets.getItemOrNullObject(i.sheet);
      ws.load("protection/protected");
      sheets.set(i.sheet, ws);
    }
    await context.sync();
    let marked = 0;
    for (const i of chosen) {
      const ws = sheets.get(i.sheet);
      if (!ws || ws.isNullObject || ws.protection.protected) continue;
      const cf = ws.getRange(i.cell).conditionalFormats.add("Custom");
      cf.custom.rule.formula = HIGHLIGHT_RULE;
      cf.custom.format.fill.color = i.severity === "error" ? ERROR_FILL : WARNING_FILL;
      cf.custom.format.font.color = i.severity === "error" ? ERROR_FONT : WARNING_FONT;
      if (i.severity === "error") {
        const f = cf.custom.format;
        f.font.bold = true;
        for (const edge of [f.borders.top, f.borders.bottom, f.borders.left, f.borders.right]) {
          edge.style = "Continuous";
          edge.color = ERROR_FONT;
        }
      }
      marked++;
    }
    await context.sync();
    return marked;
  });
}

/** Removes every highlight this add-in added; the cells look exactly as before. Returns how many. */
export async function clearHighlights(): Promise<number> {
  return Excel.run(async (context) => removeHighlights(context));
}

/** True when highlights from an earlier validation are still in the workbook. */
export async function hasHighlights(): Promise<boolean> {
  return Excel.run(async (context) => (await findHighlights(context)).length > 0);
}
