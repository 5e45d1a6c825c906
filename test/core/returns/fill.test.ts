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
      "'Looked After'!B4 (Children looked after, 2017-18) holds 111; episodes.csv gives 110. It was left as it is.",
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

  it("at-end (the CLI's .xlsx edit): appends after the last row, only where no later row of its kind exists", () => {
    const p = planReturnsFill(FIGURES, raw, "episodes.csv", { rows: "at-end" });
    // No quarter row yet: the quarters go after the years.
    expect(p.rows.map((r) => [r.table, r.index, r.values[0]])).toEqual([
      ["tblLookedAfter", 4, "Jun-2017"],
      ["tblLookedAfter", 5, "Sep-2017"],
    ]);
    const late = planReturnsFill([fig("uasc_looked_after", 5, [2017, 3, 31])], raw, "r", { rows: "at-end" });
    expect(late.notes).toEqual([
      "UASC Mar-2017: no row for it, and it belongs before Jun-2017; add the row there in Excel (UASC looked after (under 18) 5).",
    ]);
    const empty = book([], []);
    const fresh = planReturnsFill(FIGURES, empty, "r", { rows: "at-end" });
    // Years first, then quarters (the layout's order), each appended in turn.
    expect(fresh.rows.filter((r) => r.table === "tblLookedAfter").map((r) => [r.index, r.values[0]])).toEqual([
      [0, "2016-17"],
      [1, "2017-18"],
      [2, "Jun-2017"],
      [3, "Sep-2017"],
    ]);
  });
});

describe("filling from the census", () => {
  const Y = { kind: "year", startYear: 2023 } as const;
  const cin = (id: ReturnFigure["id"], value: number): ReturnFigure =>
    id === "cp_plans"
      ? { id, kind: "cin", value, date: serialFromYmd(2024, 3, 31), label: id, definition: "d" }
      : { id, kind: "cin", value, year: Y, label: id, definition: "d" };
  const FIGS = [
    "referrals",
    "rereferrals",
    "assessments_completed",
    "assessments_within_limit",
    "cp_plans",
    "cp_started",
    "cp_subsequent",
    "cp_ended",
    "cp_ended_2plus",
  ].map((id, i) => cin(id as ReturnFigure["id"], [400, 90, 300, 270, 50, 40, 10, 30, 2][i] ?? 0));
  const wb: RawWorkbook = {
    sheets: [
      {
        name: "Assessments",
        tables: [
          table(
            "tblAssessments",
            "Assessments",
            ["Year", "Assessments completed", "Completed within limit", "Timeliness"],
            [["2023-24", 300, null, 0.9]],
          ),
        ],
      },
      {
        name: "Child Protection",
        tables: [
          table(
            "tblChildProtection",
            "Child Protection",
            ["Year", "Children on a plan at 31 March", "Plans ended", "Ended plans lasting 2+ years", "Repeat plans"],
            [],
          ),
        ],
      },
      {
        name: "Contacts",
        tables: [
          table(
            "tblContacts",
            "Contacts",
            ["Year", "Contacts", "Referrals", "Re-referrals"],
            [["2023-24", 3000, null, null]],
          ),
        ],
      },
      {
        name: "Assessment Log",
        tables: [
          table(
            "tblAssessmentLog",
            "Assessment Log",
            ["Child ID", "Referral date", "Assessment completed"],
            [["C1", serialFromYmd(2023, 5, 1), null]],
          ),
        ],
      },
    ],
  };
  const log = [
    { childId: "C1", referral: serialFromYmd(2023, 5, 1), completed: serialFromYmd(2023, 6, 1) },
    { childId: "C2", referral: serialFromYmd(2023, 7, 1) },
  ];

  it("fills Assessments and Child Protection; never Contacts (the census's referrals are compared only)", () => {
    const p = planReturnsFill(FIGS, wb, "cin.xml");
    expect(p.cells.map((c) => [c.sheet, c.header, c.value])).toEqual([["Assessments", "Completed within limit", 270]]);
    // The typed timeliness 0.9 agrees with 270 / 300: no difference.
    expect(p.differences).toEqual([]);
    expect(p.rows.map((r) => [r.table, r.values])).toEqual([["tblChildProtection", ["2023-24", 50, 30, 2, 10]]]);
  });

  it("the Assessment Log's child rows only when asked, never a row already there", () => {
    expect(planReturnsFill(FIGS, wb, "cin.xml").rows.some((r) => r.table === "tblAssessmentLog")).toBe(false);
    const p = planReturnsFill(FIGS, wb, "cin.xml", { assessmentLog: log });
    expect(p.rows.filter((r) => !r.period).map((r) => [r.index, r.values])).toEqual([
      [1, ["C2", serialFromYmd(2023, 7, 1), ""]],
    ]);
    expect(p.notes).toContain(
      "1 assessment(s) already in the Assessment Log (the same child and referral date) were left as they are.",
    );
    expect(fillSummary(p)).toMatch(/add 1 Assessment Log row \(a row per child's assessment\)/);
  });
});
