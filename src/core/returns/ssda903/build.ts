/**
 * From fields to records: the one place that turns a row's (or an XML element's) values into
 * the model, shared by the CSV and the XML readers so both forms give the same return.
 */
import { financialYearOf, serialFromYmd, type Serial } from "../../dates";
import { parseUkDate, ukDateSerial } from "../common/uk-date";
import type { BadDate, Child903, Episode903, File903, Place903, Return903 } from "./model";
import { tableDef, type Table903 } from "./tables";

/** A record's values by field (trimmed text, "" for blank or absent), and whether the form has the field. */
export interface Fields {
  (field: string): string;
  readonly has: (field: string) => boolean;
}

/**
 * The bad dates of the record being read, made only when one is met (most records have none,
 * and a million empty objects would only feed the garbage collector); taken by {@link place}.
 */
let pendingBad: Record<string, BadDate> | undefined;

/** Reads a date field: its serial (NaN when blank or bad), noting a bad one for the record. */
function dateOf(get: Fields, field: string): Serial {
  const text = get(field);
  if (text === "") return NaN;
  const fast = ukDateSerial(text);
  if (!Number.isNaN(fast)) return fast;
  const d = parseUkDate(text);
  if (d.kind === "date") return d.serial;
  if (d.kind === "bad") (pendingBad ??= {})[field] = { text, problem: d.problem };
  return NaN;
}

/** The record's bad dates, if any, and a clean start for the next record. */
function takeBad(): Record<string, BadDate> | undefined {
  const bad = pendingBad;
  pendingBad = undefined;
  return bad;
}

/** The last financial year counted and its days, so most dates skip the calendar arithmetic. */
let cachedYear = { startYear: 0, from: 0, to: -1 };

function countYear(file: File903, serial: Serial): void {
  if (Number.isNaN(serial)) return;
  if (serial < cachedYear.from || serial > cachedYear.to) {
    const startYear = financialYearOf(serial).startYear;
    cachedYear = { startYear, from: serialFromYmd(startYear, 4, 1), to: serialFromYmd(startYear + 1, 3, 31) };
  }
  const y = cachedYear.startYear;
  file.eventYears.set(y, (file.eventYears.get(y) ?? 0) + 1);
}

/**
 * Where a record is: the file and the row or line, with its bad dates when any. Every record
 * gets all five keys in one order, so a million of them share one hidden class (V8) and the
 * figures' loops stay fast.
 */
function place(at: Omit<Place903, "bad">): Place903 {
  return { file: at.file, row: at.row, line: at.line, element: at.element, bad: takeBad() };
}

/**
 * Adds one record of a table to the return.
 * @param at where the record is (file and row, or file, line and element).
 */
export function addRecord(
  ret: Return903,
  file: File903,
  table: Table903,
  get: Fields,
  at: Omit<Place903, "bad">,
): void {
  const child = get("CHILD");
  takeBad(); // a clean start (a table's other dates are read without a place)
  switch (table) {
    case "Header": {
      // The UASC item: in the XML's HEADER, and a Header column in the CSV layouts that have it.
      const uasc = get.has("UASC") ? get("UASC") : undefined;
      const c: Child903 = {
        id: child,
        sex: get("SEX"),
        dob: dateOf(get, "DOB"),
        ethnic: get("ETHNIC"),
        ...(uasc !== undefined ? { uasc } : {}),
        ...place(at),
      };
      if (ret.children.has(child)) ret.duplicateChildren.push(c);
      else ret.children.set(child, c);
      // The XML carries UASC and DUC in HEADER; the model keeps them as the CSV's UASC table does.
      if (at.row === undefined && (uasc === "1" || get("DUC") !== "")) {
        const duc = dateOf(get, "DUC");
        ret.uasc.push({ child, dob: c.dob, duc, flag: uasc ?? "", ...place(at) });
      }
      return;
    }
    case "Episodes": {
      const decom = dateOf(get, "DECOM");
      const dec = dateOf(get, "DEC");
      countYear(file, decom);
      countYear(file, dec);
      const p = place(at);
      const e: Episode903 = {
        child,
        decom,
        rne: get("RNE"),
        ls: get("LS"),
        dec,
        rec: get("REC"),
        file: p.file,
        row: p.row,
        line: p.line,
        element: p.element,
        bad: p.bad,
      };
      ret.episodes.push(e);
      const list = ret.episodesByChild.get(child);
      if (list) list.push(e);
      else ret.episodesByChild.set(child, [e]);
      return;
    }
    case "UASC":
      ret.uasc.push({ child, dob: dateOf(get, "DOB"), duc: dateOf(get, "DUC"), ...place(at) });
      return;
    default: {
      for (const f of tableDef(table).eventDates) countYear(file, dateOf(get, f));
      let other = ret.others.find((o) => o.table === table && o.file === file.name);
      if (!other) {
        other = { table, file: file.name, children: new Map() };
        ret.others.push(other);
      }
      if (!other.children.has(child)) other.children.set(child, at.row ?? at.line ?? 0);
    }
  }
}
