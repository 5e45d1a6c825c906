import type { GenChild, GenEpisode } from "../../../../support/returns/cin-generator";
import { cinCensusXml } from "../../../../support/returns/cin-generator";
import { addMonths, deriveCinFigures, processCinCensus } from "../../../../src/core/returns/cin";
import { isoFromSerial, serialFromIso } from "../../../../src/core/dates";
import { figuresOf, readClean, source } from "./helpers";

const child = (id: string, ...episodes: GenEpisode[]): GenChild => ({ id, episodes });

describe("addMonths (EDATE)", () => {
  it.each([
    ["2023-01-10", 12, "2024-01-10"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2020-02-29", 24, "2022-02-28"],
    ["2020-02-29", 48, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2023-12-15", 1, "2024-01-15"],
  ])("%s + %i months = %s", (from, months, to) => {
    expect(isoFromSerial(addMonths(serialFromIso(from) ?? 0, months))).toBe(to);
  });
});

describe("referrals (census year 2023-24)", () => {
  it.each<[string, GenChild[], Record<string, number>]>([
    [
      "1 April and 31 March are in the year; 31 March before is not",
      [
        child(
          "a",
          { referral: "2023-03-31", closure: "2023-03-31", reason: "RC1" },
          { referral: "2023-04-01", closure: "2023-05-01", reason: "RC1" },
          { referral: "2024-03-31" },
        ),
      ],
      { referrals: 2, children_referred: 1 },
    ],
    [
      "NFA referrals are referrals too",
      [
        child("a", { referral: "2023-06-01", nfa: "1" }),
        child("b", { referral: "2023-06-01", nfa: "true" }),
        child("c", { referral: "2023-06-01", nfa: "0" }),
      ],
      { referrals: 3, nfa_referrals: 2, children_referred: 3 },
    ],
    [
      "an open episode from an earlier year is not a referral of this year",
      [child("a", { referral: "2021-06-01" })],
      { referrals: 0, children_referred: 0 },
    ],
  ])("%s", async (_what, children, expected) => {
    expect(await figuresOf(2023, children)).toMatchObject(expected);
  });
});

describe("re-referrals within 12 months", () => {
  const twice = (first: string, second: string): GenChild =>
    child("a", { referral: first, closure: first, reason: "RC1" }, { referral: second });
  it.each<[string, number, GenChild[], number]>([
    ["exactly 12 months after is within", 2023, [twice("2023-01-10", "2024-01-10")], 1],
    ["12 months and a day is not", 2023, [twice("2023-01-10", "2024-01-11")], 0],
    ["from 29 February, 28 February a year on is within", 2024, [twice("2024-02-29", "2025-02-28")], 1],
    ["from 29 February, 1 March a year on is not", 2024, [twice("2024-02-29", "2025-03-01")], 0],
    [
      "two referrals on one day are not re-referrals of each other",
      2023,
      [child("a", { referral: "2023-06-01", nfa: "1" }, { referral: "2023-06-01", nfa: "1" })],
      0,
    ],
    [
      "an earlier NFA referral counts as a previous referral",
      2023,
      [child("a", { referral: "2023-05-01", nfa: "1" }, { referral: "2023-08-01" })],
      1,
    ],
    [
      "a third referral is a re-referral of the second",
      2023,
      [
        child(
          "a",
          { referral: "2022-01-01", closure: "2022-02-01", reason: "RC1" },
          { referral: "2023-04-10", closure: "2023-05-01", reason: "RC1" },
          { referral: "2023-06-01" },
        ),
      ],
      1,
    ],
  ])("%s", async (_what, year, children, expected) => {
    expect((await figuresOf(year, children)).rereferrals).toBe(expected);
  });

  it("sees an earlier referral only in last year's census when that census is given", async () => {
    const now = [child("x", { referral: "2023-06-01" })];
    const last = [child("x", { referral: "2023-02-10", closure: "2023-03-01", reason: "RC1" })];
    expect((await figuresOf(2023, now)).rereferrals).toBe(0);
    expect((await figuresOf(2023, now, last)).rereferrals).toBe(1);
    // Another child's history does not count.
    expect((await figuresOf(2023, now, [child("y", { referral: "2023-02-10" })])).rereferrals).toBe(0);
  });
});

describe("assessments within 45 working days of the referral", () => {
  const one = (referral: string, authorised: string, start = referral): GenChild[] => [
    child("a", { referral, assessments: [{ start, authorised, factors: ["1A"] }] }),
  ];
  it.each<[string, GenChild[], number, number]>([
    // 3 Apr 2023: Good Friday, Easter Monday, 1 May, 8 May (coronation) and 29 May are bank holidays.
    ["Easter 2023: the 45th working day is 12 June", one("2023-04-03", "2023-06-12"), 1, 1],
    ["Easter 2023: 13 June is the 46th", one("2023-04-03", "2023-06-13"), 1, 0],
    // 10 Nov 2022: 26, 27 December 2022 and 2 January 2023 are bank holidays.
    [
      "Christmas 2022: the 45th working day is 17 January",
      [
        child("a", {
          referral: "2022-11-10",
          assessments: [{ start: "2022-11-10", authorised: "2023-01-17", factors: ["1A"] }],
        }),
      ],
      1,
      1,
    ],
    [
      "Christmas 2022: 18 January is the 46th",
      [
        child("a", {
          referral: "2022-11-10",
          assessments: [{ start: "2022-11-10", authorised: "2023-01-18", factors: ["1A"] }],
        }),
      ],
      1,
      0,
    ],
    ["completed on the day of referral is day 0", one("2023-06-01", "2023-06-01"), 1, 1],
    ["authorised before the year: not completed in the year", one("2023-01-01", "2023-03-31"), 0, 0],
    [
      "an open assessment is not counted",
      [child("a", { referral: "2023-06-01", assessments: [{ start: "2023-06-02" }] })],
      0,
      0,
    ],
  ])("%s", async (what, children, completed, within) => {
    // The Christmas cases are completed in 2022-23.
    const year = what.startsWith("Christmas") ? 2022 : 2023;
    const f = await figuresOf(year, children);
    expect([f.assessments_completed, f.assessments_within_limit]).toEqual([completed, within]);
  });

  it("measures from the referral (table C2) and shows the measure from the start where they differ", async () => {
    const r = await processCinCensus(
      source(
        cinCensusXml({
          year: 2023,
          children: [
            child("a", {
              referral: "2023-04-03",
              assessments: [{ start: "2023-05-01", authorised: "2023-06-13", factors: ["1A"] }],
            }),
            child("b", {
              referral: "2023-04-03",
              assessments: [{ start: "2023-04-03", authorised: "2023-06-12", factors: ["1A"] }],
            }),
          ],
        }),
      ),
    );
    const within = r.figures.find((f) => f.id === "assessments_within_limit");
    expect(within?.value).toBe(1);
    expect(within?.detail).toBe(
      "Measured from the assessment's actual start instead of the referral, 2 of 2 were within 45 working days (1 assessment counted differently).",
    );
    expect(r.timeliness).toEqual({
      completed: 2,
      withinFromReferral: 1,
      withinFromStart: 2,
      noReferralDate: 0,
      differing: 1,
    });
    const same = await processCinCensus(
      source(
        cinCensusXml({
          year: 2023,
          children: [
            child("b", { referral: "2023-04-03", assessments: [{ start: "2023-04-03", authorised: "2023-06-12" }] }),
          ],
        }),
      ),
    );
    expect(same.figures.find((f) => f.id === "assessments_within_limit")?.detail).toBeUndefined();
  });
});

describe("section 47 enquiries and initial conferences", () => {
  it.each<[string, GenEpisode, number, number]>([
    [
      "an enquiry and its conference in the year",
      { referral: "2023-05-01", section47s: [{ start: "2023-05-02", icpc: "2023-05-20" }] },
      1,
      1,
    ],
    [
      "a conference recorded at both levels counts once",
      { referral: "2023-05-01", icpc: "2023-05-20", section47s: [{ start: "2023-05-02", icpc: "2023-05-20" }] },
      1,
      1,
    ],
    ["a conference at episode level only", { referral: "2023-05-01", icpc: "2023-05-20" }, 0, 1],
    [
      "an enquiry started in March before the year, conference in April",
      { referral: "2023-03-01", section47s: [{ start: "2023-03-20", icpc: "2023-04-03" }] },
      0,
      1,
    ],
  ])("%s", async (_what, episode, s47, icpcs) => {
    const f = await figuresOf(2023, [child("a", episode)]);
    expect([f.s47_started, f.icpcs]).toEqual([s47, icpcs]);
  });
});

describe("child protection plans", () => {
  it.each<[string, number, GenEpisode[], Record<string, number>]>([
    [
      "a plan open across the year end, started the year before",
      2023,
      [{ referral: "2022-10-01", plans: [{ start: "2022-11-01" }] }],
      { cp_plans: 1, cp_started: 0, cp_ended: 0 },
    ],
    [
      "a plan ending on 31 March is not open on 31 March",
      2023,
      [{ referral: "2023-05-01", plans: [{ start: "2023-06-01", end: "2024-03-31" }] }],
      { cp_plans: 0, cp_started: 1, cp_ended: 1 },
    ],
    [
      "a plan starting on 31 March is open on it",
      2023,
      [{ referral: "2024-03-01", plans: [{ start: "2024-03-31" }] }],
      { cp_plans: 1, cp_started: 1 },
    ],
    [
      "children, not plans: two open plans are one child",
      2023,
      [{ referral: "2023-05-01", plans: [{ start: "2023-06-01" }, { start: "2023-07-01" }] }],
      { cp_plans: 1, cp_started: 2 },
    ],
    [
      "second or subsequent: NumberOfPreviousCPP above 0",
      2023,
      [
        {
          referral: "2023-05-01",
          plans: [
            { start: "2023-06-01", previous: "2" },
            { start: "2023-01-01", end: "2023-05-01", previous: "1" },
          ],
        },
      ],
      { cp_started: 1, cp_subsequent: 1 },
    ],
    [
      "ended exactly two years after it started lasted two years",
      2023,
      [{ referral: "2021-05-01", plans: [{ start: "2021-06-01", end: "2023-06-01" }] }],
      { cp_ended: 1, cp_ended_2plus: 1 },
    ],
    [
      "ended the day before the second anniversary did not",
      2023,
      [{ referral: "2021-05-01", plans: [{ start: "2021-06-01", end: "2023-05-31" }] }],
      { cp_ended: 1, cp_ended_2plus: 0 },
    ],
    [
      "from 29 February, 28 February two years on is two years",
      2021,
      [{ referral: "2020-02-01", plans: [{ start: "2020-02-29", end: "2022-02-28" }] }],
      { cp_ended_2plus: 1 },
    ],
    [
      "from 29 February, 27 February two years on is not",
      2021,
      [{ referral: "2020-02-01", plans: [{ start: "2020-02-29", end: "2022-02-27" }] }],
      { cp_ended_2plus: 0 },
    ],
  ])("%s", async (_what, year, episodes, expected) => {
    expect(await figuresOf(year, [child("a", ...episodes)])).toMatchObject(expected);
  });
});

describe("figures", () => {
  it("carry their year or date and definition, and deriveCinFigures matches the streaming count", async () => {
    const census = { year: 2023, children: [child("a", { referral: "2023-05-01", plans: [{ start: "2023-06-01" }] })] };
    const { header, children } = await readClean(census);
    const figures = deriveCinFigures(header, children);
    const plans = figures.find((f) => f.id === "cp_plans");
    expect(plans?.date).toBe(serialFromIso("2024-03-31"));
    expect(plans?.year).toBeUndefined();
    const referrals = figures.find((f) => f.id === "referrals");
    expect(referrals?.year).toEqual({ kind: "year", startYear: 2023 });
    expect(referrals?.label).toMatch(/census/i);
    expect(referrals?.definition).toMatch(/front door/);
    for (const f of figures) expect(f.definition).toMatch(/DfE|Working Together/);
    const streamed = await processCinCensus(source(cinCensusXml(census)));
    expect(streamed.figures).toEqual(figures);
  });
});
