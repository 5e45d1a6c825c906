import { cinCensusXml, type GenChild } from "../../../../support/returns/cin-generator";
import { readCinCensus } from "../../../../src/core/returns/cin";
import { source } from "./helpers";

const child = (year: number, extra: Partial<GenChild> = {}): GenChild => ({
  id: "Y1",
  birth: "2015-01-01",
  episodes: [{ referral: `${year}-05-01`, cinPlans: [{ start: `${year}-06-01` }] }],
  ...extra,
});

describe("each census year's structure", () => {
  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025])("reads %i with its own elements and no notes", async (year) => {
    const r = await readCinCensus(source(cinCensusXml({ year, children: [child(year)] })), { keepChildren: true });
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual([]);
    const c = r.children[0];
    expect(c?.episodes[0]?.cinPlans.length).toBe(year >= 2021 ? 1 : 0);
    expect(c?.sex?.text).toBe(year >= 2024 ? "F" : undefined);
    expect(c?.genderCurrent?.text).toBe(year >= 2024 ? undefined : "2");
  });

  it.each<[string, number, string, RegExp]>([
    [
      "CINPlanDates before 2021-22",
      2020,
      "<CINPlanDates><CINPlanStartDate>2020-06-01</CINPlanStartDate></CINPlanDates>",
      /^CINdetails\/CINPlanDates is part of the census from 2021-22, not 2020-21; ignored \(first on line \d+, 2 times\)\.$/,
    ],
    [
      "a later module",
      2025,
      "<PreProceedingsandFGDM><Date>2025-06-01</Date></PreProceedingsandFGDM>",
      /^CINdetails\/PreProceedingsandFGDM is not an element of the 2025-26 census that this reader knows; ignored/,
    ],
  ])("ignores %s with a note, not an error", async (_what, year, extra, note) => {
    const text = cinCensusXml({
      year,
      children: [
        { id: "Y1", episodes: [{ referral: `${year}-05-01`, extra }] },
        { id: "Y2", episodes: [{ referral: `${year}-05-01`, extra }] },
      ],
    });
    const r = await readCinCensus(source(text), { keepChildren: true });
    expect(r.problems).toEqual([]);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(note);
    expect(r.notes[0]).toMatch(/2 times/);
    expect(r.children[0]?.episodes[0]?.cinPlans).toEqual([]);
  });

  it("Sex replaces GenderCurrent in 2024-25: the other one is noted and ignored", async () => {
    const sexIn2023 = await readCinCensus(
      source(cinCensusXml({ year: 2023, children: [child(2023, { extraIdentifiers: "<Sex>M</Sex>" })] })),
      { keepChildren: true },
    );
    expect(sexIn2023.notes[0]).toMatch(/^ChildIdentifiers\/Sex replaces GenderCurrent from 2024-25, not in 2023-24/);
    expect(sexIn2023.children[0]?.sex).toBeUndefined();
    const genderIn2024 = await readCinCensus(
      source(
        cinCensusXml({ year: 2024, children: [child(2024, { extraIdentifiers: "<GenderCurrent>1</GenderCurrent>" })] }),
      ),
      { keepChildren: true },
    );
    expect(genderIn2024.notes[0]).toMatch(/^ChildIdentifiers\/GenderCurrent was replaced by Sex in 2024-25/);
    expect(genderIn2024.children[0]?.genderCurrent).toBeUndefined();
  });

  it.each([
    [2017, 2019],
    [2027, 2025],
  ])("reads a %i census with the nearest structure it knows (%i), with a note", async (year, nearest) => {
    const r = await readCinCensus(source(cinCensusXml({ year, children: [] })));
    expect(r.header?.year.startYear).toBe(year);
    expect(r.notes[0]).toMatch(new RegExp(`read with the ${nearest}-\\d\\d structure`));
  });
});
