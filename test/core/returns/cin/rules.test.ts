import type { GenChild, GenEpisode } from "../../../../support/returns/cin-generator";
import { cinCensusXml } from "../../../../support/returns/cin-generator";
import { CIN_RULES, checkCinCensus, processCinCensus } from "../../../../src/core/returns/cin";
import { ruleInForce } from "../../../../src/core/returns/common/rules";
import { readClean, source } from "./helpers";

/** An episode that passes every rule in 2023-24: assessed, enquiry, conference, plan on its day. */
const EPISODE: GenEpisode = {
  referral: "2023-05-01",
  assessments: [{ start: "2023-05-02", authorised: "2023-06-01", factors: ["1A"] }],
  section47s: [{ start: "2023-05-03", target: "2023-05-20", icpc: "2023-05-19" }],
  plans: [{ start: "2023-05-19", reviews: ["2023-08-01"] }],
};
const good = (over: Partial<GenChild> = {}, ep: Partial<GenEpisode> = {}): GenChild => ({
  id: "G1",
  upn: "A123456789012",
  birth: "2015-01-01",
  episodes: [{ ...EPISODE, ...ep }],
  ...over,
});
const nfa = (ep: Partial<GenEpisode>): GenChild =>
  good({}, { assessments: [], section47s: [], plans: [], nfa: "1", ...ep });
const closed = { closure: "2023-09-01", reason: "RC1" };

/** [code, census start year, children that fail it]. */
const FAILING: [string, number, GenChild[]][] = [
  ["8500", 2023, [good({ id: undefined })]],
  ["8510", 2023, [good(), good()]],
  ["8590", 2023, [good({ episodes: [] })]],
  ["4180", 2023, [good({ gender: "5" })]],
  ["4180", 2024, [good({ gender: "X" }, { referral: "2024-05-01", assessments: [], section47s: [], plans: [] })]],
  ["8520", 2023, [good({ birth: "2024-05-01" })]],
  ["8600", 2023, [good({}, { referral: "2024-04-02" })]],
  ["8600", 2023, [good({}, { referral: undefined })]],
  ["8568", 2023, [good({}, { nfa: "yes" })]],
  ["8569Q", 2023, [nfa({ referral: "2023-01-01", ...closed })]],
  ["8610", 2023, [good({}, { need: "" })]],
  ["8650", 2023, [good({}, { need: "N12" })]],
  ["8866", 2023, [good({}, { source: "11" })]],
  ["8640", 2023, [good({}, { closure: "2023-09-01", reason: "RC10" })]],
  [
    "8620",
    2023,
    [
      good(
        {},
        { referral: "2023-02-01", closure: "2023-03-01", reason: "RC1", assessments: [], section47s: [], plans: [] },
      ),
    ],
  ],
  ["8630", 2023, [good({}, { closure: "2023-04-20", reason: "RC1" })]],
  ["8805", 2023, [good({}, { closure: "2023-09-01" })]],
  ["8810", 2023, [good({}, { reason: "RC1" })]],
  ["8815", 2023, [good({ episodes: [EPISODE, { referral: "2023-12-01" }] })]],
  [
    "8820",
    2023,
    [
      good({
        episodes: [
          { ...EPISODE, ...closed },
          { referral: "2023-08-01", closure: "2023-10-01", reason: "RC1" },
        ],
      }),
    ],
  ],
  ["8831", 2023, [nfa({ assessments: [{ start: "2023-05-02" }] })]],
  ["8832", 2023, [nfa({ plans: [{ start: "2023-05-19" }] })]],
  ["4000", 2023, [nfa({ cinPlans: [{ start: "2023-05-19" }] })]],
  ["1103", 2023, [good({}, { assessments: [{ start: "2023-04-20", authorised: "2023-06-01", factors: ["1A"] }] })]],
  ["8608", 2023, [good({}, { assessments: [{ start: "2023-06-02", authorised: "2023-06-01", factors: ["1A"] }] })]],
  ["8696", 2023, [good({}, { assessments: [{ start: "2023-05-02", authorised: "2024-04-02", factors: ["1A"] }] })]],
  ["8736", 2023, [good({}, { referral: "2023-02-01", assessments: [{ start: "2023-03-01" }] })]],
  ["8670Q", 2023, [good({}, { assessments: [{ start: "2023-06-01" }] })]],
  ["8897Q", 2023, [good({}, { assessments: [{ start: "2023-05-02", authorised: "2023-06-01" }] })]],
  ["8897Q", 2023, [good({}, { assessments: [{ start: "2023-05-02", authorised: "2023-06-01", factors: ["99"] }] })]],
  [
    "8945Q",
    2020,
    [
      good(
        {},
        {
          referral: "2020-05-01",
          assessments: [{ start: "2020-05-02", authorised: "2020-06-01", factors: ["18A"] }],
          section47s: [],
          plans: [],
        },
      ),
    ],
  ],
  ["8950Q", 2023, [good({}, { assessments: [{ start: "2023-05-02", authorised: "2023-06-01", factors: ["19A"] }] })]],
  ["8615", 2023, [good({}, { section47s: [{ start: "2023-05-20", icpc: "2023-05-19" }] })]],
  ["8715", 2023, [good({}, { icpc: "2023-03-01" })]],
  ["8720", 2023, [good({}, { plans: [{ start: undefined }] })]],
  ["8925", 2023, [good({}, { plans: [{ start: "2023-05-19", end: "2023-05-10" }] })]],
  ["8930", 2023, [good({}, { plans: [{ start: "2023-05-19", end: "2024-04-05" }] })]],
  ["8935", 2023, [good({}, { plans: [{ start: "2023-05-19" }, { start: "2023-06-19" }] })]],
  [
    "8940",
    2023,
    [
      good(
        {},
        {
          plans: [
            { start: "2023-05-19", end: "2023-09-01" },
            { start: "2023-08-01", end: "2023-10-01" },
          ],
        },
      ),
    ],
  ],
  ["8730", 2023, [good({}, { plans: [{ start: "2023-05-19", previous: "" }] })]],
  ["8730", 2023, [good({}, { plans: [{ start: "2023-05-19", previous: "-1" }] })]],
  ["2885", 2023, [good({}, { plans: [{ start: "2023-05-22" }] })]],
  ["8905", 2023, [good({}, { plans: [{ start: "2023-05-19", initial: "XYZ" }] })]],
  ["8910", 2023, [good({}, { plans: [{ start: "2023-05-19", latest: "" }] })]],
];

async function findings(year: number, children: GenChild[], referenceDate?: string) {
  const r = await processCinCensus(
    source(cinCensusXml({ year, children, ...(referenceDate ? { referenceDate } : {}) })),
  );
  expect(r.problems).toEqual([]);
  return r.findings;
}

/** The base child moved into `year` (every date shifted by whole years). */
function goodIn(year: number): GenChild {
  const shift = (d?: string) => (d === undefined ? d : `${Number(d.slice(0, 4)) + year - 2023}${d.slice(4)}`);
  const text = JSON.stringify(good()).replace(/"(20\d\d-\d\d-\d\d)"/g, (_m, d: string) => `"${shift(d)}"`);
  return JSON.parse(text) as GenChild;
}

describe("CIN rules", () => {
  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025])("a clean child passes every rule in %i", async (year) => {
    expect(await findings(year, [goodIn(year)])).toEqual([]);
  });

  it.each(FAILING)("%s fails (census %i)", async (code, year, children) => {
    const found = await findings(year, children);
    const mine = found.filter((f) => f.code === code);
    expect(mine.length).toBeGreaterThan(0);
    const spec = CIN_RULES.find((r) => r.code === code && ruleInForce(r, year));
    for (const f of mine) {
      expect(f.severity).toBe(code.endsWith("Q") ? "query" : "error");
      expect(f.severity).toBe(spec?.severity);
      expect(f.kind).toBe("cin");
      expect(f.message.startsWith(spec?.message.replace(/\.$/, "") ?? "?")).toBe(true);
      expect(f.where.file).toBe("cin.xml");
      expect(f.where.line).toBeGreaterThan(0);
      expect(f.where.element).toBeTruthy();
      expect(Object.keys(f.values).length).toBeGreaterThan(0);
    }
  });

  it("tests every rule it lists", () => {
    const tested = new Set(FAILING.map(([code]) => code).concat("100"));
    expect(CIN_RULES.map((r) => r.code).filter((c) => !tested.has(c))).toEqual([]);
  });

  it("names the child, the element, the value and the line", async () => {
    const children = [good({ id: "K7" }, { referral: "2024-04-02" })];
    const text = cinCensusXml({ year: 2023, children });
    const r = await processCinCensus(source(text));
    const f = r.findings.find((x) => x.code === "8600");
    expect(f).toEqual({
      code: "8600",
      kind: "cin",
      severity: "error",
      child: "K7",
      where: {
        file: "cin.xml",
        line: text.split("\n").findIndex((l) => l.includes("2024-04-02")) + 1,
        element: "CINdetails/CINreferralDate",
      },
      fields: ["CINreferralDate"],
      values: { CINreferralDate: "2024-04-02" },
      message:
        "Child referral date missing or after data collection period: CINreferralDate is 2024-04-02, after the census ends on 2024-03-31.",
    });
  });

  it("100: the ReferenceDate must be 31 March", async () => {
    expect((await findings(2023, [good()], "2024-03-30")).map((f) => f.code)).toContain("100");
    expect((await findings(2023, [good()])).map((f) => f.code)).not.toContain("100");
  });

  it("applies a rule only in its years", async () => {
    const old = good(
      {},
      {
        referral: "2019-05-01",
        assessments: [{ start: "2019-05-02", authorised: "2019-06-01", factors: ["18A"] }],
        section47s: [],
        plans: [],
      },
    );
    expect((await findings(2019, [old])).map((f) => f.code)).toEqual([]);
    expect(CIN_RULES.filter((r) => r.code === "4180").map((r) => r.fields)).toEqual([["GenderCurrent"], ["Sex"]]);
  });

  it("keeps queries apart from errors", () => {
    const queries = CIN_RULES.filter((r) => r.severity === "query").map((r) => r.code);
    expect(queries.every((c) => c.endsWith("Q"))).toBe(true);
    expect(CIN_RULES.filter((r) => r.severity === "error").every((r) => !r.code.endsWith("Q"))).toBe(true);
  });

  it("checkCinCensus gives the same findings as the streaming pass", async () => {
    const census = { year: 2023, children: [good(), good({ id: "H2" }, { need: "N12" })] };
    const { header, children } = await readClean(census);
    const streamed = await processCinCensus(source(cinCensusXml(census)));
    expect(checkCinCensus("cin.xml", header, children)).toEqual(streamed.findings);
  });

  it.each([
    [
      "a referral on the day the last episode closed",
      [{ ...EPISODE, ...closed }, { referral: "2023-09-01" }],
      "8820",
      false,
    ],
    ["an open NFA episode does not count as open", [EPISODE, { referral: "2023-12-01", nfa: "1" }], "8815", false],
  ] as [string, GenEpisode[], string, boolean][])("%s", async (_what, episodes, code, fails) => {
    const codes = (await findings(2023, [good({ episodes })])).map((f) => f.code);
    expect(codes.includes(code)).toBe(fails);
  });
});
