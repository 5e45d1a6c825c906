import { analyseReturns, councilWords, type ReturnReader } from "../../../src/core/returns";
import type { BenchmarkDataset } from "../../../src/core/benchmarks";
import { formatPeriod } from "../../../src/core/dates";
import type { PerformanceData } from "../../../src/core/workbook";
import { csv903, xml903, type ChildSpec } from "../../../support/returns-903";
import { cinCensusXml } from "../../../support/returns/cin-generator";
import { sources } from "./helpers";

const CHILDREN: ChildSpec[] = [
  { id: "A1", dob: "01/01/2010", episodes: [{ decom: "01/02/2017" }] },
  { id: "A2", dob: "01/01/2005", episodes: [{ decom: "01/05/2017", dec: "01/03/2018", rec: "E11" }] },
  { id: "U1", dob: "01/01/2002", uasc: { duc: "" }, episodes: [{ decom: "10/04/2017" }] },
];
const CENSUS = { name: "census.xml", text: "<?xml version='1.0'?>\n<Message><Header/></Message>\n" };
const OTHER = { name: "notes.xml", text: "<root/>" };

describe("analysing the officer's files in one step", () => {
  it("routes the 903 tables by content and gives the year, figures and findings", async () => {
    const a = await analyseReturns(sources(csv903(CHILDREN)));
    expect(a.problems).toEqual([]);
    expect(a.returns.map((r) => [r.kind, r.name, r.files, r.year && formatPeriod(r.year)])).toEqual([
      ["ssda903", "SSDA903 return", ["header.csv", "episodes.csv", "uasc.csv"], "2017-18"],
    ]);
    const cla = a.returns[0]?.figures.filter((f) => f.id === "cla").map((f) => f.value);
    expect(cla).toEqual([1, 3, 3, 3, 2]);
  });

  it("a census file goes to the census reader (built in, replaceable); other XML is a problem", async () => {
    const seen: string[] = [];
    const cin: ReturnReader = async ({ sources: s }) => {
      for (const src of s) seen.push(src.name);
      return { figures: [], findings: { errors: [], queries: [] }, problems: [] };
    };
    const withReader = await analyseReturns(sources([{ name: "r.xml", text: xml903(CHILDREN) }, CENSUS]), {
      readers: { cin },
    });
    expect(withReader.returns.map((r) => [r.kind, r.name])).toEqual([
      ["ssda903", "r.xml"],
      ["cin", "census.xml"],
    ]);
    expect(seen).toEqual(["census.xml"]);
    const other = await analyseReturns(sources([OTHER]));
    expect(other.returns).toEqual([]);
    expect(other.problems.map((p) => [p.code, p.where.file, p.level])).toEqual([
      ["not-a-return", "notes.xml", "fatal"],
    ]);
  });

  it("reads the census with the built-in reader: its year, figures and, only when asked, the Assessment Log rows", async () => {
    const census = {
      name: "cin.xml",
      text: cinCensusXml({
        year: 2023,
        children: [
          {
            id: "C1",
            birth: "2015-01-01",
            episodes: [
              {
                referral: "2023-05-01",
                assessments: [{ start: "2023-05-02", authorised: "2023-06-01", factors: ["1B"] }],
              },
            ],
          },
        ],
      }),
    };
    const a = await analyseReturns(sources([census]));
    const r = a.returns[0];
    expect([r?.kind, r?.year && formatPeriod(r.year)]).toEqual(["cin", "2023-24"]);
    expect(r?.figures.find((f) => f.id === "assessments_completed")?.value).toBe(1);
    expect(r?.assessmentLog).toBeUndefined();
    const logged = await analyseReturns(sources([census]), { assessmentLog: true });
    expect(logged.returns[0]?.assessmentLog?.map((x) => x.childId)).toEqual(["C1"]);
  });

  it.each([
    ["two census files", [CENSUS, { ...CENSUS, name: "again.xml" }], [], "several-censuses", "fatal"],
    [
      "last year's census unreadable",
      [CENSUS],
      [{ name: "old.xml", text: "<Message><Hea" }],
      "malformed-xml",
      "skipped",
    ],
  ] as const)("%s", async (_n, now, last, code, level) => {
    const a = await analyseReturns(sources(now), { previous: sources(last) });
    expect(a.returns[0]?.problems.map((p) => [p.code, p.level])).toContainEqual([code, level]);
  });

  it("reconciles every return's figures with the workbook", async () => {
    const data = {
      lookedAfter: [{ period: { kind: "year", startYear: 2017 }, lookedAfter: 2 }],
      uasc: [],
    } as unknown as PerformanceData;
    const a = await analyseReturns(sources(csv903(CHILDREN)), { workbook: { data, name: "book" } });
    const row = a.reconciliation.find(
      (r) => r.figure.id === "cla" && r.period?.kind === "year" && r.period.startYear === 2017,
    );
    expect(row).toMatchObject({ status: "agrees", workbook: { value: 2 } });
  });

  it("last year's unreadable files do not stop this year's analysis; the officer is told", async () => {
    const a = await analyseReturns(sources(csv903(CHILDREN)), {
      previous: [{ name: "old.csv", chunks: ["CHILD,NOTHING\n1,2\n"] }],
    });
    const r = a.returns[0];
    expect(r?.figures.length).toBeGreaterThan(0);
    expect(r?.problems.map((p) => [p.level, p.message.startsWith("Last year's return: ")])).toEqual([
      ["skipped", true],
    ]);
  });
});

describe("the council DfE's published figures are compared for", () => {
  const Y = { kind: "year", startYear: 2023 } as const;
  const DFE: BenchmarkDataset = {
    version: 1,
    firstYear: 2023,
    years: 1,
    neighbourModel: "m",
    licence: "OGL",
    sources: [],
    areas: [
      { code: "850", kind: "la", name: "Hampshire", ons: "E10000014" },
      { code: "851", kind: "la", name: "Portsmouth", ons: "E06000044" },
      { code: "E12000008", kind: "region", name: "South East", ons: "E12000008" },
    ],
    series: { referrals: { "850": [1], "851": [7] } },
  };
  const census = (lea?: string) => ({
    name: "cin.xml",
    text: cinCensusXml({
      year: 2023,
      ...(lea !== undefined ? { lea } : {}),
      children: [{ id: "C1", birth: "2015-01-01", episodes: [{ referral: "2023-05-01" }] }],
    }),
  });
  const given = { data: DFE, council: "850", councilName: "Hampshire", from: "given by --la 850" };
  const referrals = (a: Awaited<ReturnType<typeof analyseReturns>>) =>
    a.reconciliation.find((r) => r.figure.id === "referrals" && r.period?.kind === Y.kind)?.published?.value;

  it.each([
    // [case, header LEA, council given, loader, council used (code, from), DfE's referrals, warning]
    [
      "the census header names it when none is given",
      "850",
      undefined,
      true,
      ["850", /census header \(cin\.xml, Source\/LEA 850\)/],
      1,
      undefined,
    ],
    ["the council given wins over the header, which agrees", "850", given, true, ["850", /--la 850/], 1, undefined],
    [
      "the council given wins; a header naming another is warned of",
      "851",
      given,
      true,
      ["850", /--la 850/],
      1,
      /names Portsmouth \(LA 851\), but DfE's figures are compared for Hampshire/,
    ],
    [
      "a header LEA DfE does not list: not compared, and said",
      "999",
      undefined,
      true,
      undefined,
      undefined,
      /LA "999", which is not a council in DfE's published figures/,
    ],
    ["no loader (nothing to compare with): nothing", "850", undefined, false, undefined, undefined, undefined],
  ] as const)("%s", async (_n, lea, published, loads, used, value, warning) => {
    let loaded = 0;
    const a = await analyseReturns(sources([census(lea)]), {
      ...(published ? { published } : {}),
      ...(loads
        ? {
            loadPublished: async () => {
              loaded++;
              return DFE;
            },
          }
        : {}),
    });
    expect(a.returns[0]?.council).toBe(lea);
    expect(a.council ? [a.council.code, a.council.from] : undefined).toEqual(
      used ? [used[0], expect.stringMatching(used[1])] : undefined,
    );
    expect(referrals(a)).toBe(value);
    expect(a.councilWarning).toEqual(warning ? expect.stringMatching(warning) : undefined);
    // DfE's dataset is loaded only when the header must decide.
    expect(loaded).toBe(loads && !published ? 1 : 0);
  });

  it("says which council and where it came from in one sentence", async () => {
    const a = await analyseReturns(sources([census("850")]), { loadPublished: async () => DFE });
    expect(a.council && councilWords(a.council)).toBe(
      "DfE's published figures are for Hampshire (LA 850), the council named in the census header (cin.xml, Source/LEA 850).",
    );
  });
});
