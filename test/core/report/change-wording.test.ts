/**
 * Headlines about a change say what happened honestly: a change that rounds to 0% is "less
 * than 1%", never "0% lower"; a change from none gives the counts, not a percentage; equal
 * counts are "the same".
 */
import { buildReportPlan } from "../../../src/core/report/build";
import type { FinancialYear } from "../../../src/core/dates";
import type { PerformanceData } from "../../../src/core/workbook";
import type { HeadlineId } from "../../../src/core/report/left-out";
import { sampleData } from "../../../support/sample-workbook";

const fy = (startYear: number): FinancialYear => ({ kind: "year", startYear });

function headline(d: PerformanceData, year: number, id: HeadlineId): string | undefined {
  const p = buildReportPlan(d, { year: fy(year), quarterStyle: "range" });
  return p.blocks.flatMap((b) => (b.kind === "headlines" ? b.items : [])).find((h) => h.id === id)?.text;
}

const withContacts = (before: number, now: number): PerformanceData => {
  const d = sampleData();
  return {
    ...d,
    contacts: d.contacts.map((c) =>
      c.year.startYear === 2020 ? { ...c, contacts: before } : c.year.startYear === 2021 ? { ...c, contacts: now } : c,
    ),
  };
};

describe("change headlines", () => {
  it.each([
    [1000, 997, "is less than 1% lower than"],
    [1000, 1004, "is less than 1% higher than"],
    [1000, 1210, "is 21% higher than"],
  ])("contacts %i then %i: %s", (before, now, words) => {
    const text = headline(withContacts(before, now), 2021, "contactsChange");
    expect(text).toContain(words);
    expect(text).not.toMatch(/\b0% (lower|higher)/);
  });

  it("equal counts are the same, whatever the base", () => {
    expect(headline(withContacts(0, 0), 2021, "contactsChange")).toBe(
      "The total number of contacts as at 31 March 2022 (0) is the same as the total received at 31 March 2021.",
    );
  });

  it("looked after from none: the counts, no percentage", () => {
    const d = sampleData();
    const zeroed = {
      ...d,
      lookedAfter: d.lookedAfter.map((l) =>
        l.period.kind === "year" && l.period.startYear === 2018 ? { ...l, lookedAfter: 0 } : l,
      ),
    };
    const text = headline(zeroed, 2019, "lookedAfterChange");
    expect(text).toMatch(
      /^Children looked after: 2019-20 saw 1,602 at 31 March 2020, against none at 31 March 2019\.$/,
    );
  });

  it("UASC care leavers from a first quarter of none: the counts, not 'no earlier figure'", () => {
    const d = sampleData();
    const first = d.uasc.find((u) => u.careLeavers !== undefined);
    const zeroed = { ...d, uasc: d.uasc.map((u) => (u === first ? { ...u, careLeavers: 0 } : u)) };
    expect(headline(zeroed, 2021, "uascCareLeaversChange")).toMatch(
      /^The number of UASC care leavers rose from none in June 2017 to [\d,]+ at 30 June 2022\.$/,
    );
  });
});
