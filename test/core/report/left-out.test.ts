/**
 * The report's "Not included" notes, word for word: what is left out of a plan when the
 * workbook lacks figures, and why, from the left-out catalogue.
 */
import { buildReportPlan } from "../../../src/core/report/build";
import { leftOutMessage } from "../../../src/core/report/left-out";
import type { FinancialYear } from "../../../src/core/dates";
import type { PerformanceData } from "../../../src/core/workbook";
import { sampleData } from "../../../support/sample-workbook";

const fy = (startYear: number): FinancialYear => ({ kind: "year", startYear });
const plan2021 = (d: PerformanceData) => buildReportPlan(d, { year: fy(2021), quarterStyle: "range" });

it("leaves out every table and headline of a workbook without figures, each with its reason", () => {
  const d = sampleData();
  const p = plan2021({ ...d, assessments: [], childProtection: [], lookedAfter: [], contacts: [], uasc: [] });
  expect(p.omitted.map((o) => [o.id, leftOutMessage(o)])).toEqual([
    [
      "assessments",
      "Child and Family Assessments: no figures in the workbook for 2017-18 to 2021-22, so the table is left out.",
    ],
    [
      "childProtection",
      "Child Protection Plans: no figures in the workbook for 2017-18 to 2021-22, so the table is left out.",
    ],
    // A window of one period is named once, not "2021-22 to 2021-22".
    ["lookedAfter", "Children looked after: no figures in the workbook for 2021-22, so the table is left out."],
    [
      "contacts",
      "Contacts and referrals: no figures in the workbook for 2017-18 to 2021-22, so the table is left out.",
    ],
    [
      "uascCareLeavers",
      "UASC care leavers: no figures in the workbook for Apr-Jun 2019 to Apr-Jun 2022, so the table is left out.",
    ],
    [
      "uascCareLeaversChange",
      "Change in UASC care leavers: not stated, because the workbook has no UASC care leavers figure.",
    ],
    [
      "contactsChange",
      "Change in contacts: not stated, because the workbook lacks contacts for 2021-22 or the year before.",
    ],
    [
      "lookedAfterChange",
      "Change in children looked after: not stated, because the workbook lacks children looked after at 31 March for 2021-22 or the year before.",
    ],
    ["timeliness", "Assessment timeliness: not stated, because the workbook has no assessments for 2021-22."],
    [
      "uascLookedAfter",
      "Looked-after UASC: not stated, because the workbook has no looked-after UASC figure from 2021-22 on.",
    ],
  ]);
});

it("a change from none is stated as the counts, never as a percentage or left out", () => {
  const d = sampleData();
  const p = plan2021({
    ...d,
    contacts: d.contacts.map((c) => (c.year.startYear === 2020 ? { ...c, contacts: 0 } : c)),
  });
  expect(p.omitted.find((o) => o.id === "contactsChange")).toBeUndefined();
  const h = p.blocks.flatMap((b) => (b.kind === "headlines" ? b.items : [])).find((i) => i.id === "contactsChange");
  expect(h?.text).toMatch(
    /^The total number of contacts as at 31 March 2022 is [\d,]+, against none received at 31 March 2021\.$/,
  );
});
