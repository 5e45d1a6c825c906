/**
 * The pane's column mapping and the workbook reader use one header matcher, so they never
 * disagree: a header the pane calls "Found" is the column the reader reads, and a header the
 * pane cannot place is one the reader does not take either. Each dataset column's header is fed
 * through both in every variant an officer types: case, spacing, punctuation, "&" and the
 * counting phrases ("Number of", "No. of") in front.
 */
import {
  FindingSink,
  HEADER_PREFIXES,
  LAYOUT,
  chooseLabel,
  headerKey,
  locateDataset,
  mappingComment,
  mappingFormula,
  mappingNameFor,
  matchHeaders,
  type DatasetSpec,
  type RawWorkbook,
} from "../../../src/core/workbook";
import { chosenHeaders } from "../../../src/taskpane/mapping-text";

/** The ways an officer writes a header the layout writes as `h`. */
function variants(h: string): string[] {
  const title = h.replace(/\b\w/g, (c) => c.toUpperCase());
  const out = [h, h.toUpperCase(), h.toLowerCase(), ` ${h}  `, title, h.replace(/ /g, "_"), h.replace(/ /g, "-")];
  out.push(h.replace(/ /g, ""), `${h} %`, `${h}:`, h.replace(/ and /g, " & "), `(${h})`);
  for (const p of HEADER_PREFIXES) {
    out.push(`${p} ${h}`, `${p.replace(/^no /, "No. ")} ${h.toLowerCase()}`);
  }
  return [...new Set(out)];
}

/** A workbook holding the dataset as the officer's own table `tblMine`, mapped by its `CSC_` name. */
function mapped(spec: DatasetSpec, headers: readonly string[], comment?: string): RawWorkbook {
  const row = spec.columns.map(() => null);
  const table = { name: "tblMine", sheet: "Mine", top: 0, left: 0, headers, rows: [row] };
  const name = mappingNameFor(spec.id);
  const formula = mappingFormula({ kind: "table", table: "tblMine" });
  return { sheets: [{ name: "Mine", tables: [table] }], names: [{ name, formula, ...(comment ? { comment } : {}) }] };
}

const DATASETS = LAYOUT.filter((d) => d.id !== "settings");

const cases = DATASETS.flatMap((spec) =>
  spec.columns.flatMap((column, i) => variants(column.header).map((v) => [spec.id, column.header, v, i] as const)),
);

describe("one header matcher for the pane and the reader", () => {
  it("has distinct keys for the columns of each dataset (no header can stand for two)", () => {
    for (const spec of LAYOUT) {
      const keys = spec.columns.map((c) => headerKey(c.header));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it.each(cases)("%s: %j written as %j is found by both", (id, _header, variant, i) => {
    const spec = DATASETS.find((d) => d.id === id)!;
    const headers = spec.columns.map((c, k) => (k === i ? variant : c.header));
    const match = matchHeaders(id, { headerRow: headers, firstColumn: [headers[0]] });
    const column = match.columns[i]!;
    // The pane: found, nothing to choose, so nothing is recorded in the name's comment.
    expect(column.status).toBe("matched");
    expect(column.chosen?.index).toBe(i);
    expect(chosenHeaders(match)).toEqual([]);
    // The reader: the same column, no finding.
    const sink = new FindingSink();
    const located = locateDataset(mapped(spec, headers), spec, sink);
    expect(sink.findings).toEqual([]);
    expect(located?.columnIndex[i]).toBe(i);
  });

  it.each(DATASETS.map((d) => [d.id, d] as const))(
    "%s: a header the pane only guesses at is read once the officer chooses it, not before",
    (_id, spec) => {
      const i = spec.columns.findIndex((c) => c.required && c.kind !== "year" && c.kind !== "quarter");
      const column = spec.columns[i]!;
      const headers = spec.columns.map((c, k) => (k === i ? `${c.header} total` : c.header));
      const guessed = matchHeaders(spec.id, { headerRow: headers, firstColumn: [headers[0]] });
      expect(guessed.columns[i]!.status).toBe("unsure");
      // Not chosen: the reader does not take the guess either.
      const before = new FindingSink();
      expect(locateDataset(mapped(spec, headers), spec, before)).toBeUndefined();
      expect(before.findings.map((f) => f.code)).toEqual(["name-headers"]);
      // Chosen and saved in the name's comment, as the pane saves it: the reader reads it there.
      const chosen = chooseLabel(guessed, column.key, i);
      const { comment } = mappingComment(spec.sheet, chosenHeaders(chosen));
      const after = new FindingSink();
      const located = locateDataset(mapped(spec, headers, comment), spec, after);
      expect(after.findings).toEqual([]);
      expect(located?.columnIndex[i]).toBe(i);
    },
  );
});
