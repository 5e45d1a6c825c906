/**
 * A table starts at the first year with a figure: earlier years of its window are not padded in
 * empty, and its charts name the years they show.
 */
import { buildReportPlan } from "../../../src/core/report/build";
import type { TableBlock } from "../../../src/core/report/plan";
import { sampleData } from "../../../support/sample-workbook";

describe("report tables", () => {
  it.each([2019, 2021])("for the year from April %i start at their first year with a figure", (startYear) => {
    const plan = buildReportPlan(sampleData(), { year: { kind: "year", startYear } });
    const tables = plan.blocks.filter((b): b is TableBlock => b.kind === "table");
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) {
      expect({ table: t.id, firstColumnHasAFigure: t.rows.some((r) => r.cells[0]?.value !== null) }).toEqual({
        table: t.id,
        firstColumnHasAFigure: true,
      });
      expect(t.header.length - 1).toBe(t.rows[0]?.cells.length);
    }
  });

  it("drops the 2019-20 contacts table's empty 2015-16 and 2016-17", () => {
    const plan = buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2019 } });
    const contacts = plan.blocks.find((b): b is TableBlock => b.kind === "table" && b.id === "contacts");
    expect(contacts?.header.slice(1)).toEqual(["2017-18", "2018-19", "2019-20"]);
  });

  it("names the years the chart shows, not the window's: the 2019-20 contacts chart runs from 2017-18", () => {
    const plan = buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2019 } });
    const contacts = plan.blocks.find((b): b is TableBlock => b.kind === "table" && b.id === "contacts");
    const chart = contacts?.charts[0];
    expect(chart?.categories).toEqual(["2017-18", "2018-19", "2019-20"]);
    expect(chart?.altTitle).toBe("Contacts and referrals (2017-18 to 2019-20)");
    expect(chart?.altDescription).toBe(
      "Column chart of Number of initial contacts and Number of referrals by financial year. " +
        "Number of initial contacts rose from 106,010 in 2017-18 to 125,413 in 2019-20. " +
        "Number of referrals rose from 35,953 in 2017-18 to 44,434 in 2019-20.",
    );
  });
});
