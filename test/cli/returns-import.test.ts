import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/index";
import { findSampleTable, LAYOUT, type RawWorkbook } from "../../src/core/workbook";
import { csv903, type ChildSpec } from "../../support/returns-903";
import { cinCensusXml, type GenChild } from "../../support/returns/cin-generator";
import { run, tempDir } from "./helpers";

/** Two children looked after through 2017-18 (a placement change each in June); one UASC under 18 all year. */
const CHILDREN: ChildSpec[] = [
  {
    id: "A",
    dob: "01/01/2010",
    episodes: [
      { decom: "01/01/2017", dec: "01/06/2017", rec: "X1" },
      { decom: "01/06/2017", rne: "P" },
    ],
  },
  {
    id: "B",
    dob: "01/01/2003",
    uasc: { duc: "01/01/2021" },
    episodes: [
      { decom: "01/02/2017", dec: "01/06/2017", rec: "X1" },
      { decom: "01/06/2017", rne: "P" },
    ],
  },
];

function folder(children: readonly ChildSpec[]): string {
  const dir = join(tempDir(), "return");
  mkdirSync(dir);
  for (const f of csv903(children)) writeFileSync(join(dir, f.name), f.text);
  return dir;
}

const rows = (raw: RawWorkbook, id: string) => {
  const spec = LAYOUT.find((s) => s.id === id);
  return spec ? (findSampleTable(raw, spec)?.rows ?? []) : [];
};

describe("csc-report import", () => {
  it("writes a new workbook from the layout with the figures in their period rows", async () => {
    const out = join(tempDir(), "new.xlsx");
    const r = await run("import", folder(CHILDREN), "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote .*new\.xlsx: 10 figure\(s\) from the 2017-18 return/);
    const raw = await readWorkbookFile(out);
    expect(rows(raw, "lookedAfter")).toEqual([
      ["2016-17", 2],
      ["2017-18", 2],
      ["Jun-2017", 2],
      ["Sep-2017", 2],
      ["Dec-2017", 2],
    ]);
    expect(rows(raw, "uasc")).toEqual([
      ["Mar-2017", 1, null],
      ["Jun-2017", 1, null],
      ["Sep-2017", 1, null],
      ["Dec-2017", 1, null],
      ["Mar-2018", 1, null],
    ]);
  });

  it("into the officer's workbook: fills only empty cells and later rows, keeps what was typed, lists differences", async () => {
    const dir = tempDir();
    const book = join(dir, "book.xlsx");
    expect((await run("template", book, "--sample")).code).toBe(0);
    const before = readFileSync(book);
    const out = join(dir, "out.xlsx");
    const r = await run("import", folder(CHILDREN), "-o", out, "--into", book);
    expect(r.code).toBe(0);
    expect(readFileSync(book).equals(before)).toBe(true); // the input is never changed
    // The sample has 2016-17 (1440) and 2017-18 (1592) typed: kept, and the differences listed.
    expect(r.out).toMatch(
      /kept: 'Looked After'!B\d+ \(Children looked after, 2016-17\) holds 1440; SSDA903 return gives 2\. It was left as it is\./,
    );
    expect(r.out).toMatch(/kept: 'Looked After'!B\d+ \(Children looked after, 2017-18\) holds 1592/);
    // Its quarters end at Apr-Jun 2020: rows for 2017 would break the order, so they are listed, not added.
    expect(r.out).toMatch(/not written: Looked After Jun-2017: no row for it, and it belongs before Jun-2020/);
    const raw = await readWorkbookFile(out);
    const la = rows(raw, "lookedAfter");
    expect(la.find((x) => x[0] === "2016-17")).toEqual(["2016-17", 1440]);
    // The UASC table's empty "UASC looked after" cells for 2017-18's quarters are filled.
    const uasc = rows(raw, "uasc");
    expect(uasc.slice(0, 4)).toEqual([
      ["Jun-2017", 1, 137],
      ["Sep-2017", 1, 148],
      ["Dec-2017", 1, 171],
      ["Mar-2018", 1, 246],
    ]);
    expect(uasc.find((x) => x[0] === "Sep-2020")).toEqual(["Sep-2020", 74, 341]); // untouched
    expect((await run("validate", out)).code).toBe((await run("validate", book)).code);
  });

  it("adds missing later rows at the table's end and extends the table", async () => {
    const dir = tempDir();
    const book = join(dir, "book.xlsx");
    // A workbook whose Looked After table ends at 2016-17: 2017-18 and the 2017 quarters are added.
    expect(
      (
        await run(
          "import",
          folder([{ id: "Z", dob: "01/01/2010", episodes: [{ decom: "01/01/2016" }] }]),
          "-o",
          book,
          "--year",
          "2016-17",
        )
      ).code,
    ).toBe(0);
    const out = join(dir, "out.xlsx");
    const r = await run("import", folder(CHILDREN), "-o", out, "--into", book);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/row\(s\) added: Looked After 2017-18/);
    const la = rows(await readWorkbookFile(out), "lookedAfter");
    expect(la.map((x) => x[0])).toEqual([
      "2015-16",
      "2016-17",
      "Jun-2016",
      "Sep-2016",
      "Dec-2016",
      "2017-18",
      "Jun-2017",
      "Sep-2017",
      "Dec-2017",
    ]);
    expect(la.find((x) => x[0] === "2016-17")).toEqual(["2016-17", 1]); // typed before: kept
  });

  it.each([
    ["an existing output without --force", async (out: string) => writeFileSync(out, "x"), /exists/],
    ["a return with errors (nothing written)", async () => undefined, /error\(s\) against DfE's rules/],
  ])("refuses %s", async (name, prepare, message) => {
    const out = join(tempDir(), "o.xlsx");
    await prepare(out);
    const children = name.startsWith("a return")
      ? [{ id: "A", dob: "01/01/2010", sex: "9", episodes: [{ decom: "01/01/2017" }] }]
      : CHILDREN;
    const r = await run("import", folder(children), "-o", out);
    expect(r.code).toBe(name.startsWith("a return") ? 1 : 2);
    expect(r.err).toMatch(message);
  });

  describe("from the children in need census", () => {
    /** 2023-24: one plan open at 31 March (a subsequent plan), one ended after 2+ years; two assessments. */
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
          {
            referral: "2023-09-01",
            assessments: [{ start: "2023-09-01", authorised: "2023-12-01", factors: ["2A"] }],
            closure: "2023-12-01",
            reason: "RC8",
          },
        ],
      },
    ];
    const census = () => {
      const p = join(tempDir(), "cin.xml");
      writeFileSync(p, cinCensusXml({ year: 2023, children: CENSUS }));
      return p;
    };

    it("into a new workbook: Assessments and Child Protection rows; no Contacts; no Assessment Log without the flag", async () => {
      const out = join(tempDir(), "new.xlsx");
      const r = await run("import", census(), "-o", out);
      expect(r.code).toBe(0);
      const raw = await readWorkbookFile(out);
      // 2 completed, 1 within 45 working days of the referral (the other took 65), a share of 0.5.
      expect(rows(raw, "assessments")).toEqual([["2023-24", 2, 1, 0.5]]);
      expect(rows(raw, "childProtection")).toEqual([["2023-24", 1, 0, 0, 1]]);
      // The census's referrals are compared, never written: the Contacts table stays empty.
      expect(
        rows(raw, "contacts")
          .flat()
          .filter((v) => v !== null),
      ).toEqual([]);
      expect(rows(raw, "assessmentLog")).toEqual([]);
      expect(r.out).not.toMatch(/Assessment Log/);
    });

    it("--assessment-log adds one row per assessment (child, referral, completed)", async () => {
      const out = join(tempDir(), "log.xlsx");
      const r = await run("import", census(), "-o", out, "--assessment-log");
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/2 Assessment Log row\(s\) added/);
      const log = rows(await readWorkbookFile(out), "assessmentLog");
      expect(log.map((x) => x[0])).toEqual(["W1", "W2"]);
      expect(log.every((x) => typeof x[1] === "number" && typeof x[2] === "number")).toBe(true);
    });

    it("into the officer's workbook: nothing typed is replaced, the year's rows added at the end", async () => {
      const dir = tempDir();
      const book = join(dir, "book.xlsx");
      expect((await run("template", book, "--sample")).code).toBe(0);
      const before = await readWorkbookFile(book);
      const out = join(dir, "out.xlsx");
      const r = await run("import", census(), "-o", out, "--into", book, "--assessment-log");
      expect(r.code).toBe(0);
      const after = await readWorkbookFile(out);
      for (const id of ["assessments", "childProtection", "contacts"]) {
        const was = rows(before, id);
        // Every typed cell is as it was; rows may only be added after them.
        expect(rows(after, id).slice(0, was.length)).toEqual(was);
      }
      // The sample ends before 2023-24: the year's rows are added after its last rows.
      expect(r.out).toMatch(/2 row\(s\) added: Assessments 2023-24, Child Protection 2023-24/);
      expect(rows(after, "assessments").at(-1)).toEqual(["2023-24", 2, 1, 0.5]);
      // The sample has no Assessment Log table: the rows are not added, and the officer is told.
      expect(r.out).toMatch(/not written: The 2 Assessment Log rows are not added/);
    });

    it("--assessment-log into a workbook that has the rows already: none added twice", async () => {
      const dir = tempDir();
      const first = join(dir, "first.xlsx");
      expect((await run("import", census(), "-o", first, "--assessment-log")).code).toBe(0);
      const out = join(dir, "again.xlsx");
      const r = await run("import", census(), "-o", out, "--into", first, "--assessment-log");
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/0 empty cell\(s\) filled, 0 row\(s\) added\)$/m);
      expect(r.out).toMatch(/2 assessment\(s\) already in the Assessment Log .* left as they are/);
      expect(rows(await readWorkbookFile(out), "assessmentLog")).toEqual(
        rows(await readWorkbookFile(first), "assessmentLog"),
      );
    });
  });
});
