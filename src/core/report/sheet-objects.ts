/**
 * What lies on the report sheet besides its cells, and which of it the officer added: one rule
 * for the add-in (src/excel, from Office.js's worksheet.charts, shapes, comments and notes) and
 * csc-report (src/cli, from the sheet's drawing, comments and threaded comments parts).
 *
 * The rule, the same in both hosts:
 * - A chart whose name the host recorded when it wrote the sheet is the host's own: a refresh
 *   deletes it and draws the new report's. Any other chart, and every shape or text box (the
 *   hosts draw none), is the officer's: a refresh keeps it where it is and it does not stop the
 *   refresh, as nothing of it is lost.
 * - A note or comment sits on a cell whose content the refresh rewrites, and a refresh removes
 *   it with the old cells: it counts as an edit, so the sheet is "edited" and is replaced only
 *   with the officer's consent (the pane asks; csc-report wants --replace-report), and the
 *   question names the cells.
 * - What a host could not read (an Excel below the requirement set of the notes or comments
 *   API) is listed as unread, not guessed: see docs/excel-behaviours.md for why it does not
 *   count as an edit.
 */
/** What a host read of the objects on a sheet: chart and shape names, and the cells of notes and comments ("B5"). */
export interface SheetObjects {
  readonly charts: readonly string[];
  readonly shapes: readonly string[];
  /** Undefined when this host cannot read notes. */
  readonly notes: readonly string[] | undefined;
  /** Undefined when this host cannot read (threaded) comments. */
  readonly comments: readonly string[] | undefined;
}

/** The objects on the report sheet that the host did not put there. */
export interface SheetAdditions {
  /** Charts whose names the host did not record: kept by a refresh. */
  readonly charts: readonly string[];
  /** Shapes and text boxes: kept by a refresh. */
  readonly shapes: readonly string[];
  /** Cells with a note: an edit (a refresh removes them with the old cells). */
  readonly notes: readonly string[];
  /** Cells with a comment: an edit (a refresh removes them with the old cells). */
  readonly comments: readonly string[];
  /** What the host could not read on this sheet. */
  readonly unread: readonly ("notes" | "comments")[];
}

/** No additions. */
export const NO_ADDITIONS: SheetAdditions = { charts: [], shapes: [], notes: [], comments: [], unread: [] };

/** Distinct values, in first-seen order. */
const distinct = (xs: readonly string[]): string[] => [...new Set(xs)];

/**
 * The objects on a sheet the host did not put there, from what it read and the chart names it
 * recorded when it wrote the sheet (`ownCharts`). A chart is the host's by its recorded name
 * alone; every shape is the officer's (a shape that is a chart's frame, as some hosts list it,
 * is left to the chart).
 */
export function sheetAdditions(objects: SheetObjects, ownCharts: readonly string[]): SheetAdditions {
  const own = new Set(ownCharts);
  const charts = new Set(objects.charts);
  return {
    charts: distinct(objects.charts.filter((c) => !own.has(c))),
    shapes: distinct(objects.shapes.filter((s) => !charts.has(s))),
    notes: distinct(objects.notes ?? []),
    comments: distinct(objects.comments ?? []),
    unread: [...(objects.notes ? [] : ["notes" as const]), ...(objects.comments ? [] : ["comments" as const])],
  };
}

/** True when the additions include something a refresh would remove: a note or a comment. */
export function additionsNeedConsent(added: SheetAdditions): boolean {
  return added.notes.length > 0 || added.comments.length > 0;
}

/** The charts on the sheet a refresh deletes: those whose names the host recorded, once per chart present. */
export function chartsToDelete(present: readonly string[], ownCharts: readonly string[]): string[] {
  const own = new Set(ownCharts);
  return present.filter((c) => own.has(c));
}

/**
 * The additions in words: what a refresh removes ("a note on B5", "comments on C7 and D9") and
 * what it keeps ("the chart “Mine”", "the shape “TextBox 1”"). Each list is empty when there
 * is nothing of its kind.
 */
export function describeAdditions(added: SheetAdditions): { removed: string[]; kept: string[] } {
  const cells = (what: string, xs: readonly string[]) =>
    xs.length === 0 ? [] : [`${xs.length === 1 ? `a ${what} on` : `${what}s on`} ${listed(xs)}`];
  const named = (what: string, xs: readonly string[]) =>
    xs.length === 0 ? [] : [`the ${what}${xs.length === 1 ? "" : "s"} ${listed(xs.map((x) => `“${x}”`))}`];
  return {
    removed: [...cells("note", added.notes), ...cells("comment", added.comments)],
    kept: [...named("chart", added.charts), ...named("shape", added.shapes)],
  };
}

/** "A", "A and B", "A, B and C". */
export function listed(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1) ?? ""}`;
}
