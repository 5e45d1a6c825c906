import { buildReportPlan } from "../../src/core/report";
import { planCharts, planHeadlines, reportYears, yearFromLabel } from "../../src/taskpane/report-model";
import { sampleData } from "../../support/sample-workbook";

describe("report model", () => {
  it("offers the financial years with figures, newest first", () => {
    const years = reportYears(sampleData());
    expect(years[0]).toBe("2021-22");
    expect(years).toContain("2019-20");
    expect(years).toEqual([...years].sort().reverse());
  });

  it("does not offer a Settings report year that has no figures", () => {
    const data = sampleData();
    const years = reportYears({
      ...data,
      settings: { ...data.settings, reportYear: { kind: "year", startYear: 2030 } },
    });
    expect(years).not.toContain("2030-31");
    expect(years[0]).toBe("2021-22");
  });

  it.each([
    ["2019-20", 2019],
    ["2021-22", 2021],
    ["Jun-2017", undefined],
    ["nonsense", undefined],
  ])("yearFromLabel(%s) starts in %s", (label, start) => {
    expect(yearFromLabel(label)?.startYear).toBe(start);
  });

  it("lists the plan's charts and headlines", () => {
    const plan = buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2021 } });
    expect(planCharts(plan).map((c) => [c.name, c.title])).toEqual([
      ["CSC_chart_assessments", "Child and Family Assessments completed"],
      ["CSC_chart_timeliness", "Assessments completed within 45 working days"],
      ["CSC_chart_childProtection", "Children on a child protection plan at 31 March"],
      ["CSC_chart_lookedAfter", "Children looked after"],
      ["CSC_chart_contacts", "Contacts and referrals"],
      ["CSC_chart_uascCareLeavers", "Care leavers who were UASC, at quarter end"],
    ]);
    expect(
      planHeadlines(plan)
        .map((h) => h.text)
        .join(" "),
    ).toContain("209%");
  });
});
