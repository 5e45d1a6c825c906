import { analyseReturns, type ReturnReader } from "../../../src/core/returns";
import { formatPeriod } from "../../../src/core/dates";
import type { PerformanceData } from "../../../src/core/workbook";
import { csv903, xml903, type ChildSpec } from "../../../support/returns-903";
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

  it("a census file goes to the census reader the caller plugs in; without one it is a problem", async () => {
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
    const without = await analyseReturns(sources([CENSUS, OTHER]));
    expect(without.returns).toEqual([]);
    expect(without.problems.map((p) => [p.code, p.where.file, p.level])).toEqual([
      ["not-a-return", "notes.xml", "fatal"],
      ["no-reader", "census.xml", "fatal"],
    ]);
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
