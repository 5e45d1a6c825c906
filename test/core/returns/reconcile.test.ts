import { reconcile, RECONCILE_TARGETS, type ReturnFigure } from "../../../src/core/returns";
import { serialFromYmd } from "../../../src/core/dates";
import type { BenchmarkDataset } from "../../../src/core/benchmarks";
import type { PerformanceData } from "../../../src/core/workbook";

const fig = (id: ReturnFigure["id"], value: number, ymd: [number, number, number]): ReturnFigure => ({
  id,
  kind: "ssda903",
  value,
  date: serialFromYmd(...ymd),
  label: id === "cla" ? "Children looked after" : "UASC looked after (under 18)",
  definition: "d",
});

const DATA = {
  settings: { localAuthority: "Anyshire", reportYear: { kind: "year", startYear: 2017 } },
  assessments: [],
  childProtection: [],
  contacts: [],
  lookedAfter: [
    { period: { kind: "year", startYear: 2017 }, lookedAfter: 120 },
    { period: { kind: "quarter", endYear: 2017, endMonth: 6 }, lookedAfter: 110 },
  ],
  uasc: [{ quarter: { kind: "quarter", endYear: 2018, endMonth: 3 }, lookedAfter: 7, careLeavers: 3 }],
} as unknown as PerformanceData;

const PUBLISHED: BenchmarkDataset = {
  version: 1,
  firstYear: 2016,
  years: 3,
  neighbourModel: "m",
  licence: "OGL",
  sources: [],
  areas: [{ code: "999", kind: "la", name: "Anyshire", ons: "E0" }],
  series: { cla: { "999": [null, 125, null] } },
};

describe("reconciliation of the return's figures", () => {
  const sources = {
    workbook: { data: DATA, name: "book.xlsx" },
    published: { data: PUBLISHED, council: "999", councilName: "Anyshire" },
  };

  it("puts 31 March on the year's row and DfE's figure beside it, stating each difference", () => {
    const [row] = reconcile([fig("cla", 120, [2018, 3, 31])], "SSDA903 return", sources);
    expect(row).toMatchObject({ status: "differs", workbook: { value: 120 }, published: { value: 125 } });
    expect(row?.message).toBe(
      'Children looked after at 31/03/2018: 120 from the SSDA903 return; 120 in book.xlsx, Looked After "Children looked after" 2017-18; 125 in DfE\'s published children looked after at 31 March, Anyshire (5 more). The figures differ: check which is right before the report goes out.',
    );
  });

  it.each([
    ["a quarter end matching the workbook agrees", fig("cla", 110, [2017, 6, 30]), "agrees", 110],
    ["a quarter end differing is a warning", fig("cla", 111, [2017, 6, 30]), "differs", 110],
    ["a period the workbook lacks stands alone", fig("cla", 100, [2017, 9, 30]), "alone", undefined],
    ["UASC at 31 March goes on the UASC table's quarter row", fig("uasc_looked_after", 7, [2018, 3, 31]), "agrees", 7],
  ] as const)("%s", (_name, figure, status, workbook) => {
    const [row] = reconcile([figure], "r", sources);
    expect(row?.status).toBe(status);
    expect(row?.workbook?.value).toBe(workbook);
  });

  it("without a workbook or DfE's figures, each figure stands alone (never silently changed)", () => {
    const figures = [fig("cla", 5, [2018, 3, 31])];
    const rows = reconcile(figures, "r", {});
    expect(rows.map((r) => [r.status, r.figure.value])).toEqual([["alone", 5]]);
  });

  it("the mapping is data: figure id to the workbook's dataset, column and kind of period, filled or compared only", () => {
    expect(
      RECONCILE_TARGETS.map((t) => [
        t.figure,
        t.workbook?.dataset,
        t.workbook?.column,
        t.workbook?.periods,
        t.ratio?.of,
        t.published?.indicator,
        t.fill ?? true,
      ]),
    ).toEqual([
      ["cla", "lookedAfter", "lookedAfter", "year-or-quarter", undefined, "cla", true],
      ["uasc_looked_after", "uasc", "lookedAfter", "quarter", undefined, undefined, true],
      ["referrals", "contacts", "referrals", "year", undefined, "referrals", false],
      ["rereferrals", "contacts", "reReferrals", "year", undefined, undefined, false],
      ["rereferrals", undefined, undefined, undefined, "referrals", "rereferral_rate", true],
      ["assessments_completed", "assessments", "completed", "year", undefined, undefined, true],
      ["assessments_within_limit", "assessments", "withinLimit", "year", undefined, undefined, true],
      ["assessments_within_limit", "assessments", "timeliness", "year", "assessments_completed", undefined, true],
      ["cp_plans", "childProtection", "onPlan", "year", undefined, "cp", true],
      ["cp_ended", "childProtection", "plansEnded", "year", undefined, undefined, true],
      ["cp_ended_2plus", "childProtection", "lasting2Plus", "year", undefined, undefined, true],
      ["cp_subsequent", "childProtection", "repeatPlans", "year", undefined, undefined, true],
      ["cp_subsequent", undefined, undefined, undefined, "cp_started", "cp_subsequent", true],
    ]);
  });
});

describe("reconciliation of the census's figures", () => {
  const Y = { kind: "year", startYear: 2023 } as const;
  const cin = (id: ReturnFigure["id"], value: number, label: string = id): ReturnFigure =>
    id === "cp_plans"
      ? { id, kind: "cin", value, date: serialFromYmd(2024, 3, 31), label, definition: "d" }
      : { id, kind: "cin", value, year: Y, label, definition: "d" };
  const FIGURES = [
    cin("referrals", 400, "Referrals (CIN census)"),
    cin("rereferrals", 90, "Re-referrals within 12 months"),
    cin("assessments_completed", 300, "Assessments completed"),
    cin("assessments_within_limit", 270, "Assessments completed within 45 working days"),
    cin("cp_plans", 50, "Children on a child protection plan at 31 March"),
    cin("cp_started", 40),
    cin("cp_subsequent", 10, "Plans started that were second or subsequent"),
    cin("cp_ended", 30),
    cin("cp_ended_2plus", 2),
  ];
  const WORKBOOK = {
    ...DATA,
    contacts: [{ year: Y, contacts: 3000, referrals: 950, reReferrals: 200 }],
    assessments: [{ year: Y, completed: 300, withinLimit: 270, timeliness: 0.9 }],
    childProtection: [{ year: Y, onPlan: 52, plansEnded: 30, lasting2Plus: 2, repeatPlans: 10 }],
  } as unknown as PerformanceData;
  const DFE: BenchmarkDataset = {
    ...PUBLISHED,
    firstYear: 2023,
    years: 1,
    series: {
      referrals: { "999": [400] },
      rereferral_rate: { "999": [22.5] },
      cp: { "999": [50] },
      cp_subsequent: { "999": [25] },
    },
  };
  const rows = reconcile(FIGURES, "cin.xml", {
    workbook: { data: WORKBOOK, name: "book.xlsx" },
    published: { data: DFE, council: "999", councilName: "Anyshire" },
  });
  const row = (label: string) => rows.find((r) => r.figure.label === label);

  it.each([
    ["Assessments completed", "agrees", 300, undefined],
    ["Assessments completed within 45 working days", "agrees", 270, undefined],
    ["Assessments completed within 45 working days (share)", "agrees", 0.9, undefined],
    ["Children on a child protection plan at 31 March", "differs", 52, 50],
    ["Plans started that were second or subsequent", "agrees", 10, undefined],
    ["Re-referrals within 12 months (% of referrals, CIN census)", "agrees", undefined, 22.5],
    ["Plans started that were second or subsequent (%)", "agrees", undefined, 25],
  ] as const)("%s: %s", (label, status, workbook, published) => {
    const r = row(label);
    expect([r?.status, r?.workbook?.value, r?.published?.value]).toEqual([status, workbook, published]);
  });

  it("the census's referrals beside a front-door count: a warning naming every figure and source, with the note", () => {
    const r = row("Referrals (CIN census)");
    expect(r?.status).toBe("differs");
    expect(r?.message).toBe(
      "Referrals (CIN census) in 2023-24: 400 from the cin.xml; 950 in book.xlsx, Contacts \"Referrals\" 2023-24 (550 more); 400 in DfE's published referrals in the year, Anyshire. The figures differ: check which is right before the report goes out. This is the children in need census's count; a workbook's Contacts row often holds the local front door's count of contacts and referrals, expected to be higher (in the sample, more than twice), so it is compared here and never written into the workbook.",
    );
    // The note on its own, for the pane's footnote under the table.
    expect(r?.note).toMatch(/^This is the children in need census's count; .* never written into the workbook\.$/);
    expect(r?.message.endsWith(r?.note ?? "-")).toBe(true);
  });

  it("only the rows whose figures need telling apart carry a note, and only when compared", () => {
    expect(rows.filter((r) => r.note).map((r) => r.figure.label)).toEqual([
      "Referrals (CIN census)",
      "Re-referrals within 12 months",
    ]);
    const alone = reconcile(FIGURES, "cin.xml", {});
    expect(alone.filter((r) => r.note)).toEqual([]);
  });

  it("a percentage agrees within DfE's rounding to one decimal place, and is shown as one", () => {
    expect(row("Re-referrals within 12 months (% of referrals, CIN census)")?.message).toMatch(
      /22\.5% from the cin\.xml; 22\.5% in DfE's published re-referral rate, Anyshire\.$/,
    );
  });
});
