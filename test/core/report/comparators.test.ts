/**
 * The report compared with DfE's published figures: comparator rows under the tables, a chart of
 * the council against them, notes for comparators left blank, and headlines that state the
 * comparison with its year. England's children looked after at 31 March 2020 are 80,000 in DfE's
 * current series (first published as 80,080), a 2% rise on 78,140 in 2019: the sample 2019-20
 * report's "national increase of 4%" was the year before's.
 */
import { buildReportPlan } from "../../../src/core/report/build";
import { leftOutMessage, type HeadlineId, type TableId } from "../../../src/core/report/left-out";
import { reportBenchmarks, type ReportBenchmarks } from "../../../src/core/report/comparators";
import type { TableBlock } from "../../../src/core/report/plan";
import { columnPoints } from "../../../src/core/report/styles";
import { dataset } from "../benchmarks/data";
import { sampleData } from "../../../support/sample-workbook";

const data = sampleData();
const y2019 = { kind: "year", startYear: 2019 } as const;

function bench(compare: ReportBenchmarks["compare"]): ReportBenchmarks {
  const b = reportBenchmarks(dataset, data.settings.localAuthority, compare);
  if (!("match" in b)) throw new Error(b.message);
  return b;
}

const table = (plan: ReturnType<typeof buildReportPlan>, id: TableId) =>
  plan.blocks.find((b): b is TableBlock => b.kind === "table" && b.id === id)!;
const headline = (plan: ReturnType<typeof buildReportPlan>, id: HeadlineId) =>
  plan.blocks.flatMap((b) => (b.kind === "headlines" ? b.items : [])).find((h) => h.id === id);

describe("comparators in the report", () => {
  it("adds to the looked-after headline England's change in the same year: a 2% increase in 2019-20", () => {
    const plan = buildReportPlan(data, { year: y2019, benchmarks: bench(["england"]) });
    expect(headline(plan, "lookedAfterChange")?.text).toBe(
      "Children looked after: 2019-20 saw a 4% (62) decrease, from 1,664 at 31 March 2019 to 1,602 at 31 March 2020, against a national increase of 2% in 2019-20.",
    );
    // 2018-19 compares with England's 75,360 at 31 March 2018 (DfE's 2022 edition) and 78,140 in
    // 2019: a 4% increase.
    const y2018 = buildReportPlan(data, { year: { kind: "year", startYear: 2018 }, benchmarks: bench(["england"]) });
    expect(headline(y2018, "lookedAfterChange")?.text).toMatch(/against a national increase of 4% in 2018-19\.$/);
    // For 2017-18 DfE's files hold no 2016-17 England figure to compare with, so the comparison
    // is left out with a note rather than guessed.
    const before = buildReportPlan(data, { year: { kind: "year", startYear: 2017 }, benchmarks: bench(["england"]) });
    expect(headline(before, "lookedAfterChange")?.text).not.toContain("against");
    expect(before.omitted.map((o) => leftOutMessage(o))).toContain(
      "Comparison with England: DfE published no figure for 2017-18 or 2016-17, so the headline does not compare with it.",
    );
  });

  it("names the region and the neighbours' change too when chosen", () => {
    const plan = buildReportPlan(data, { year: y2019, benchmarks: bench(["england", "region", "neighbours"]) });
    expect(headline(plan, "lookedAfterChange")?.text).toMatch(
      /against a national increase of 2%, a South East (increase|decrease) of \d+% and a statistical neighbour (increase|decrease) of \d+% in 2019-20\.$/,
    );
  });

  it("puts the council's published rate and the comparators' under the child protection table", () => {
    const plan = buildReportPlan(data, { year: y2019, benchmarks: bench(["england", "region", "neighbours"]) });
    const t = table(plan, "childProtection");
    const labels = t.rows.map((r) => r.label);
    expect(labels).toEqual([
      "No of children on CPP",
      "Hampshire per 10,000 children (DfE)",
      "England per 10,000 children",
      "South East per 10,000 children",
      "Statistical neighbours' average per 10,000",
    ]);
    // 2019-20: Hampshire 938 / 279,340 x 10,000 = 33.6; England 51,510 / 11,790,492... as built.
    const col = t.header.indexOf("2019-20") - 1;
    expect(t.rows[1]?.cells[col]?.value).toBe(33.6);
    expect(t.rows[2]?.cells[col]?.value).toBe(dataset.series.cp_rate!.E92000001![7]);
    expect(t.charts.map((c) => c.name)).toEqual(["CSC_chart_childProtection", "CSC_chart_childProtection_compare"]);
    const compareChart = t.charts[1]!;
    expect(compareChart.series.map((s) => s.name)).toEqual(labels.slice(1));
    expect(t.notes.some((n) => n.text.includes("Open Government Licence v3.0"))).toBe(true);
  });

  it("writes each note under the table whole, in rows no wider than the page, before the charts", () => {
    const plan = buildReportPlan(data, { year: y2019, benchmarks: bench(["england", "neighbours"]) });
    const t = table(plan, "childProtection");
    // The printed page is fitted to the report's columns: a 6 pt average character (italic Calibri 11).
    const pagePt = plan.columnWidths.reduce((sum, w) => sum + columnPoints(w), 0);
    const source = t.notes.find((n) => n.text.includes("Open Government Licence v3.0"));
    expect(source?.lines.length).toBeGreaterThan(1);
    expect(source?.lines.map((l) => l.text).join(" ")).toBe(source?.text);
    expect(source?.lines.at(-1)?.text).toMatch(/Open Government Licence v3\.0\.$/);
    const lines = t.notes.flatMap((n) => n.lines);
    for (const l of lines) expect(l.text.length * 6).toBeLessThanOrEqual(pagePt);
    // One row each, straight after the table, and the charts after a blank row.
    const firstRow = t.grid.range.row + t.grid.range.rowCount;
    expect(lines.map((l) => l.address)).toEqual(lines.map((_, i) => `A${firstRow + i + 1}`));
    for (const c of t.charts) expect(c.position.row).toBe(firstRow + lines.length + 1);
  });

  it("leaves a comparator blank with a note where DfE published nothing, never a guess", () => {
    const plan = buildReportPlan(data, { year: y2019, benchmarks: bench(["england"]) });
    const t = table(plan, "lookedAfter");
    // Looked-after rates are in DfE's files from 2017-18 (64 per 10,000 at 31 March 2018, the 2022
    // edition); the table runs from 2013-14 and ends with a quarter, for which DfE publishes nothing.
    const england = t.rows.find((r) => r.label === "England per 10,000 children")!;
    expect(england.cells.map((c) => c.value)).toEqual([null, null, null, null, 64, 66, 68, null]);
    const notes = t.notes.map((n) => n.text);
    expect(notes).toContain(
      "England per 10,000 children: DfE published no figure for 2013-14, 2014-15, 2015-16 and 2016-17, so the cell is left blank.",
    );
    expect(notes).toContain(
      "DfE publishes yearly figures only, so the comparator rows are blank for 2020-21 Q1 Apr-Jun.",
    );
  });

  it("states the council's rate against the comparators in a headline, with the year", () => {
    const plan = buildReportPlan(data, { year: y2019, benchmarks: bench(["england", "region"]) });
    expect(headline(plan, "claRateComparison")?.text).toBe(
      "At 31 March 2020 Hampshire had 57.0 children looked after per 10,000 children (DfE, 2019-20), against 68.0 in England and 54.0 in the South East.",
    );
    // The neighbours' average of 37 in 2019-20 reads as the others do, with its decimal.
    const all = buildReportPlan(data, { year: y2019, benchmarks: bench(["england", "region", "neighbours"]) });
    expect(headline(all, "cpRateComparison")?.text).toBe(
      "At 31 March 2020 Hampshire had 33.6 children on a child protection plan per 10,000 children (DfE, 2019-20), against 43.7 in England, 42.1 in the South East and 37.0 among its statistical neighbours.",
    );
    expect(headline(all, "cpRateComparison")?.figures.rate).toBe("33.6");
  });

  it("shows every rate to one decimal place: Hampshire's 45 beside 46.2, the neighbours' 37 beside 43.7", () => {
    const plan = buildReportPlan(data, { year: y2019, benchmarks: bench(["england", "region", "neighbours"]) });
    const t = table(plan, "childProtection");
    const rates = t.rows.slice(1);
    expect(rates.flatMap((r) => r.cells.map((c) => c.format))).toEqual(
      rates.flatMap((r) => r.cells.map(() => "#,##0.0")),
    );
    expect(rates[0]?.cells.map((c) => c.text)).toEqual(["51.5", "45.0", "46.2", "39.2", "33.6"]);
    expect(rates[3]?.cells.map((c) => c.text)).toEqual(["35.8", "39.3", "41.7", "38.4", "37.0"]);
    // The grid carries the same format to the sheet, and the chart's labels and axis use it too.
    expect(t.grid.numberFormats.slice(2).every((row) => row.slice(1).every((f) => f === "#,##0.0"))).toBe(true);
    const compareChart = t.charts[1]!;
    expect(compareChart.valueFormat).toBe("#,##0.0");
    expect(compareChart.altDescription).toContain(
      "Statistical neighbours' average per 10,000 rose from 35.8 in 2015-16 to 37.0 in 2019-20.",
    );
    // The table's counts keep their own format.
    expect(t.rows[0]?.cells.map((c) => c.text)).toEqual(["1,441", "1,263", "1,293", "1,097", "938"]);
  });

  it("draws the comparison from the first year DfE has a figure, without the table's quarter", () => {
    const plan = buildReportPlan(data, { year: y2019, benchmarks: bench(["england", "region", "neighbours"]) });
    const t = table(plan, "lookedAfter");
    // The table runs 2013-14 to 2019-20 and a quarter; DfE's looked-after rates start in 2017-18.
    expect(t.header.slice(1)).toEqual([
      "2013-14",
      "2014-15",
      "2015-16",
      "2016-17",
      "2017-18",
      "2018-19",
      "2019-20",
      "2020-21 Q1 Apr-Jun",
    ]);
    const [counts, compared] = t.charts;
    expect(counts?.categories).toEqual(t.header.slice(1));
    expect(compared?.categories).toEqual(["2017-18", "2018-19", "2019-20"]);
    // Its cells on the sheet are those years' columns (F to H) of the header and of each rate row.
    const row = t.grid.range.row + 1;
    expect(compared?.categoriesAddress).toBe(`F${row}:H${row}`);
    expect(compared?.series.map((s) => s.valuesAddress)).toEqual([2, 3, 4, 5].map((r) => `F${row + r}:H${row + r}`));
    expect(compared?.series.map((s) => s.values)).toEqual([
      [56, 59, 57],
      [64, 66, 68],
      [51, 53, 54],
      [46.4, 49.7, 49.8],
    ]);
    expect(compared?.altTitle).toMatch(/\(2017-18 to 2019-20\)$/);
    expect(compared?.categoryAxisTitle).toBe("Financial year");
    expect(compared?.altDescription).toContain(
      "England per 10,000 children rose from 64.0 in 2017-18 to 68.0 in 2019-20.",
    );
  });

  it("leaves the comparison chart out when DfE has no figure in any of the table's years", () => {
    const early = buildReportPlan(data, { year: { kind: "year", startYear: 2015 }, benchmarks: bench(["england"]) });
    const t = table(early, "lookedAfter");
    // 2013-14 to 2015-16 and a quarter: before DfE's looked-after rates begin.
    expect(t.rows.slice(1).every((r) => r.cells.every((c) => c.value === null))).toBe(true);
    expect(t.charts.map((c) => c.name)).toEqual(["CSC_chart_lookedAfter"]);
  });

  it("leaves the plan as it was without benchmarks", () => {
    const plain = buildReportPlan(data, { year: y2019 });
    expect(table(plain, "childProtection").rows).toHaveLength(1);
    expect(headline(plain, "lookedAfterChange")?.text).not.toContain("against");
  });

  it("says when the Settings' council is not one of DfE's", () => {
    const b = reportBenchmarks(dataset, "Wessex County Council", ["england"]);
    expect("message" in b && b.message).toMatch(/"Wessex County Council" .* not one of DfE's councils/);
  });
});
