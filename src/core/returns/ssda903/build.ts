/**
 * From fields to records: the one place that turns a row's (or an XML element's) values into
 * the model, shared by the CSV and the XML readers so both forms give the same return.
 */
import { financialYearOf, serialFromYmd, type Serial } from "../../dates";
import { parseUkDate, ukDateSerial } from "../shared/uk-date";
import type { BadDate, Child903, Episode903, File903, Place903, Return903 } from "./model";
import { tableDef, type Table903 } from "./tables";

/** A record's values by field (trimmed text, "" for blank or absent), and whether the form has the field. */
export interface Fields {
  (field: string): string;
  readonly has: (field: string) => boolean;
}

/** Reads a date field: its serial (NaN when blank or bad), noting a bad one in `bad`. */
function dateOf(get: Fields, field: string, bad: Record<string, BadDate>): Serial {
  const text = get(field);
  if (text === "") return NaN;
  const fast = ukDateSerial(text);
  if (!Number.isNaN(fast)) return fast;
  const d = parseUkDate(text);
  if (d.kind === "date") return d.serial;
  if (d.kind === "bad") bad[field] = { text, problem: d.problem };
  return NaN;
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
function place(at: Omit<Place903, "bad">, bad: Record<string, BadDate>): Place903 {
  let any = false;
  for (const _field in bad) any = true;
  return { file: at.file, row: at.row, line: at.line, element: at.element, bad: any ? bad : undefined };
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
  const bad: Record<string, BadDate> = {};
  const child = get("CHILD");
  switch (table) {
    case "Header": {
      // The UASC item: in the XML's HEADER, and a Header column in the CSV layouts that have it.
      const uasc = get.has("UASC") ? get("UASC") : undefined;
      const c: Child903 = {
        id: child,
        sex: get("SEX"),
        dob: dateOf(get, "DOB", bad),
        ethnic: get("ETHNIC"),
        ...(uasc !== undefined ? { uasc } : {}),
        ...place(at, bad),
      };
      if (ret.children.has(child)) ret.duplicateChildren.push(c);
      else ret.children.set(child, c);
      // The XML carries UASC and DUC in HEADER; the CSV keeps DUC in the UASC table.
      if (at.row === undefined && (uasc === "1" || get("DUC") !== "")) {
        // The XML form carries UASC in HEADER; the model keeps it as the CSV form's UASC table does.
        const ubad: Record<string, BadDate> = {};
        ret.uasc.push({
          child,
          dob: c.dob,
          duc: dateOf(get, "DUC", ubad),
          flag: uasc ?? "",
          ...place(at, ubad),
        });
      }
      return;
    }
    case "Episodes": {
      const decom = dateOf(get, "DECOM", bad);
      const dec = dateOf(get, "DEC", bad);
      countYear(file, decom);
      countYear(file, dec);
      const p = place(at, bad);
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
      ret.uasc.push({ child, dob: dateOf(get, "DOB", bad), duc: dateOf(get, "DUC", bad), ...place(at, bad) });
      return;
    default: {
      for (const f of tableDef(table).eventDates) countYear(file, dateOf(get, f, {}));
      let other = ret.others.find((o) => o.table === table && o.file === file.name);
      if (!other) {
        other = { table, file: file.name, children: new Map() };
        ret.others.push(other);
      }
      if (!other.children.has(child)) other.children.set(child, at.row ?? at.line ?? 0);
    }
  }
}
