/**
 * Highlights the cells validation found, and clears them back to exactly what was there.
 *
 * A highlight is a conditional format (type Custom, rule `=TRUE`) on the cell, not a change of
 * the cell's own fill: the officer's formatting is never written, so clearing (deleting the
 * conditional formats we added, by the ids we kept) restores it exactly, even after the
 * officer has reformatted a highlighted cell meanwhile. The ids are kept in the document's
 * add-in settings, so "Clear highlights" still works after the workbook is closed and reopened.
 */
import type { Issue } from "../core/workbook/issues";

/** Document setting holding the highlights we added: [{sheet, cell, id}]. */
export const HIGHLIGHT_SETTING = "csc.highlights";
/** At most this many cells are highlighted (the list in the pane has them all). */
export const MAX_HIGHLIGHTS = 500;

const ERROR_FILL = "#FFC7CE"; // Excel's "Light red fill", dark red text: 6.9:1
const ERROR_FONT = "#9C0006";
const WARNING_FILL = "#FFEB9C"; // Excel's "Yellow fill", dark yellow text: 5.6:1
const WARNING_FONT = "#7A4F01";

interface StoredHighlight {
  sheet: string;
  cell: string;
  id: string;
}

function parseStored(value: unknown): StoredHighlight[] {
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (h): h is StoredHighlight =>
        typeof h === "object" &&
        h !== null &&
        typeof h.sheet === "string" &&
        typeof h.cell === "string" &&
        typeof h.id === "string",
    );
  } catch {
    return [];
  }
}

async function loadStored(context: Excel.RequestContext): Promise<StoredHighlight[]> {
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
  setting.load("value");
  await context.sync();
  return setting.isNullObject ? [] : parseStored(setting.value);
}

/** Removes our conditional formats (those still there) and forgets them. Returns how many. */
async function removeStored(context: Excel.RequestContext, stored: StoredHighlight[]): Promise<number> {
  if (stored.length === 0) return 0;
  const sheets = context.workbook.worksheets;
  const found = stored.map((h) => {
    const ws = sheets.getItemOrNullObject(h.sheet);
    return { h, ws };
  });
  await context.sync();
  const live = found.filter((f) => !f.ws.isNullObject);
  let cfs: Excel.ConditionalFormat[];
  // ConditionalFormatCollection.getItemOrNullObject is ExcelApi 1.14, above the manifest's
  // minimum (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection):
  // without it, list the cell's conditional formats with their ids (1.6) and match ours.
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.14")) {
    const found14 = live.map((f) => f.ws.getRange(f.h.cell).conditionalFormats.getItemOrNullObject(f.h.id));
    await context.sync();
    cfs = found14.filter((cf) => !cf.isNullObject);
  } else {
    const lists = live.map((f) => ({ id: f.h.id, list: f.ws.getRange(f.h.cell).conditionalFormats.load("items/id") }));
    await context.sync();
    cfs = lists.flatMap(({ id, list }) => list.items.filter((cf) => cf.id === id));
  }
  let removed = 0;
  for (const cf of cfs) {
    cf.delete();
    removed++;
  }
  context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING).delete();
  await context.sync();
  return removed;
}

/**
 * Marks each issue's cell (errors red, warnings yellow), replacing earlier highlights.
 * Issues whose sheet does not exist are skipped. Returns the number of cells marked.
 */
export async function highlightIssues(issues: readonly Issue[]): Promise<number> {
  return Excel.run(async (context) => {
    await removeStored(context, await loadStored(context));
    // One highlight per cell; an error outranks a warning on the same cell.
    const byCell = new Map<string, Issue>();
    for (const i of issues) {
      const key = `${i.sheet}\u0000${i.cell}`;
      const prev = byCell.get(key);
      if (!prev || (prev.severity === "warning" && i.severity === "error")) byCell.set(key, i);
    }
    const chosen = [...byCell.values()].slice(0, MAX_HIGHLIGHTS);
    const sheets = chosen.map((i) => ({ i, ws: context.workbook.worksheets.getItemOrNullObject(i.sheet) }));
    await context.sync();
    const added = sheets
      .filter((s) => !s.ws.isNullObject)
      .map(({ i, ws }) => {
        const cf = ws.getRange(i.cell).conditionalFormats.add("Custom");
        cf.custom.rule.formula = "=TRUE";
        cf.custom.format.fill.color = i.severity === "error" ? ERROR_FILL : WARNING_FILL;
        cf.custom.format.font.color = i.severity === "error" ? ERROR_FONT : WARNING_FONT;
        cf.load("id");
        return { i, cf };
      });
    await context.sync();
    const stored: StoredHighlight[] = added.map(({ i, cf }) => ({ sheet: i.sheet, cell: i.cell, id: cf.id }));
    context.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify(stored));
    await context.sync();
    return stored.length;
  });
}

/** Removes every highlight this add-in added; the cells look exactly as before. Returns how many. */
export async function clearHighlights(): Promise<number> {
  return Excel.run(async (context) => removeStored(context, await loadStored(context)));
}

/** True when highlights from an earlier validation are still in the workbook. */
export async function hasHighlights(): Promise<boolean> {
  return Excel.run(async (context) => (await loadStored(context)).length > 0);
}
