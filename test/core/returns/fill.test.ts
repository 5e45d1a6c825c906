import { fillSummary, planReturnsFill, type ReturnFigure } from "../../../src/core/returns";
import { formatPeriod, serialFromYmd } from "../../../src/core/dates";
import type { RawTable, RawValue, RawWorkbook } from "../../../src/core/workbook";

const fig = (id: ReturnFigure["id"], value: number, ymd: [number, number, number]): ReturnFigure => ({
  id,
  kind: "ssda903",
  value,
  date: serialFromYmd(...ymd),
  label: id === "cla" ? "Children looked after" : "UASC looked after (under 18)",
  definition: "d",
});

const table = (name: string, sheet: string, headers: string[], rows: RawValue[][], top = 0): RawTable => ({
  name,
  sheet,
  top,
  left: 0,
  headers,
  rows,
});

function book(lookedAfter: RawValue[][], uasc: RawValue[][], options: { laName?: string } = {}): RawWorkbook {
  return {
    sheets: [
      {
        name: "Looked After",
        tables: [
          table(options.laName ?? "tblLookedAfter", "Looked After", ["Period", "Children looked after"], lookedAfter),
        ],
      },
      {
        name: "UASC",
        tables: [table("tblUASC", "UASC", ["Quarter", "UASC looked after", "UASC care leavers"], uasc)],
      },
    ],
  };
}

const FIGURES = [
  fig("cla", 100, [2017, 3, 31]),
  fig("cla", 104, [2017, 6, 30]),
  fig("cla", 106, [2017, 9, 30]),
  fig("cla", 110, [2018, 3, 31]),
  fig("uasc_looked_after", 7, [2017, 6, 30]),
  fig("uasc_looked_after", 8, [2017, 9, 30]),
  fig("uasc_looked_after", 9, [2018, 3, 31]),
];

describe("planning the fill of the workbook from a return's figures", () => {
  const raw = book(
    [
      ["2015-16", 90],
      ["2016-17", null],
      ["2017-18", 111],
      ["2018-19", 120],
    ],
    [
      ["Jun-2017", null, 3],
      ["Sep-2017", 8, 3],
      ["Mar-2018", "", 4],
    ],
  );
  const plan = planReturnsFill(FIGURES, raw, "episodes.csv");

  it("fills only the empty cells, at the officer's addresses", () => {
    expect(plan.cells.map((c) => [c.sheet, c.address, formatPeriod(c.period), c.value])).toEqual([
      ["Looked After", "B3", "2016-17", 100],
      ["UASC", "B2", "Jun-2017", 7],
      ["UASC", "B4", "Mar-2018", 9],
    ]);
  });

  it("never replaces a typed value: a different figure is a difference, an equal one is nothing", () => {
    expect(plan.differences.map((d) => [d.address, d.workbook, d.value])).toEqual([["B4", 111, 110]]);
    expect(plan.differences[0]?.message).toBe(
      "Looked After!B4 (Children looked after, 2017-18) holds 111; episodes.csv gives 110. It was left as it is.",
    );
  });

  it("adds the missing period rows in period order, with the table's formats", () => {
    expect(plan.rows.map((r) => [r.table, r.index, r.values, r.formats])).toEqual([
      ["tblLookedAfter", 2, ["Jun-2017", 104], ["@", "#,##0"]],
      ["tblLookedAfter", 3, ["Sep-2017", 106], ["@", "#,##0"]],
    ]);
    // The UASC table has no Sep-2017 gap (its Sep-2017 already agrees) and no Dec-2017 figure.
    expect(plan.rows.every((r) => r.leftBlank.length === 0)).toBe(true);
  });

  it("names the required columns a new row leaves for the officer", () => {
    const p = planReturnsFill([fig("uasc_looked_after", 5, [2017, 12, 31])], raw);
    expect(p.rows.map((r) => [r.index, r.values, r.leftBlank])).toEqual([
      [2, ["Dec-2017", 5, ""], ["UASC care leavers"]],
    ]);
  });

  it("appends after the last row when the table's periods are out of order", () => {
    const p = planReturnsFill(
      [fig("cla", 104, [2017, 6, 30])],
      book(
        [
          ["2018-19", 1],
          ["2016-17", 2],
        ],
        [],
      ),
    );
    expect(p.rows.map((r) => r.index)).toEqual([2]);
  });

  it.each([["a plain block (no Excel table)", ""]])("does not add rows to %s, and says so", (_n, laName) => {
    const p = planReturnsFill([fig("cla", 104, [2017, 6, 30])], book([["2016-17", 2]], [], { laName }));
    expect(p.rows).toEqual([]);
    expect(p.notes).toEqual([
      "Children looked after, Jun-2017 (104) has no row in Looked After; add the Jun-2017 row yourself (the figures are not in an Excel table kept down the rows).",
    ]);
  });

  it("a workbook without the table gets nothing, with a note", () => {
    const p = planReturnsFill([fig("cla", 104, [2017, 6, 30])], { sheets: [] });
    expect(p).toMatchObject({ cells: [], rows: [], differences: [] });
    expect(p.notes[0]).toContain("has no place: the workbook has no Looked After table");
  });

  it.each([
    [plan, "This will fill 3 empty cells and add 2 period rows. 1 cell holding a different figure is left as typed."],
    [
      planReturnsFill([fig("cla", 90, [2016, 3, 31])], raw),
      "There is nothing to fill: every cell the return's figures go to holds a value.",
    ],
  ])("summarises the plan for the confirmation", (p, text) => {
    expect(fillSummary(p)).toBe(text);
  });
});
