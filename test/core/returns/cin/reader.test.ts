import { cinCensusXml, cinChildXml, cinHeaderXml, CIN_FOOTER_XML } from "../../../../support/returns/cin-generator";
import { processCinCensus, readCinCensus } from "../../../../src/core/returns/cin";
import { isoFromSerial } from "../../../../src/core/dates";
import { source } from "./helpers";

const FULL = cinCensusXml({
  year: 2022,
  children: [
    {
      id: "A1",
      upn: "A123456789012",
      birth: "2015-03-27",
      episodes: [
        {
          referral: "2022-05-03",
          closure: "2023-01-10",
          reason: "RC1",
          assessments: [
            { start: "2022-05-04", review: "2022-05-20", authorised: "2022-06-01", factors: ["1A", "18B"] },
          ],
          cinPlans: [{ start: "2022-06-02", end: "2022-07-01" }],
          section47s: [{ start: "2022-07-02", target: "2022-07-20", icpc: "2022-07-19" }],
          plans: [
            {
              start: "2022-07-19",
              end: "2023-01-10",
              initial: "EMO",
              latest: "PHY",
              previous: "1",
              reviews: ["2022-10-01"],
            },
          ],
        },
      ],
    },
    { id: "B2", birth: "2010-01-01", episodes: [{ referral: "2023-03-31", nfa: "true" }] },
  ],
});

describe("readCinCensus", () => {
  it("reads the header and every element of a child (2022-23 structure)", async () => {
    const r = await readCinCensus(source(FULL), { keepChildren: true });
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.header?.year.startYear).toBe(2022);
    expect(isoFromSerial(r.header?.start ?? 0)).toBe("2022-04-01");
    expect(r.header?.referenceDate.text).toBe("2023-03-31");
    expect(r.header?.la).toBe("999");
    expect(r.childCount).toBe(2);
    const [a, b] = r.children;
    expect(a?.id).toBe("A1");
    expect(a?.upn?.text).toBe("A123456789012");
    expect(a?.genderCurrent?.text).toBe("2");
    const e = a?.episodes[0];
    expect(e?.referralDate?.text).toBe("2022-05-03");
    expect(e?.referralDate?.serial).toBe(44684); // 3 May 2022 as an Excel date serial
    expect(e?.reasonForClosure?.text).toBe("RC1");
    expect(e?.assessments[0]?.factors.map((f) => f.text)).toEqual(["1A", "18B"]);
    expect(e?.assessments[0]?.internalReviewDate?.text).toBe("2022-05-20");
    expect(e?.cinPlans[0]?.endDate?.text).toBe("2022-07-01");
    expect(e?.section47s[0]?.icpcDate?.text).toBe("2022-07-19");
    expect(e?.section47s[0]?.icpcNotRequired?.text).toBe("false");
    const p = e?.plans[0];
    expect([p?.initialCategory?.text, p?.latestCategory?.text, p?.previousPlans?.text]).toEqual(["EMO", "PHY", "1"]);
    expect(p?.reviews.map((x) => x.text)).toEqual(["2022-10-01"]);
    expect(b?.episodes[0]?.referralNfa?.text).toBe("true");
    // Lines: the first child's referral date is on its own line of the file.
    const line = FULL.split("\n").findIndex((l) => l.includes("<CINreferralDate>2022-05-03")) + 1;
    expect(e?.referralDate?.line).toBe(line);
  });

  it("takes the census year from ReferenceDate, not from Year or the file's name", async () => {
    const text = cinCensusXml({ year: 2020, children: [] }).replace("<Year>2021</Year>", "<Year>2030</Year>");
    const r = await readCinCensus(source(text, undefined, "CIN_2024.xml"));
    expect(r.header?.year.startYear).toBe(2020);
  });

  it("hands each child on as its element closes, without keeping it", async () => {
    const seen: string[] = [];
    const r = await readCinCensus(source(FULL, 7), { onChild: (c, h) => seen.push(`${c.id}/${h.year.startYear}`) });
    expect(seen).toEqual(["A1/2022", "B2/2022"]);
    expect(r.children).toEqual([]);
    expect(r.childCount).toBe(2);
  });

  it.each([1, 2, 3, 5, 13, 64, 997])("gives the same result whatever the chunk size (%i)", async (size) => {
    const whole = await processCinCensus(source(FULL));
    const split = await processCinCensus(source(FULL, size));
    expect(split.figures).toEqual(whole.figures);
    expect(split.findings).toEqual(whole.findings);
    const kept = await readCinCensus(source(FULL, size), { keepChildren: true });
    expect(kept.children).toEqual((await readCinCensus(source(FULL), { keepChildren: true })).children);
  });

  it("reads chunks from an async iterable", async () => {
    async function* chunks() {
      for (let i = 0; i < FULL.length; i += 100) yield FULL.slice(i, i + 100);
    }
    const r = await readCinCensus({ name: "cin.xml", chunks: chunks() });
    expect(r.childCount).toBe(2);
  });
});

describe("readCinCensus refuses what is not a census, with one clear problem", () => {
  const child = cinChildXml({ id: "C9", episodes: [{ referral: "2022-05-03" }] }, 2022);
  it.each([
    [
      "malformed XML",
      cinHeaderXml({ year: 2022 }) + child.replace("</CINdetails>", "</CINdetail>") + CIN_FOOTER_XML,
      "malformed-xml",
      /line 2\d: the file is not well-formed XML near <\w+> \(in child C9\), so it cannot be read: unexpected close tag/,
    ],
    ["unclosed file", cinHeaderXml({ year: 2022 }) + child, "malformed-xml", /not well-formed XML/],
    [
      "an entity bomb",
      '<?xml version="1.0"?>\n<!DOCTYPE Message [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<Message>&b;</Message>',
      "entity-declaration",
      /declares XML entities/,
    ],
    ["another root", "<Return><Header/></Return>", "not-a-cin-census", /starts with <Return>, not <Message>/],
    [
      "another collection",
      cinCensusXml({ year: 2022, collection: "SSDA903", children: [] }),
      "not-a-cin-census",
      /collection is "SSDA903", not CIN/,
    ],
    [
      "no header",
      "<Message><Children>" + child + "</Children></Message>",
      "not-a-cin-census",
      /comes before the census header/,
    ],
    [
      "a bad ReferenceDate",
      cinCensusXml({ year: 2022, referenceDate: "31/03/2023", children: [] }),
      "bad-reference-date",
      /"31\/03\/2023", which is not a date/,
    ],
    ["an empty file", "", "malformed-xml", /not well-formed/],
  ])("%s", async (_what, text, code, message) => {
    const r = await readCinCensus(source(text, 11, "upload.xml"));
    const fatal = r.problems.filter((p) => p.level === "fatal");
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.code).toBe(code);
    expect(fatal[0]?.message).toMatch(message);
    expect(fatal[0]?.message).toMatch(/^upload\.xml/);
    expect(fatal[0]?.where.line).toBeGreaterThan(0);
  });

  it("never expands an entity: the bomb is refused before its first reference", async () => {
    const text = '<!DOCTYPE m [<!ENTITY x "y">]><Message>' + "&x;".repeat(1000) + "</Message>";
    const r = await processCinCensus(source(text));
    expect(r.problems.map((p) => p.code)).toEqual(["entity-declaration"]);
    expect(r.figures).toEqual([]);
  });

  it("reports text where a date belongs, naming the child, element and line, and reads on", async () => {
    const text = cinCensusXml({
      year: 2022,
      children: [
        {
          id: "D4",
          episodes: [{ referral: "3rd May", assessments: [{ start: "2022-05-04", authorised: "2022-13-01" }] }],
        },
      ],
    });
    const r = await readCinCensus(source(text), { keepChildren: true });
    expect(r.problems.map((p) => [p.code, p.level, p.child, p.where.element])).toEqual([
      ["bad-date", "skipped", "D4", "CINdetails/CINreferralDate"],
      ["bad-date", "skipped", "D4", "CINdetails/Assessments/AssessmentAuthorisationDate"],
    ]);
    expect(r.problems[0]?.message).toMatch(
      /child D4 has "3rd May" in CINdetails\/CINreferralDate, which is not a date/,
    );
    expect(r.problems[0]?.where.line).toBe(text.split("\n").findIndex((l) => l.includes("3rd May")) + 1);
    expect(r.children[0]?.episodes[0]?.referralDate?.serial).toBeUndefined();
  });
});
