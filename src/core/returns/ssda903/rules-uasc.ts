/**
 * The UASC rules (SSDA903 validation 303, 304 and the 205 family comparing with last year's
 * return), and the joins between the tables (a child in Episodes, UASC or another table but
 * not in Header; a child twice in Header). The joins' codes are those of the Data to Insight
 * validator's internal checks (INT), as DfE's own system checks them on loading.
 */
import { periodEndSerial, ukFromSerial } from "../../dates";
import { birthday } from "../common/uk-date";
import { parts, type ReturnRule } from "../common/rules";
import type { Context903 } from "./context";
import { dateText, type Return903, type Uasc903 } from "./model";
import { at, rule903 } from "./rule-kit";
import { tableDef } from "./tables";

/** The child's UASC record when the child was UASC in that return (a UASC row; XML UASC 1). */
function uascOf(ret: Return903): Map<string, Uasc903> {
  const out = new Map<string, Uasc903>();
  for (const u of ret.uasc) if ((u.flag === undefined || u.flag === "1") && !out.has(u.child)) out.set(u.child, u);
  return out;
}

const duc = (u: Uasc903) => dateText(u, "DUC", u.duc);

export const UASC_RULES: readonly ReturnRule<Context903>[] = [
  rule903(
    "303",
    "error",
    "If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.",
    ["DUC", "UASC"],
    function* (c) {
      for (const part of parts(c.ret.uasc)) {
        for (const u of part) {
          // Only where the form has the UASC item (the XML; Header's UASC column from 2018-19).
          const flag = u.flag ?? c.ret.children.get(u.child)?.uasc;
          if (flag !== undefined && flag !== "1" && duc(u) !== "")
            yield at(u.child, u, "DUC", { DUC: duc(u), UASC: flag });
        }
        yield part.length;
      }
    },
  ),
  rule903(
    "304",
    "error",
    "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.",
    ["DUC"],
    function* (c) {
      for (const part of parts(c.ret.uasc)) {
        for (const u of part) {
          const dob = Number.isNaN(u.dob) ? (c.ret.children.get(u.child)?.dob ?? NaN) : u.dob;
          if (Number.isNaN(u.duc) || Number.isNaN(dob)) continue;
          const eighteen = birthday(dob, 18);
          if (u.duc > eighteen)
            yield at(
              u.child,
              u,
              "DUC",
              { DUC: duc(u), DOB: ukFromSerial(dob) },
              `The 18th birthday is ${ukFromSerial(eighteen)}.`,
            );
        }
        yield part.length;
      }
    },
  ),
  rule903(
    "205A",
    "error",
    "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.",
    ["CHILD", "UASC"],
    function* (c) {
      if (!c.previous) return;
      const now = uascOf(c.ret);
      const lastEnd = periodEndSerial({ kind: "year", startYear: c.year.startYear - 1 });
      const lastStart = periodEndSerial({ kind: "year", startYear: c.year.startYear - 2 }) + 1;
      for (const part of parts(uascOf(c.previous))) {
        for (const [child, u] of part) {
          const h = c.ret.children.get(child);
          if (!h || now.has(child)) continue;
          // No longer UASC is supported only by a DUC within last year.
          if (!(u.duc >= lastStart && u.duc <= lastEnd))
            yield at(child, h, "CHILD", { CHILD: child, DUC: duc(u) }, `Last year's DUC: ${duc(u) || "blank"}.`);
        }
        yield part.length;
      }
    },
  ),
  rule903(
    "205B",
    "error",
    "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.",
    ["DUC", "UASC"],
    function* (c) {
      if (!c.previous) return;
      const last = uascOf(c.previous);
      for (const part of parts(uascOf(c.ret))) {
        for (const [child, u] of part) {
          const l = last.get(child);
          if (l && duc(l) !== duc(u))
            yield at(child, u, "DUC", { DUC: duc(u) }, `Last year's DUC: ${duc(l) || "blank"}.`);
        }
        yield part.length;
      }
    },
  ),
  rule903(
    "205C",
    "error",
    "Child not identified as UASC either this year or last year but date UASC ceased has been provided.",
    ["DUC", "UASC"],
    function* (c) {
      if (!c.previous) return;
      const last = uascOf(c.previous);
      for (const part of parts(c.ret.uasc)) {
        for (const u of part) {
          if (u.flag !== undefined && u.flag !== "1" && duc(u) !== "" && !last.has(u.child))
            yield at(u.child, u, "DUC", { DUC: duc(u), UASC: u.flag });
        }
        yield part.length;
      }
    },
  ),
  rule903(
    "205D",
    "error",
    "Child identified as UASC this year but not identified as UASC status provided for the child last year.",
    ["UASC", "CHILD"],
    function* (c) {
      if (!c.previous) return;
      const last = uascOf(c.previous);
      for (const part of parts(uascOf(c.ret))) {
        for (const [child, u] of part) {
          if (c.previous.children.has(child) && !last.has(child)) yield at(child, u, "CHILD", { CHILD: child });
        }
        yield part.length;
      }
    },
  ),
];

/** "Child in <table> does not exist in Header" for each table read. */
function joins(): ReturnRule<Context903>[] {
  const codes = {
    AD1: "INT01",
    PlacedAdoption: "INT02",
    Episodes: "INT03",
    Missing: "INT04",
    OC2: "INT05",
    OC3: "INT06",
    PrevPerm: "INT07",
    Reviews: "INT08",
    UASC: "INT09",
  } as const;
  return Object.entries(codes).map(([table, code]) =>
    rule903(
      code,
      "error",
      `Child in ${tableDef(table as keyof typeof codes).label} does not exist in Header.`,
      ["CHILD"],
      function* (c) {
        if (!c.ret.tables.has("Header")) return;
        const seen = new Set<string>();
        const has = (child: string) => c.ret.children.has(child) || seen.has(child) || !seen.add(child);
        if (table === "Episodes") {
          for (const part of parts(c.ret.episodes)) {
            for (const e of part) if (!has(e.child)) yield at(e.child, e, "CHILD", { CHILD: e.child });
            yield part.length;
          }
        } else if (table === "UASC") {
          for (const part of parts(c.ret.uasc)) {
            for (const u of part) if (!has(u.child)) yield at(u.child, u, "CHILD", { CHILD: u.child });
            yield part.length;
          }
        } else {
          for (const o of c.ret.others) {
            if (o.table !== table) continue;
            for (const part of parts(o.children)) {
              for (const [child, row] of part)
                if (!has(child))
                  yield { child, where: { file: o.file, row, column: "CHILD" }, values: { CHILD: child } };
              yield part.length;
            }
          }
        }
      },
    ),
  );
}

export const JOIN_RULES: readonly ReturnRule<Context903>[] = [
  ...joins(),
  rule903("INT32", "error", "Child should only exist once in Header.", ["CHILD"], function* (c) {
    for (const h of c.ret.duplicateChildren) yield at(h.id, h, "CHILD", { CHILD: h.id });
  }),
];
