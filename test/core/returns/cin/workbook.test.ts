import { cinCensusXml } from "../../../../support/returns/cin-generator";
import { cinWorkbookFigures, processCinCensus } from "../../../../src/core/returns/cin";
import { serialFromIso } from "../../../../src/core/dates";
import { source } from "./helpers";

const census = cinCensusXml({
  year: 2023,
  children: [
    {
      id: "W1",
      episodes: [
        {
          referral: "2023-05-01",
          assessments: [{ start: "2023-05-02", authorised: "2023-06-01" }, { start: "2023-07-01" }],
          plans: [
            { start: "2021-05-01", end: "2023-06-01", previous: "1" },
            { start: "2023-06-02", previous: "1" },
          ],
        },
      ],
    },
    {
      id: "W2",
      episodes: [
        { referral: "2023-04-01", closure: "2023-05-01", reason: "RC1", nfa: "1" },
        { referral: "2023-09-01", assessments: [{ start: "2023-09-01", authorised: "2024-01-31" }] },
      ],
    },
  ],
});

describe("the workbook's rows from the census", () => {
  it("maps the figures onto the assessment, child protection and contacts rows", async () => {
    const r = await processCinCensus(source(census));
    const year = { kind: "year", startYear: 2023 };
    expect(cinWorkbookFigures(r.figures)).toEqual({
      assessments: { year, completed: 2, withinLimit: 1, timeliness: 0.5 },
      childProtection: { year, onPlan: 1, plansEnded: 1, lasting2Plus: 1, repeatPlans: 1 },
      contacts: { year, referrals: 3, reReferrals: 1 },
    });
    expect(cinWorkbookFigures([])).toBeUndefined();
  });

  it("gives the Assessment Log rows only when asked for", async () => {
    expect((await processCinCensus(source(census))).assessmentLog).toBeUndefined();
    const r = await processCinCensus(source(census), { assessmentLog: true });
    const s = (iso: string) => serialFromIso(iso);
    expect(r.assessmentLog).toEqual([
      { childId: "W1", referral: s("2023-05-01"), completed: s("2023-06-01") },
      { childId: "W1", referral: s("2023-05-01") },
      { childId: "W2", referral: s("2023-09-01"), completed: s("2024-01-31") },
    ]);
  });
});
