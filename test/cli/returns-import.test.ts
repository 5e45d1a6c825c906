import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/index";
import { findSampleTable, LAYOUT, type RawWorkbook } from "../../src/core/workbook";
import { csv903, type ChildSpec } from "../../support/returns-903";
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
      /kept: Looked After "Children looked after" 2016-17: the workbook has 1440, the return gives 2/,
    );
    expect(r.out).toMatch(/kept: Looked After "Children looked after" 2017-18: the workbook has 1592/);
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
});
