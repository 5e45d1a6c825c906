/**
 * The Performance and Activity tables of the report, as the Cabinet reports show them:
 * which periods each covers for a report year, its labels and number formats.
 * Windows (from the 2019-20 and 2021-22 reports): the five financial years to the report
 * year for assessments, child protection and contacts; every year to the report year plus
 * the first quarter of the following year for children looked after; the 13 quarters to
 * the June after the report year for UASC care leavers.
 */
import {
  type FinancialYear,
  formatPeriod,
  type Period,
  periodOrdinal,
  type Quarter,
  quarterFromOrdinal,
  type QuarterStyle,
  samePeriod,
} from "../dates";
import type { PerformanceData } from "../workbook";
import { chartFor } from "./charts";
import type { TableContent } from "./content";
import { formatValue } from "./format";
import type { NumberFormat, PlanCell, TableRow } from "./plan";
import { TEMPLATES, fill, listWords } from "./wording";
import { leftOut, type LeftOutOf, type TableId } from "./left-out";

/** A table, or why it is left out. */
export type TableResult = { readonly table: TableContent } | { readonly omitted: LeftOutOf<"table-no-figures"> };

function cell(value: number | null | undefined, format: NumberFormat): PlanCell {
  const v = value ?? null;
  return { value: v, format, text: formatValue(v, format) };
}

function years(last: FinancialYear, count: number): FinancialYear[] {
  return Array.from({ length: count }, (_, i) => ({ kind: "year", startYear: last.startYear - count + 1 + i }));
}

/** The 13 quarters ending with the June after the report year (Jun-2017..Jun-2020 for 2019-20). */
export function uascWindow(year: FinancialYear): Quarter[] {
  const end = periodOrdinal({ kind: "quarter", endYear: year.startYear + 1, endMonth: 6 });
  return Array.from({ length: 13 }, (_, i) => quarterFromOrdinal(end - 12 + i));
}

/** "2020-21 Q1 Apr-Jun": a quarter labelled by its financial year, as the 2019-20 report does. */
export function fyQuarterLabel(q: Quarter): string {
  const fyStart = q.endMonth === 3 ? q.endYear - 1 : q.endYear;
  const n = q.endMonth === 3 ? 4 : q.endMonth / 3 - 1;
  const months = formatPeriod(q, "range").split(" ")[0] ?? "";
  return `${formatPeriod({ kind: "year", startYear: fyStart })} Q${n} ${months}`;
}

/** Builds a table over `periods` with one row per measure; null when no cell has a figure. */
function table(
  id: TableId,
  title: string,
  corner: string,
  periods: readonly Period[],
  labels: readonly string[],
  measures: readonly { label: string; format: NumberFormat; value: (p: Period) => number | undefined }[],
): TableResult {
  const all: TableRow[] = measures.map((m) => ({
    label: m.label,
    cells: periods.map((p) => cell(m.value(p), m.format)),
  }));
  if (all.every((r) => r.cells.every((c) => c.value === null))) {
    return { omitted: leftOut(id, "table-no-figures", { periods: labels }) };
  }
  // Years before the first with any figure are not padded in as empty columns (the workbook
  // starts later than the window); a gap after it stays, with its note.
  const first = periods.findIndex((_, i) => all.some((r) => r.cells[i]?.value !== null));
  const rows = all.map((r) => ({ ...r, cells: r.cells.slice(first) }));
  labels = labels.slice(first);
  const gaps = labels.filter((_, i) => rows.some((r) => r.cells[i]?.value === null));
  const notes = gaps.length > 0 ? [fill(TEMPLATES.gapNote, { periods: listWords(gaps) })] : [];
  return { table: { id, title, header: [corner, ...labels], rows, notes, charts: [] } };
}

function withCharts(r: TableResult, make: (t: TableContent) => TableContent["charts"]): TableResult {
  return "table" in r ? { table: { ...r.table, charts: make(r.table) } } : r;
}

/** Assessments completed and timeliness, the five years to the report year (DfE CIN census, Working Together 45 days). */
export function assessmentsTable(data: PerformanceData, year: FinancialYear): TableResult {
  const ys = years(year, 5);
  const find = (p: Period) => data.assessments.find((a) => samePeriod(a.year, p));
  const labels = ys.map((y) => formatPeriod(y));
  const limit = data.settings.timelinessLimit;
  const r = table("assessments", "Child and Family Assessments", "Assessments", ys, labels, [
    { label: "Assessments completed", format: "#,##0", value: (p) => find(p)?.completed },
    { label: `Timeliness (within ${limit} working days)`, format: "0.00%", value: (p) => find(p)?.timeliness },
  ]);
  return withCharts(r, (t) => [
    chartFor(t, {
      name: "CSC_chart_assessments",
      type: "ColumnClustered",
      title: "Child and Family Assessments completed",
      categoryAxisTitle: "Financial year",
      valueAxisTitle: "Assessments",
      valueFormat: "#,##0",
      rows: [0],
    }),
    chartFor(t, {
      name: "CSC_chart_timeliness",
      type: "LineMarkers",
      title: `Assessments completed within ${limit} working days`,
      categoryAxisTitle: "Financial year",
      valueAxisTitle: "Share of assessments",
      valueFormat: "0.00%",
      rows: [1],
    }),
  ]);
}

/** Children on a child protection plan at 31 March, the five years to the report year (DfE table D1). */
export function childProtectionTable(data: PerformanceData, year: FinancialYear): TableResult {
  const ys = years(year, 5);
  const labels = ys.map((y) => formatPeriod(y));
  const r = table("childProtection", "Child Protection Plans", "Child Protection Plans (CPP)", ys, labels, [
    {
      label: "No of children on CPP",
      format: "#,##0",
      value: (p) => data.childProtection.find((c) => samePeriod(c.year, p))?.onPlan,
    },
  ]);
  return withCharts(r, (t) => [
    chartFor(t, {
      name: "CSC_chart_childProtection",
      type: "ColumnClustered",
      title: "Children on a child protection plan at 31 March",
      categoryAxisTitle: "Financial year",
      valueAxisTitle: "Children",
      valueFormat: "#,##0",
      rows: [0],
    }),
  ]);
}

/**
 * Children looked after at 31 March for every year from the first in the workbook to the
 * report year, then the first quarter of the following financial year when present
 * ("2020-21 Q1 Apr-Jun" in the 2019-20 report, the quarter in hand when it went to Cabinet).
 * Always that quarter, never the latest: a past year's report must read the same when the
 * later quarters are added to the workbook.
 */
export function lookedAfterTable(data: PerformanceData, year: FinancialYear): TableResult {
  const yearly = data.lookedAfter.filter((l) => l.period.kind === "year" && l.period.startYear <= year.startYear);
  const first = yearly.reduce((m, l) => Math.min(m, periodOrdinal(l.period)), year.startYear);
  const periods: Period[] = years(year, year.startYear - first + 1);
  const labels = periods.map((p) => formatPeriod(p));
  // The following financial year's first quarter: April to June of startYear + 1.
  const firstQuarter: Quarter = { kind: "quarter", endYear: year.startYear + 1, endMonth: 6 };
  if (data.lookedAfter.some((l) => samePeriod(l.period, firstQuarter))) {
    periods.push(firstQuarter);
    labels.push(fyQuarterLabel(firstQuarter));
  }
  const r = table("lookedAfter", "Full Time Looked After Children", "Children Looked After (LAC)", periods, labels, [
    {
      label: "No of full time LAC",
      format: "#,##0",
      value: (p) => data.lookedAfter.find((l) => samePeriod(l.period, p))?.lookedAfter,
    },
  ]);
  return withCharts(r, (t) => [
    chartFor(t, {
      name: "CSC_chart_lookedAfter",
      type: "ColumnClustered",
      title: "Children looked after",
      categoryAxisTitle: "Period",
      valueAxisTitle: "Children",
      valueFormat: "#,##0",
      rows: [0],
    }),
  ]);
}

/** Contacts and referrals (and re-referrals when recorded), the five years to the report year. */
export function contactsTable(data: PerformanceData, year: FinancialYear): TableResult {
  const ys = years(year, 5);
  const labels = ys.map((y) => formatPeriod(y));
  const find = (p: Period) => data.contacts.find((c) => samePeriod(c.year, p));
  const measures: { label: string; format: NumberFormat; value: (p: Period) => number | undefined }[] = [
    { label: "Number of initial contacts", format: "#,##0", value: (p) => find(p)?.contacts },
    { label: "Number of referrals", format: "#,##0", value: (p) => find(p)?.referrals },
  ];
  if (ys.some((y) => find(y)?.reReferrals !== undefined)) {
    measures.push({ label: "Number of re-referrals", format: "#,##0", value: (p) => find(p)?.reReferrals });
  }
  const r = table("contacts", "Contacts and Referrals", "Contact and Referrals", ys, labels, measures);
  return withCharts(r, (t) => [
    chartFor(t, {
      name: "CSC_chart_contacts",
      type: "ColumnClustered",
      title: "Contacts and referrals",
      categoryAxisTitle: "Financial year",
      valueAxisTitle: "Number",
      valueFormat: "#,##0",
      rows: t.rows.map((_, i) => i),
    }),
  ]);
}

/** UASC care leavers at each quarter end, the 13 quarters to the June after the report year. */
export function uascTable(data: PerformanceData, year: FinancialYear, style: QuarterStyle): TableResult {
  const qs = uascWindow(year);
  const labels = qs.map((q) => formatPeriod(q, style));
  const r = table("uascCareLeavers", "UASC Care Leavers", "UASC Care Leavers", qs, labels, [
    {
      label: "Care leavers at period end",
      format: "#,##0",
      value: (p) => data.uasc.find((u) => samePeriod(u.quarter, p))?.careLeavers,
    },
  ]);
  return withCharts(r, (t) => [
    chartFor(t, {
      name: "CSC_chart_uascCareLeavers",
      type: "LineMarkers",
      title: "Care leavers who were UASC, at quarter end",
      categoryAxisTitle: "Quarter",
      valueAxisTitle: "Care leavers",
      valueFormat: "#,##0",
      rows: [0],
    }),
  ]);
}
