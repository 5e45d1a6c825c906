/** Which years a report can be built for, and the reason given for one that cannot. */
import { reportYearProblem, yearsWithFigures } from "../../../src/core/workbook/years";
import type { PerformanceData } from "../../../src/core/workbook/model";
import { sampleData as sample } from "../../../support/sample-workbook";

const fy = (startYear: number) => ({ kind: "year", startYear }) as const;

describe("yearsWithFigures", () => {
  it("lists the sample's years newest first, from 2013-14 (looked after) to 2021-22", () => {
    const years = yearsWithFigures(sample()).map((y) => y.startYear);
    expect(years[0]).toBe(2021);
    expect(years.at(-1)).toBe(2013);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it("does not count UASC quarters or looked-after quarters as a year's figures", () => {
    // The sample's UASC runs to Jun-2022 and looked after to Apr-Jun 2020: neither makes 2022-23 a year.
    expect(yearsWithFigures(sample()).map((y) => y.startYear)).not.toContain(2022);
  });
});

describe("reportYearProblem", () => {
  it.each([2021, 2019, 2013])("has none for %i, a year with figures", (start) => {
    expect(reportYearProblem(sample(), fy(start))).toBeUndefined();
  });

  it.each([
    [2030, "No figures for 2030-31 in any dataset: the workbook's yearly figures run from 2013-14 to 2021-22."],
    [2022, "No figures for 2022-23 in any dataset"],
    [2012, "No figures for 2012-13 in any dataset"],
  ])("gives the reason for %i", (start, reason) => {
    expect(reportYearProblem(sample(), fy(start))).toContain(reason);
  });

  it("says so when the workbook has no yearly figures at all", () => {
    const empty: PerformanceData = { ...sample(), assessments: [], childProtection: [], contacts: [], lookedAfter: [] };
    expect(reportYearProblem(empty, fy(2021))).toBe(
      "No figures for 2021-22: the workbook has no yearly figures at all.",
    );
  });

  it("names the one year there is", () => {
    const one: PerformanceData = {
      ...sample(),
      assessments: [],
      childProtection: [],
      lookedAfter: [],
      contacts: sample().contacts.slice(-1),
    };
    expect(reportYearProblem(one, fy(2020))).toContain("the workbook's yearly figures are for 2021-22 only");
  });
});
