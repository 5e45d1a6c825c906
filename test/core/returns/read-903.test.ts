import { analyse903, read903 } from "../../../src/core/returns";
import { csv903, type ChildSpec } from "../../../support/returns-903";
import { analysed, FORMS, sources } from "./helpers";

const ONE: ChildSpec[] = [{ id: "A", dob: "01/01/2010", episodes: [{ decom: "01/05/2017" }] }];

async function problems(files: { name: string; text: string }[]) {
  const a = analyse903(await read903(sources(files)));
  return a.problems.map((p) => ({ code: p.code, level: p.level, file: p.where.file, message: p.message }));
}

describe("reading the 903's CSV tables", () => {
  it("recognises the tables by their header row, whatever the file names", async () => {
    const files = csv903(ONE).map((f, i) => ({ ...f, name: `export-${i}.txt` }));
    const ret = await read903(sources(files));
    expect(ret.files.map((f) => f.tables)).toEqual([["Header"], ["Episodes"]]);
    expect(ret.episodes).toHaveLength(1);
  });

  it("reads any subset of the tables (Episodes alone)", async () => {
    const episodes = csv903(ONE).filter((f) => f.name === "episodes.csv");
    const a = analyse903(await read903(sources(episodes)));
    expect(a.problems).toEqual([]);
    expect(a.figures.find((f) => f.id === "cla_started")?.value).toBe(1);
  });

  it("a file that is not a 903 table is one fatal message naming it", async () => {
    const p = await problems([{ name: "notes.csv", text: "Name,Phone\nx,1\n" }]);
    expect(p).toEqual([expect.objectContaining({ code: "not-a-903-table", level: "fatal", file: "notes.csv" })]);
    expect(p[0]?.message).toMatch(/notes\.csv is not a table of the SSDA903 return/);
  });

  it("a missing column is named, with its file and row", async () => {
    const ret = await read903(sources([{ name: "eps.csv", text: "CHILD,DECOM,RNE,LS,DEC\n1,01/05/2017,S,C2,\n" }]));
    expect(ret.problems).toEqual([
      expect.objectContaining({
        code: "missing-column",
        level: "fatal",
        where: { file: "eps.csv", row: 1, column: "REC" },
      }),
    ]);
    expect(ret.problems[0]?.message).toMatch(/eps\.csv looks like the Episodes table but has no REC column/);
  });

  it("files from two collection years are reported, naming both", async () => {
    const older = csv903([{ id: "B", dob: "01/01/2010", episodes: [{ decom: "01/05/2016", dec: "01/06/2016" }] }]);
    const files = [...csv903(ONE), { name: "episodes-2016.csv", text: older[1]?.text ?? "" }];
    const p = await problems(files);
    expect(p).toEqual([expect.objectContaining({ code: "mixed-years", level: "fatal" })]);
    expect(p[0]?.message).toMatch(/episodes\.csv \(2017-18\), episodes-2016\.csv \(2016-17\)/);
  });

  it("a few dates past the year's end do not move the year", async () => {
    const many: ChildSpec[] = Array.from({ length: 20 }, (_, i) => ({
      id: `C${i}`,
      dob: "01/01/2010",
      episodes: [{ decom: "01/05/2017" }],
    }));
    many.push({ id: "Z", dob: "01/01/2010", episodes: [{ decom: "01/05/2017", dec: "02/04/2018" }] });
    const a = analyse903(await read903(sources(csv903(many))));
    expect(a.year?.startYear).toBe(2017);
    expect(a.findings.errors.map((f) => f.code)).toEqual(["385"]);
  });
});

describe.each(FORMS)("dates as DfE writes them (%s)", (form) => {
  const cases: [string, string, RegExp][] = [
    ["two-digit year", "01/05/17", /"01\/05\/17" has a two-digit year/],
    ["impossible date", "31/02/2018", /"31\/02\/2018" is not a day of the calendar/],
  ];
  it.each(cases)("a %s in DECOM is rule 141, naming the file, the place and the column", async (_n, decom, words) => {
    const a = await analysed(
      [{ id: "A", dob: "01/01/2010", episodes: [{ decom: "01/05/2017", dec: "01/06/2017" }, { decom }] }],
      form,
    );
    const f = a.findings.errors.find((x) => x.code === "141");
    expect(f?.message).toMatch(words);
    expect(f?.child).toBe("A");
    if (form === "csv") expect(f?.where).toEqual({ file: "episodes.csv", row: 3, column: "DECOM" });
    else expect(f?.where).toMatchObject({ file: "return.xml", element: "EPISODE/DECOM" });
  });
});

describe("reading the XML form", () => {
  it("a file whose root is not EXPSSDA903 is refused, a CIN census file said to be one", async () => {
    const p = await problems([{ name: "cin.xml", text: "<?xml version='1.0'?><Message><Header/></Message>" }]);
    expect(p).toEqual([expect.objectContaining({ code: "not-a-903-xml", level: "fatal", file: "cin.xml" })]);
    expect(p[0]?.message).toMatch(/children in need census file/);
  });

  it("XML that is not well-formed is one fatal message with its line", async () => {
    const p = await problems([{ name: "bad.xml", text: "<EXPSSDA903>\n<CHILD><HEADER><CHILDID>1</CHILD>" }]);
    expect(p[0]).toMatchObject({ code: "bad-xml", level: "fatal", file: "bad.xml" });
  });
});

it("reads the UASC column of a Header that has one (the later CSV layout) for rules 105 and 303", async () => {
  const header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,UASC\nK,1,01/01/2005,WBRI,,,,0\nL,1,01/01/2005,WBRI,,,,X\n";
  const uasc = "CHILD,SEX,DOB,DUC\nK,1,01/01/2005,01/01/2023\n";
  const ret = await read903([
    { name: "h.csv", chunks: [header] },
    { name: "u.csv", chunks: [uasc] },
  ]);
  const a = analyse903(ret, { year: { kind: "year", startYear: 2018 } });
  expect(a.findings.errors.map((f) => `${f.code} ${f.child}`).sort()).toEqual(["105 L", "303 K"]);
});
