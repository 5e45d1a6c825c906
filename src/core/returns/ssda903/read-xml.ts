/**
 * Reads the XML form of the SSDA903 return (root EXPSSDA903; one CHILD per child, holding its
 * HEADER and its EPISODEs), streamed through saxes so memory holds one child at a time. The
 * XML's names differ from the CSV's in places (CHILDID for CHILD, PL for PLACE) and some CSV
 * tables sit inside HEADER (AREVIEW for Reviews, AMISSING for Missing, OC2, PERMANENCE for
 * Previous permanence, AD_PLACED for Placed for adoption; the AD1 and OC3 items and UASC/DUC
 * directly in HEADER): the reader maps them onto the same model as the CSV tables.
 */
import { SaxesParser } from "saxes";
import type { ReturnSource } from "../types";
import { addRecord } from "./build";
import type { File903, Return903 } from "./model";
import type { Table903 } from "./tables";

/** The XML's root element. */
export const ROOT_903 = "EXPSSDA903";

/** HEADER's groups that are CSV tables of their own. */
const GROUPS: Readonly<Record<string, Table903>> = {
  AREVIEW: "Reviews",
  AMISSING: "Missing",
  OC2: "OC2",
  PERMANENCE: "PrevPerm",
  AD_PLACED: "PlacedAdoption",
};

/** XML names that differ from the CSV columns. */
const RENAME: Readonly<Record<string, string>> = { CHILDID: "CHILD", PL: "PLACE" };

interface Open {
  readonly element: string;
  readonly line: number;
  readonly fields: Map<string, string>;
}

/**
 * Reads an XML source into the return.
 * @returns false when the file could not be used (a fatal problem was added).
 */
export async function readXml903(source: ReturnSource, ret: Return903): Promise<boolean> {
  const file: File903 = { name: source.name, form: "xml", tables: [], eventYears: new Map() };
  const parser = new SaxesParser();
  let failed = false;
  let depth = 0;
  let child = "";
  /** The record being filled: HEADER, EPISODE or a group, innermost last. */
  const records: Open[] = [];
  let leaf: string | undefined;
  let text = "";
  const seen = new Set<Table903>();
  const fatal = (code: string, message: string, line: number) => {
    if (failed) return;
    failed = true;
    ret.problems.push({ code, level: "fatal", message, where: { file: source.name, line } });
  };
  const add = (table: Table903, r: Open, fields: Map<string, string>) => {
    seen.add(table);
    const get = Object.assign((f: string) => (f === "CHILD" ? child : (fields.get(f) ?? "")), {
      has: (f: string) => f === "CHILD" || fields.has(f),
    });
    addRecord(ret, file, table, get, { file: source.name, line: r.line, element: r.element });
  };
  parser.on("opentag", (tag) => {
    depth++;
    const name = tag.name;
    if (depth === 1) {
      if (name !== ROOT_903)
        fatal(
          "not-a-903-xml",
          `${source.name} is not the SSDA903 return's XML: its root element is <${name}>, not <${ROOT_903}>.`,
          parser.line,
        );
      return;
    }
    if (name === "CHILD" && depth === 2) child = "";
    else if (name === "HEADER" || name === "EPISODE" || (records.length > 0 && GROUPS[name])) {
      records.push({ element: name, line: parser.line, fields: new Map() });
    } else leaf = name;
    text = "";
  });
  parser.on("text", (t) => {
    if (leaf !== undefined) text += t;
  });
  parser.on("closetag", (tag) => {
    depth--;
    const name = tag.name;
    const r = records[records.length - 1];
    if (r && name === r.element) {
      records.pop();
      if (name === "HEADER") {
        add("Header", r, r.fields);
        if (r.fields.has("DATE_INT")) add("AD1", r, r.fields);
        if (r.fields.has("IN_TOUCH")) add("OC3", r, r.fields);
      } else if (name === "EPISODE") add("Episodes", r, r.fields);
      else {
        const table = GROUPS[name];
        if (table) add(table, r, r.fields);
      }
    } else if (leaf === name && r) {
      const field = RENAME[name] ?? name;
      r.fields.set(field, text.trim());
      if (field === "CHILD" && r.element === "HEADER") child = text.trim();
    }
    leaf = undefined;
  });
  parser.on("error", (e) =>
    fatal(
      "bad-xml",
      `${source.name} is not well-formed XML (line ${parser.line}): ${e.message.split("\n")[0] ?? ""}`,
      parser.line,
    ),
  );
  for await (const chunk of source.chunks) {
    if (failed) break;
    parser.write(chunk);
  }
  if (!failed) parser.close();
  if (!failed && !seen.has("Header")) fatal("empty-file", `${source.name} holds no child (no CHILD with a HEADER).`, 1);
  // The XML form always carries the UASC items (in HEADER), so the UASC rules apply to it.
  if (seen.has("Header")) seen.add("UASC");
  for (const t of seen) {
    file.tables.push(t);
    ret.tables.add(t);
  }
  ret.files.push(file);
  return !failed;
}
