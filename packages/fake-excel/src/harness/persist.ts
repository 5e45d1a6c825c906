/**
 * Saving and reopening the in-memory document, as closing and reopening a workbook does:
 * everything stored in the file comes back (sheets, cells, formats, tables, charts, names,
 * conditional formats, protection, the add-in's document settings), while every object gets a
 * new id. Office.js ids identify objects in a session; none is documented to survive a
 * reopen, and a conditional format's `id` is documented only as its priority in the current
 * collection (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member).
 * Add-in settings are saved with the document
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 * Not saved: the fake host's own state (limits, counters, injected faults, the formula evaluator).
 *
 * The format walks the model generically, so fields added to the model later are saved too:
 * Maps become `{ $map: [[key, value]...] }`, references to sheets `{ $sheet: index }`, and
 * deleted objects are left out, as a file holds no deleted objects.
 */
import type { WorkbookModel } from "../model/workbook";

/** A saved document: JSON text. */
export type SavedWorkbook = string;

interface SavedDoc {
  format: 1;
  sheets: unknown[];
  tables: unknown;
  charts: unknown;
  names: unknown;
  settings: unknown;
  activeSheet: unknown;
  selection: unknown;
  calculationMode: unknown;
  structureProtection: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** The document as JSON text. */
export function saveWorkbook(wb: WorkbookModel): SavedWorkbook {
  const index = new Map<object, number>(wb.sheets.map((s, i) => [s, i]));
  const encode = (v: unknown, whole = false): unknown => {
    if (v instanceof Map) return { $map: [...v].map(([k, x]) => [k, encode(x)]) };
    if (Array.isArray(v)) return v.filter((x) => !(isRecord(x) && x.deleted === true)).map((x) => encode(x));
    if (isRecord(v)) {
      const i = index.get(v);
      if (i !== undefined && !whole) return { $sheet: i };
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = encode(x);
      return out;
    }
    return v;
  };
  const doc: SavedDoc = {
    format: 1,
    sheets: wb.sheets.map((s) => encode(s, true)),
    tables: encode(wb.tables),
    charts: encode(wb.charts),
    names: encode(wb.names),
    settings: encode(wb.settings),
    activeSheet: encode(wb.activeSheet),
    selection: encode(wb.selection),
    calculationMode: wb.calculationMode,
    structureProtection: encode(wb.structureProtection),
  };
  return JSON.stringify(doc);
}

/** Fills the empty workbook `wb` from `saved`, giving every object a fresh id. */
export function openWorkbookInto(wb: WorkbookModel, saved: SavedWorkbook): void {
  const doc = JSON.parse(saved) as SavedDoc;
  if (doc.format !== 1 || !Array.isArray(doc.sheets)) throw new Error("Not a saved fake workbook.");
  const shells = doc.sheets.map(() => ({}));
  const decode = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(decode);
    if (!isRecord(v)) return v;
    if (Array.isArray(v.$map)) return new Map((v.$map as [unknown, unknown][]).map(([k, x]) => [k, decode(x)]));
    if (typeof v.$sheet === "number") return shells[v.$sheet];
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = decode(x);
    const kind = typeof out.id === "string" ? /^\{([a-z]+)-/.exec(out.id)?.[1] : undefined;
    if (kind) out.id = wb.newId(kind);
    return out;
  };
  doc.sheets.forEach((s, i) => Object.assign(shells[i] ?? {}, decode(s)));
  const target = wb as unknown as Record<string, unknown>;
  (wb.sheets as unknown[]).push(...shells);
  (wb.tables as unknown[]).push(...(decode(doc.tables) as unknown[]));
  (wb.charts as unknown[]).push(...(decode(doc.charts) as unknown[]));
  (wb.names as unknown[]).push(...(decode(doc.names) as unknown[]));
  for (const [k, v] of decode(doc.settings) as Map<string, unknown>) wb.settings.set(k, v);
  target.activeSheet = decode(doc.activeSheet);
  target.selection = decode(doc.selection);
  target.calculationMode = doc.calculationMode;
  target.structureProtection = decode(doc.structureProtection);
}
