import type { ChildSpec } from "../../../support/returns-903";
import { analysed, FORMS, value } from "./helpers";

/** Children around the definitions' edges, in 2017-18 (1 April 2017 to 31 March 2018). */
const CHILDREN: ChildSpec[] = [
  { id: "A", dob: "01/01/2010", episodes: [{ decom: "01/04/2017" }] }, // starts on 1 April
  { id: "B", dob: "01/01/2010", episodes: [{ decom: "01/01/2017", dec: "31/03/2017" }] }, // ceased on 31 March before
  { id: "C", dob: "01/01/2010", episodes: [{ decom: "31/03/2018" }] }, // starts on 31 March
  { id: "D", dob: "01/01/2010", episodes: [{ decom: "01/02/2017", dec: "31/03/2018" }] }, // ceases on 31 March
  {
    id: "E",
    dob: "01/01/2010",
    episodes: [
      { decom: "01/05/2016", dec: "01/07/2017", rec: "X1" },
      { decom: "01/07/2017", rne: "P" },
    ],
  }, // two episodes, one period of care
  { id: "F", dob: "01/01/2010", episodes: [{ decom: "01/04/2016", ls: "V3" }] }, // short break
  {
    id: "G",
    dob: "01/01/2010",
    episodes: [
      { decom: "01/06/2017", ls: "V4", dec: "10/06/2017", rec: "X1" },
      { decom: "10/06/2017", rne: "L" },
    ],
  }, // short breaks, then care
  { id: "Q", dob: "01/01/2010", episodes: [{ decom: "30/06/2017", dec: "01/10/2017" }] }, // quarter ends
  { id: "H", dob: "01/01/2002", uasc: { duc: "30/09/2017" }, episodes: [{ decom: "01/01/2017" }] }, // UASC ceases 30 Sep
  { id: "I", dob: "31/12/1999", uasc: { duc: "31/12/2017" }, episodes: [{ decom: "01/01/2017" }] }, // 18 on 31 Dec
];

describe.each(FORMS)("903 figures by DfE's definitions (%s)", (form) => {
  const cases: [string, string, number][] = [
    ["cla", "2017-03-31", 4],
    ["cla", "2017-06-30", 7],
    ["cla", "2017-09-30", 7],
    ["cla", "2017-12-31", 6],
    ["cla", "2018-03-31", 6],
    ["uasc_looked_after", "2017-03-31", 2],
    ["uasc_looked_after", "2017-06-30", 2],
    ["uasc_looked_after", "2017-09-30", 1],
    ["uasc_looked_after", "2017-12-31", 0],
    ["uasc_looked_after", "2018-03-31", 0],
    ["cla_started", "2017-18", 4],
    ["cla_ceased", "2017-18", 2],
  ];
  it.each(cases)("%s %s is %d", async (id, when, expected) => {
    expect(value(await analysed(CHILDREN, form), id, when)).toBe(expected);
  });

  it("counts a child twice started in the year once", async () => {
    const a = await analysed(
      [
        {
          id: "R",
          dob: "01/01/2010",
          episodes: [
            { decom: "01/05/2017", dec: "01/06/2017" },
            { decom: "01/08/2017", dec: "01/09/2017" },
          ],
        },
      ],
      form,
    );
    expect([value(a, "cla_started"), value(a, "cla_ceased")]).toEqual([1, 1]);
  });

  it("tells the collection year from the episodes' dates when not given", async () => {
    const { read903, analyse903 } = await import("../../../src/core/returns");
    const { sources, made } = await import("./helpers");
    const a = analyse903(await read903(sources(made(CHILDREN, form))));
    expect(a.year).toEqual({ kind: "year", startYear: 2017 });
    expect(value(a, "cla", "2018-03-31")).toBe(6);
  });
});

it("both forms give the same figures", async () => {
  const [csv, xml] = await Promise.all(FORMS.map((f) => analysed(CHILDREN, f)));
  expect(xml?.figures).toEqual(csv?.figures);
});
