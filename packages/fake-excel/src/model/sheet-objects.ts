/**
 * The state of what an officer puts on a sheet besides cells (shapes, threaded comments,
 * notes), kept beside each sheet; the Office.js collections over it are in
 * proxy/sheet-objects.ts, which says what is modelled and from which page.
 * Range.clear with "All" "clears everything in the range"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.clearapplyto): here that takes
 * the notes and comments of its cells (the stricter reading); shapes float over the cells.
 */
import type { CellRect } from "./address";
import type { SheetState } from "./state";

export interface ShapeState {
  readonly id: string;
  name: string;
  deleted?: boolean;
}

export interface CellObjectState {
  readonly id: string;
  row: number;
  col: number;
  content: string;
  deleted?: boolean;
}

export interface SheetObjectsState {
  shapes: ShapeState[];
  comments: CellObjectState[];
  notes: CellObjectState[];
  next: number;
}

const bySheet = new WeakMap<SheetState, SheetObjectsState>();

export function objectsOf(sheet: SheetState): SheetObjectsState {
  let s = bySheet.get(sheet);
  if (!s) bySheet.set(sheet, (s = { shapes: [], comments: [], notes: [], next: 1 }));
  return s;
}

/** Removes the notes and comments of `rect`'s cells (Range.clear "All"). */
export function clearCellObjects(sheet: SheetState, rect: CellRect): void {
  const s = bySheet.get(sheet);
  if (!s) return;
  const inside = (o: CellObjectState) =>
    o.row >= rect.startRow && o.row <= rect.endRow && o.col >= rect.startCol && o.col <= rect.endCol;
  for (const list of [s.comments, s.notes]) {
    for (const o of list.filter(inside)) o.deleted = true;
    const kept = list.filter((o) => !o.deleted);
    list.splice(0, list.length, ...kept);
  }
}
