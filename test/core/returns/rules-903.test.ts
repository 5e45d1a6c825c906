import type { ChildSpec } from "../../../support/returns-903";
import { RULE_SPECS_903 } from "../../../src/core/returns";
import { analysed, FORMS } from "./helpers";

const child = (over: Partial<ChildSpec> = {}): ChildSpec => ({
  id: "K",
  dob: "01/01/2010",
  episodes: [{ decom: "01/05/2017" }],
  ...over,
});

/** [code, failing return, passing return, last year's return?, last year's for the passing one (default the same)?] */
type Case = [string, ChildSpec[], ChildSpec[], ChildSpec[]?, ChildSpec[]?];

const CASES: Case[] = [
  ["101", [child({ sex: "3" })], [child({ sex: "2" })]],
  ["102", [child({ dob: "31/13/2010" })], [child({ dob: "31/12/2010" })]],
  ["103", [child({ ethnic: "XXXX" })], [child({ ethnic: "WIRI" })]],
  [
    "104",
    [child({ dob: "01/01/2005", uasc: { duc: "01/01/23" } })],
    [child({ dob: "01/01/2005", uasc: { duc: "01/01/2023" } })],
  ],
  ["141", [child({ episodes: [{ decom: "2017/05/01" }] })], [child()]],
  [
    "143",
    [child({ episodes: [{ decom: "01/05/2017", rne: "Q" }] })],
    [child({ episodes: [{ decom: "01/05/2017", rne: "T" }] })],
  ],
  [
    "144",
    [child({ episodes: [{ decom: "01/05/2017", ls: "C9" }] })],
    [child({ episodes: [{ decom: "01/05/2017", ls: "E1" }] })],
  ],
  [
    "147",
    [child({ episodes: [{ decom: "01/05/2017", dec: "32/05/2017" }] })],
    [child({ episodes: [{ decom: "01/05/2017", dec: "31/05/2017" }] })],
  ],
  [
    "149",
    [child({ episodes: [{ decom: "01/05/2017", dec: "31/05/2017", rec: "E99" }] })],
    [child({ episodes: [{ decom: "01/05/2017", dec: "31/05/2017", rec: "E13" }] })],
  ],
  [
    "142",
    [child({ episodes: [{ decom: "01/05/2017" }, { decom: "01/06/2017", rne: "P" }] })],
    [
      child({
        episodes: [
          { decom: "01/05/2017", dec: "01/06/2017", rec: "X1" },
          { decom: "01/06/2017", rne: "P" },
        ],
      }),
    ],
  ],
  [
    "501",
    [
      child({
        episodes: [
          { decom: "01/05/2017", dec: "10/06/2017", rec: "X1" },
          { decom: "01/06/2017", rne: "P" },
        ],
      }),
    ],
    [
      child({
        episodes: [
          { decom: "01/05/2017", dec: "01/06/2017", rec: "X1" },
          { decom: "01/06/2017", rne: "P" },
        ],
      }),
    ],
  ],
  ["354", [child({ episodes: [{ decom: "01/04/2018" }] })], [child({ episodes: [{ decom: "31/03/2018" }] })]],
  [
    "385",
    [child({ episodes: [{ decom: "01/05/2017", dec: "01/04/2018" }] })],
    [child({ episodes: [{ decom: "01/05/2017", dec: "31/03/2018" }] })],
  ],
  [
    "356",
    [child({ episodes: [{ decom: "01/05/2017", dec: "30/04/2017" }] })],
    [child({ episodes: [{ decom: "01/05/2017", dec: "01/05/2017" }] })],
  ],
  [
    "365",
    [child({ episodes: [{ decom: "01/05/2017", ls: "V3", dec: "19/05/2017" }] })],
    [child({ episodes: [{ decom: "01/05/2017", ls: "V3", dec: "18/05/2017" }] })],
  ],
  [
    "367",
    [
      child({
        episodes: Array.from({ length: 5 }, (_, i) => ({
          decom: `01/0${i + 4}/2017`,
          ls: "V3",
          dec: `17/0${i + 4}/2017`,
        })),
      }),
    ],
    [
      child({
        episodes: Array.from({ length: 4 }, (_, i) => ({
          decom: `01/0${i + 4}/2017`,
          ls: "V3",
          dec: `17/0${i + 4}/2017`,
        })),
      }),
    ],
  ],
  ["303", [], []], // the XML-only case is below
  [
    "304",
    [child({ dob: "01/01/2005", uasc: { duc: "02/01/2023" } })],
    [child({ dob: "01/01/2005", uasc: { duc: "01/01/2023" } })],
  ],
  [
    "502",
    [child({ episodes: [{ decom: "02/03/2017" }] })],
    [child({ episodes: [{ decom: "01/03/2017" }] })],
    [child({ episodes: [{ decom: "01/03/2017" }] })],
  ],
  [
    "NoE",
    [child({ episodes: [{ decom: "01/03/2017" }] })],
    [child({ episodes: [{ decom: "01/03/2017" }] })],
    [child({ id: "L" })],
    [child({ episodes: [{ decom: "01/03/2017" }] })],
  ],
  [
    "205A",
    [child({ dob: "01/01/2005" })],
    [child({ dob: "01/01/2005" })],
    [child({ dob: "01/01/2005", uasc: { duc: "01/01/2023" } })],
    [child({ dob: "01/01/2005", uasc: { duc: "01/06/2016" } })],
  ],
  [
    "205B",
    [child({ dob: "01/01/2005", uasc: { duc: "01/06/2022" } })],
    [child({ dob: "01/01/2005", uasc: { duc: "01/01/2023" } })],
    [child({ dob: "01/01/2005", uasc: { duc: "01/01/2023" } })],
  ],
  [
    "205D",
    [child({ dob: "01/01/2005", uasc: { duc: "01/01/2023" } })],
    [child({ dob: "01/01/2005", uasc: { duc: "01/01/2023" } })],
    [child({ dob: "01/01/2005" })],
    [child({ dob: "01/01/2005", uasc: { duc: "01/01/2023" } })],
  ],
  ["INT03", [child({ noHeader: true })], [child()]],
  [
    "INT09",
    [child({ noHeader: true, episodes: [], uasc: { duc: "01/01/2023" }, dob: "01/01/2005" })],
    [child({ dob: "01/01/2005", uasc: { duc: "01/01/2023" } })],
  ],
];

describe.each(FORMS)("903 rules (%s)", (form) => {
  const applicable = CASES.filter(([code, fail]) => fail.length > 0 && !(form === "xml" && code.startsWith("INT"))).map(
    ([code, failing, passing, previous, previousPassing]) => ({ code, failing, passing, previous, previousPassing }),
  );
  it.each(applicable)(
    "$code fails, naming the child and the field, and passes when fixed",
    async ({ code, failing, passing, previous, previousPassing }) => {
      const bad = await analysed(failing, form, previous ? { previous } : {});
      const found = [...bad.findings.errors, ...bad.findings.queries].filter((f) => f.code === code);
      expect(found.length).toBeGreaterThan(0);
      const spec = RULE_SPECS_903.find((s) => s.code === code);
      expect(found[0]).toMatchObject({ child: "K", kind: "ssda903", severity: spec?.severity });
      expect(found[0]?.message.startsWith(spec?.message ?? "?")).toBe(true);
      expect(found[0]?.where.file).toEqual(form === "csv" ? expect.stringMatching(/\.csv$/) : "return.xml");
      expect(spec?.fields).toEqual(expect.arrayContaining([expect.any(String)]));
      const before = previousPassing ?? previous;
      const good = await analysed(passing, form, before ? { previous: before } : {});
      expect([...good.findings.errors, ...good.findings.queries].filter((f) => f.code === code)).toEqual([]);
    },
  );
});

it("the 2017-18 CSV layout has no UASC flag, so rule 303 is the XML's: DUC given with UASC not 1", async () => {
  const { read903, analyse903 } = await import("../../../src/core/returns");
  const xml =
    "<EXPSSDA903><CHILD><HEADER><CHILDID>K</CHILDID><SEX>1</SEX><DOB>01/01/2005</DOB><ETHNIC>WBRI</ETHNIC><UASC>0</UASC><DUC>01/01/2023</DUC></HEADER>" +
    "<EPISODE><DECOM>01/05/2017</DECOM><RNE>S</RNE><LS>C2</LS><DEC /><REC /></EPISODE></CHILD></EXPSSDA903>";
  const a = analyse903(await read903([{ name: "r.xml", chunks: [xml] }]), { year: { kind: "year", startYear: 2017 } });
  expect(a.findings.errors.map((f) => f.code)).toEqual(["303"]);
  expect(a.figures.find((f) => f.id === "uasc_looked_after")?.value).toBe(0);
});

it("every rule as data has DfE's code, wording and fields", () => {
  expect(new Set(RULE_SPECS_903.map((s) => s.code)).size).toBe(RULE_SPECS_903.length);
  for (const s of RULE_SPECS_903) {
    expect(s.message.length).toBeGreaterThan(10);
    expect(s.fields.length).toBeGreaterThan(0);
  }
});

it("rule 105 is in force from 2018-19 only (year range as data)", async () => {
  const a = await analysed([child()], "csv", { year: { kind: "year", startYear: 2017 } });
  expect(a.findings.errors).toEqual([]);
});

describe("rules that read the XML form's UASC item", () => {
  const xml = (
    header: string,
    episodes = "<EPISODE><DECOM>01/05/2018</DECOM><RNE>S</RNE><LS>C2</LS><DEC /><REC /></EPISODE>",
  ) =>
    `<EXPSSDA903><CHILD><HEADER><CHILDID>K</CHILDID><SEX>1</SEX><DOB>01/01/2005</DOB><ETHNIC>WBRI</ETHNIC>${header}</HEADER>${episodes}</CHILD></EXPSSDA903>`;
  const run = async (now: string, last?: string) => {
    const { read903, analyse903 } = await import("../../../src/core/returns");
    const previous = last ? await read903([{ name: "last.xml", chunks: [last] }]) : undefined;
    const a = analyse903(await read903([{ name: "r.xml", chunks: [now] }]), {
      year: { kind: "year", startYear: 2018 },
      ...(previous ? { previous } : {}),
    });
    return a.findings.errors.map((f) => f.code);
  };
  it.each([
    ["105 fails for a UASC code not 0 or 1 (2018-19 on)", xml("<UASC>Y</UASC>"), undefined, ["105"]],
    ["105 passes for 0", xml("<UASC>0</UASC>"), undefined, []],
    ["303 passes for UASC 1 with a DUC", xml("<UASC>1</UASC><DUC>01/01/2023</DUC>"), undefined, []],
    [
      "205C fails: not UASC either year, DUC given",
      xml("<UASC>0</UASC><DUC>01/01/2023</DUC>"),
      xml("<UASC>0</UASC>"),
      ["205C", "303"],
    ],
    [
      "205C passes: UASC last year",
      xml("<UASC>1</UASC><DUC>01/01/2023</DUC>"),
      xml("<UASC>1</UASC><DUC>01/01/2023</DUC>"),
      [],
    ],
  ])("%s", async (_name, now, last, expected) => {
    expect((await run(now, last)).sort()).toEqual(expected);
  });
});

it("INT32: a child twice in Header is reported at the second row", async () => {
  const { read903, analyse903 } = await import("../../../src/core/returns");
  const header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nK,1,01/01/2010,WBRI,,,\nK,1,01/01/2010,WBRI,,,\n";
  const a = analyse903(await read903([{ name: "h.csv", chunks: [header] }]), {
    year: { kind: "year", startYear: 2017 },
  });
  expect(a.findings.errors.map((f) => [f.code, f.where.row])).toEqual([["INT32", 3]]);
});
