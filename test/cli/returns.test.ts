import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csv903, xml903, type ChildSpec } from "../../support/returns-903";
import { cinCensusXml, type GenChild } from "../../support/returns/cin-generator";
import { run, snapshot, tempDir } from "./helpers";

const CLEAN: ChildSpec[] = [
  { id: "A", dob: "01/01/2010", episodes: [{ decom: "01/04/2017" }] },
  { id: "B", dob: "01/01/2002", uasc: { duc: "01/01/2020" }, episodes: [{ decom: "01/01/2017", dec: "01/02/2018" }] },
];
const WITH_ERROR: ChildSpec[] = [
  ...CLEAN,
  {
    id: "C",
    dob: "01/01/2010",
    episodes: [
      { decom: "01/05/2017", dec: "10/06/2017", rec: "X1" },
      { decom: "01/06/2017", rne: "P" },
    ],
  },
];

/** A folder holding a made return's CSV tables. */
function folder(children: readonly ChildSpec[]): string {
  const dir = join(tempDir(), "return");
  mkdirSync(dir);
  for (const f of csv903(children)) writeFileSync(join(dir, f.name), f.text);
  return dir;
}

describe("csc-report returns", () => {
  it("--json prints the figures, findings and reconciliation; exit 0 without errors", async () => {
    const dir = folder(CLEAN);
    const before = snapshot(dir);
    const r = await run("returns", dir, "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.year).toBe("2017-18");
    expect(out.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "cla", date: "2018-03-31", value: 1 }),
        expect.objectContaining({ id: "cla", date: "2017-03-31", value: 1 }),
        expect.objectContaining({ id: "uasc_looked_after", date: "2017-12-31", value: 1 }),
        expect.objectContaining({ id: "cla_started", year: "2017-18", value: 1 }),
        expect.objectContaining({ id: "cla_ceased", year: "2017-18", value: 1 }),
      ]),
    );
    expect(out.figures.every((f: { definition: string }) => /DfE/.test(f.definition))).toBe(true);
    expect(out.findings).toEqual([]);
    expect(Array.isArray(out.reconciliation)).toBe(true);
    expect(snapshot(dir)).toEqual(before); // inputs are only read
  });

  it("exit 1 with errors; each finding names the rule, child, severity, file, row and field", async () => {
    const r = await run("returns", folder(WITH_ERROR), "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings).toEqual([
      expect.objectContaining({
        code: "501",
        child: "C",
        severity: "error",
        file: "episodes.csv",
        row: 5,
        field: "DECOM",
      }),
    ]);
  });

  it("the XML form gives the same figures as the CSV tables", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "return.xml"), xml903(WITH_ERROR));
    const [xml, csv] = await Promise.all([
      run("returns", join(dir, "return.xml"), "--json"),
      run("returns", folder(WITH_ERROR), "--json"),
    ]);
    expect(JSON.parse(xml.out).figures).toEqual(JSON.parse(csv.out).figures);
    expect(xml.code).toBe(1);
  });

  it("prints the figures with their definitions and the findings as text", async () => {
    const r = await run("returns", folder(WITH_ERROR));
    expect(r.out).toMatch(/Children looked after at 31\/03\/2018\s+2/);
    expect(r.out).toMatch(/Definitions:/);
    expect(r.out).toMatch(/error 501 {3}child C, episodes\.csv row 5 \(DECOM\): A new episode has started before/);
    expect(r.out).toMatch(/1 error, 0 queries/);
  });

  const unreadable: [string, () => string[], RegExp][] = [
    ["a missing file", () => [join(tempDir(), "none.csv")], /cannot read the input .*none\.csv.*no such file/],
    [
      "a file that is not a 903 table",
      () => {
        const p = join(tempDir(), "x.csv");
        writeFileSync(p, "Name,Phone\n");
        return [p];
      },
      /x\.csv is not a table of the SSDA903 return/,
    ],
    [
      "a census that is not well formed",
      () => {
        const p = join(tempDir(), "cin.xml");
        writeFileSync(p, "<Message><Header><CollectionDetails><Collection>CIN</Collection>");
        return [p];
      },
      /cin\.xml/,
    ],
    [
      "XML that is neither return",
      () => {
        const p = join(tempDir(), "notes.xml");
        writeFileSync(p, "<notes/>");
        return [p];
      },
      /notes\.xml is XML but not the SSDA903 return's/,
    ],
    [
      "a bad --year",
      () => [folder(CLEAN), "--year", "2017"],
      /--year <year>' argument '2017' is invalid\. It is not a financial year: write it as 2017-18\./,
    ],
  ];
  it.each(unreadable)("exit 2 for %s, with one message", async (_name, args, message) => {
    const r = await run("returns", ...args());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("--previous gives last year's return to the continuity rules", async () => {
    const now = folder([{ id: "K", dob: "01/01/2010", episodes: [{ decom: "01/03/2017" }] }]);
    const last = folder([{ id: "L", dob: "01/01/2010", episodes: [{ decom: "01/03/2016" }] }]);
    const r = await run("returns", now, "--previous", last, "--year", "2017-18", "--json");
    expect(JSON.parse(r.out).findings.map((f: { code: string }) => f.code)).toEqual(["NoE"]);
    expect(r.code).toBe(0); // a query is not an error
  });

  it("--workbook reconciles with the workbook's figure and DfE's published one, naming each source", async () => {
    const book = join(tempDir(), "book.xlsx");
    expect((await run("template", book, "--sample")).code).toBe(0);
    // 2018-19: the first year of DfE's children looked after figures in the comparator dataset.
    const r = await run(
      "returns",
      folder([{ id: "A", dob: "01/01/2010", episodes: [{ decom: "01/04/2018" }] }]),
      "--workbook",
      book,
      "--json",
    );
    const rows = JSON.parse(r.out).reconciliation as {
      figure: string;
      date?: string;
      status: string;
      message: string;
      workbook?: { value: number };
      published?: { value: number };
    }[];
    const march = rows.find((x) => x.figure === "cla" && x.date === "2019-03-31");
    expect(march).toMatchObject({
      status: "differs",
      value: 1,
      workbook: { value: 1664 },
      published: { value: 1664 },
    });
    expect(march?.message).toMatch(
      /1 from the SSDA903 return; 1664 in .*book\.xlsx, Looked After "Children looked after" 2018-19 \(1663 more\); 1664 in DfE's published children looked after at 31 March, Hampshire \(1663 more\)/,
    );
    expect(rows.find((x) => x.figure === "uasc_looked_after" && x.date === "2018-06-30")?.status).toBe("alone");
    expect(r.code).toBe(0); // a difference is a warning, not an error
  });

  describe("the children in need census", () => {
    /** Two children of 2023-24: a plan started after a section 47 enquiry; an NFA referral then a re-referral. */
    const CENSUS: GenChild[] = [
      {
        id: "W1",
        birth: "2015-01-01",
        episodes: [
          {
            referral: "2023-05-01",
            assessments: [{ start: "2023-05-02", authorised: "2023-06-01", factors: ["1B"] }],
            section47s: [{ start: "2023-05-03", target: "2023-05-20", icpc: "2023-05-19" }],
            plans: [{ start: "2023-05-19", previous: "1", reviews: ["2023-08-10"] }],
          },
        ],
      },
      {
        id: "W2",
        birth: "2012-03-04",
        episodes: [
          { referral: "2023-04-03", closure: "2023-04-10", reason: "RC8", nfa: "1" },
          {
            referral: "2023-09-01",
            assessments: [{ start: "2023-09-01", authorised: "2023-10-02", factors: ["2A"] }],
            closure: "2023-12-01",
            reason: "RC8",
          },
        ],
      },
    ];
    const censusFile = (children: readonly GenChild[], year = 2023, name = "cin.xml") => {
      const p = join(tempDir(), name);
      writeFileSync(p, cinCensusXml({ year, children }));
      return p;
    };
    type Json = {
      year: string;
      returns: { kind: string }[];
      figures: { id: string; kind: string; value: number; year?: string; date?: string }[];
      findings: { code: string; kind: string; child: string; severity: string; message: string; line?: number }[];
    };

    it("alone: --json gives the census's figure ids, each with its year (cp_plans with its date); exit 0", async () => {
      const r = await run("returns", censusFile(CENSUS), "--json");
      expect(r.code).toBe(0);
      const out = JSON.parse(r.out) as Json;
      expect(out.year).toBe("2023-24");
      expect(out.returns.map((x) => x.kind)).toEqual(["cin"]);
      const by = Object.fromEntries(out.figures.map((f) => [f.id, [f.value, f.year ?? f.date]]));
      expect(by).toEqual({
        referrals: [3, "2023-24"],
        children_referred: [2, "2023-24"],
        nfa_referrals: [1, "2023-24"],
        rereferrals: [1, "2023-24"],
        assessments_completed: [2, "2023-24"],
        assessments_within_limit: [2, "2023-24"],
        s47_started: [1, "2023-24"],
        icpcs: [1, "2023-24"],
        cp_plans: [1, "2024-03-31"],
        cp_started: [1, "2023-24"],
        cp_subsequent: [1, "2023-24"],
        cp_ended: [0, "2023-24"],
        cp_ended_2plus: [0, "2023-24"],
      });
      expect(out.findings).toEqual([]);
    });

    it("with the 903 files: both returns read in one run, the 903 first", async () => {
      const r = await run("returns", folder(CLEAN), censusFile(CENSUS), "--json");
      expect(r.code).toBe(0);
      const out = JSON.parse(r.out) as Json;
      expect(out.returns.map((x) => x.kind)).toEqual(["ssda903", "cin"]);
      expect(out.figures.filter((f) => f.kind === "ssda903").map((f) => f.id)).toContain("cla");
      expect(out.figures.find((f) => f.id === "cp_plans")?.value).toBe(1);
      const text = await run("returns", folder(CLEAN), censusFile(CENSUS));
      expect(text.out).toMatch(/SSDA903 return, collection year 2017-18/);
      expect(text.out).toMatch(/Children in need census \(cin\.xml\), collection year 2023-24/);
      expect(text.out).toMatch(/Referrals \(CIN census\) in 2023-24\s+3/);
      // The census's plans at 31 March read once, never "at 31 March at 31/03/2024".
      expect(text.out).toMatch(/Children on a child protection plan at 31 March 2024\s+\d/);
      expect(text.out).not.toMatch(/at 31 March at/);
    });

    it("errors: exit 1, each finding with DfE's code, the child, severity, message and line", async () => {
      const twice = [...CENSUS, { ...CENSUS[1], id: "W1" }] as GenChild[];
      const r = await run("returns", censusFile(twice), "--json");
      expect(r.code).toBe(1);
      const dup = (JSON.parse(r.out) as Json).findings.find((f) => f.code === "8510");
      expect(dup).toMatchObject({ kind: "cin", child: "W1", severity: "error" });
      expect(dup?.message).toMatch(/LAchildID/i);
      expect(typeof dup?.line).toBe("number");
    });

    it("no --la and no workbook: DfE's figures are read for the council the census header names, and it says so", async () => {
      const p = join(tempDir(), "cin.xml");
      // 2022-23: DfE's referrals for Hampshire are published that year (2023-24's are marked "u").
      writeFileSync(p, cinCensusXml({ year: 2022, lea: "850", children: CENSUS }));
      const json = JSON.parse((await run("returns", p, "--json")).out) as Json & {
        council: { code: string; name: string; from: string } | null;
        reconciliation: { figure: string; published?: { source: string } }[];
      };
      expect(json.council).toEqual({
        code: "850",
        name: "Hampshire",
        from: "named in the census header (cin.xml, Source/LEA 850)",
      });
      expect(json.reconciliation.some((r) => r.published?.source.endsWith(", Hampshire"))).toBe(true);
      const text = await run("returns", p);
      expect(text.out).toContain(
        "DfE's published figures are for Hampshire (LA 850), the council named in the census header (cin.xml, Source/LEA 850).",
      );
      // --la wins, and a header naming another council is warned of.
      const la = await run("returns", p, "--la", "Portsmouth");
      expect(la.out).toContain(
        "DfE's published figures are for Portsmouth (LA 851), the council given by --la Portsmouth.",
      );
      expect(la.out).toMatch(
        /warning the census header \(cin\.xml, Source\/LEA 850\) names Hampshire \(LA 850\), but DfE's figures are compared for Portsmouth/,
      );
      // A --la DfE does not know is said to be the --la's, not the Settings'.
      const wrong = await run("returns", p, "--la", "Portsmuth");
      expect(wrong.err).toMatch(
        /not compared: The local authority "Portsmuth" given by --la is not one of DfE's councils/,
      );
    });

    it("--previous: last year's census shows a re-referral whose earlier referral is not in this year's file", async () => {
      const now = censusFile([{ id: "P", birth: "2015-01-01", episodes: [{ referral: "2023-05-01" }] }]);
      const last = censusFile(
        [
          {
            id: "P",
            birth: "2015-01-01",
            episodes: [{ referral: "2022-12-01", closure: "2022-12-05", reason: "RC8", nfa: "1" }],
          },
        ],
        2022,
        "last.xml",
      );
      const rereferrals = async (...args: string[]) =>
        (JSON.parse((await run("returns", now, ...args, "--json")).out) as Json).figures.find(
          (f) => f.id === "rereferrals",
        )?.value;
      expect(await rereferrals()).toBe(0);
      expect(await rereferrals("--previous", last)).toBe(1);
    });
  });
});
