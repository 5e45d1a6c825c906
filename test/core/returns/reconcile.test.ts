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

  it("the mapping is data: figure id to the workbook's dataset, column and kind of period", () => {
    expect(
      RECONCILE_TARGETS.map((t) => [t.figure, t.workbook?.dataset, t.workbook?.column, t.workbook?.periods]),
    ).toEqual([
      ["cla", "lookedAfter", "lookedAfter", "year-or-quarter"],
      ["uasc_looked_after", "uasc", "lookedAfter", "quarter"],
    ]);
  });
});
