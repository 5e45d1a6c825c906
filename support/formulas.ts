/**
 * The preview's formula evaluator (FakeWorkbook.evaluate): computes `=CSC.NAME(arg, ...)`
 * with the add-in's real custom functions (src/functions/functions.ts), so a cell holding a
 * CSC formula shows what Excel would show. Arguments: numbers, "strings" ("" escapes a
 * quote), TRUE/FALSE, cell references and ranges (optionally 'Sheet name'!A1:B9), nested CSC
 * calls, and omitted optional arguments. A bare reference (=B2) is followed. Any other
 * function is #NAME?, as an unknown name is in Excel. Pure: no DOM.
 */
import * as F from "../src/functions/functions";
import { parseA1, type CellScalar, ERROR_VALUES, type FakeWorkbook, type FormulaEvaluator } from "@csc/fake-excel";

type Fn = (...args: never[]) => CellScalar;

/** The CSC functions by Excel name. */
const FUNCTIONS: Readonly<Record<string, Fn>> = {
  "CSC.WORKDAYS": F.workdays as Fn,
  "CSC.WORKDAY_DUE": F.workdayDue as Fn,
  "CSC.TIMELINESS": F.timeliness as Fn,
  "CSC.UASC_QUOTA": F.uascQuota as Fn,
  "CSC.PCT_CHANGE": F.pctChange as Fn,
  "CSC.RATE_PER_10K": F.ratePer10k as Fn,
  "CSC.FINANCIAL_YEAR": F.financialYear as Fn,
  "CSC.QUARTER": F.quarter as Fn,
  "CSC.RAG": F.rag as Fn,
};

/** A parsed expression. */
type Node =
  | { kind: "lit"; value: CellScalar }
  | { kind: "omitted" }
  | { kind: "ref"; sheet: string | undefined; address: string }
  | { kind: "call"; name: string; args: Node[] };

class ParseError extends Error {}

/** Parses the text after "=". Throws ParseError on anything it does not understand. */
export function parseFormula(formula: string): Node {
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  let i = 0;
  const ws = (): void => {
    while (i < src.length && /\s/.test(src[i] ?? "")) i++;
  };
  const expr = (): Node => {
    ws();
    const ch = src[i];
    if (ch === undefined) throw new ParseError("unexpected end");
    if (ch === '"') {
      let out = "";
      i++;
      for (;;) {
        const c = src[i];
        if (c === undefined) throw new ParseError("unterminated string");
        i++;
        if (c === '"') {
          if (src[i] === '"') {
            out += '"';
            i++;
          } else break;
        } else out += c;
      }
      return { kind: "lit", value: out };
    }
    const num = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?/.exec(src.slice(i));
    if (num && !/^[A-Za-z]/.test(src.slice(i + num[0].length))) {
      i += num[0].length;
      const t = num[0];
      return { kind: "lit", value: t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t) };
    }
    let sheet: string | undefined;
    if (ch === "'") {
      const end = src.indexOf("'!", i + 1);
      if (end < 0) throw new ParseError("bad sheet name");
      sheet = src.slice(i + 1, end).replaceAll("''", "'");
      i = end + 2;
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(src.slice(i));
    if (!word) throw new ParseError(`unexpected "${src.slice(i, i + 10)}"`);
    i += word[0].length;
    if (sheet === undefined && src[i] === "!") {
      sheet = word[0];
      i++;
      const cell = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?/.exec(src.slice(i));
      if (!cell) throw new ParseError("bad reference");
      i += cell[0].length;
      return { kind: "ref", sheet, address: cell[0] };
    }
    if (sheet !== undefined) {
      const rest = /^(:\$?[A-Za-z]{1,3}\$?\d+)?/.exec(src.slice(i));
      i += rest?.[0].length ?? 0;
      return { kind: "ref", sheet, address: word[0] + (rest?.[0] ?? "") };
    }
    ws();
    if (src[i] === "(") {
      i++;
      const args: Node[] = [];
      ws();
      if (src[i] === ")") {
        i++;
        return { kind: "call", name: word[0].toUpperCase(), args };
      }
      for (;;) {
        ws();
        args.push(src[i] === "," || src[i] === ")" ? { kind: "omitted" } : expr());
        ws();
        if (src[i] === ",") i++;
        else if (src[i] === ")") {
          i++;
          break;
        } else throw new ParseError("expected , or )");
      }
      return { kind: "call", name: word[0].toUpperCase(), args };
    }
    if (/^(TRUE|FALSE)$/i.test(word[0])) return { kind: "lit", value: word[0].toUpperCase() === "TRUE" };
    const range = /^\$?[A-Za-z]{1,3}\$?\d+$/.test(word[0]) ? /^(:\$?[A-Za-z]{1,3}\$?\d+)?/.exec(src.slice(i)) : null;
    if (!range) throw new ParseError(`unknown name ${word[0]}`);
    i += range[0].length;
    return { kind: "ref", sheet: undefined, address: word[0] + range[0] };
  };
  const node = expr();
  ws();
  if (i !== src.length) throw new ParseError("trailing text");
  return node;
}

type Value = CellScalar | CellScalar[][] | undefined;

function isError(v: Value): v is string {
  return typeof v === "string" && ERROR_VALUES.has(v);
}

/**
 * An evaluator for `wb`. Cycles (a formula reaching its own cell) give #VALUE! rather than
 * recursing forever; Excel would warn of a circular reference.
 */
export function createEvaluator(wb: FakeWorkbook): FormulaEvaluator {
  const active = new Set<string>();

  const evalNode = (node: Node, sheetName: string): Value => {
    switch (node.kind) {
      case "lit":
        return node.value;
      case "omitted":
        return undefined;
      case "ref": {
        const name = node.sheet ?? sheetName;
        if (!wb.findSheet(name)) return "#REF!";
        const values = wb.getValues(name, node.address.replaceAll("$", ""));
        const rect = parseA1(node.address.replaceAll("$", ""));
        return rect.startRow === rect.endRow && rect.startCol === rect.endCol ? values[0]?.[0] : values;
      }
      case "call": {
        const fn = FUNCTIONS[node.name];
        if (!fn) return "#NAME?";
        const args = node.args.map((a) => evalNode(a, sheetName));
        const err = args.find((a) => isError(a));
        if (err !== undefined) return err;
        try {
          const out = fn(...(args.map((a) => (a === undefined ? null : a)) as never[]));
          return typeof out === "number" && !Number.isFinite(out) ? "#NUM!" : out;
        } catch (e) {
          const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
          return typeof code === "string" && ERROR_VALUES.has(code) ? code : "#VALUE!";
        }
      }
    }
  };

  return (formula, sheet, address) => {
    const key = `${sheet}!${address}`;
    if (active.has(key)) return "#VALUE!";
    active.add(key);
    try {
      let node: Node;
      try {
        node = parseFormula(formula);
      } catch {
        return "#NAME?";
      }
      const v = evalNode(node, sheet);
      if (v === undefined) return 0;
      if (Array.isArray(v)) return v[0]?.[0] ?? 0; // no spilling in the preview: the top-left value
      return v;
    } finally {
      active.delete(key);
    }
  };
}
