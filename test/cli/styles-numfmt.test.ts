/**
 * The styles writer's custom number formats: a code Excel has no built-in id for ("#,##0.0", the
 * house style of a rate per 10,000) is declared once in numFmts with an id from 164 up (ECMA-376
 * Part 1 §18.8.30-31), and one the part already declares is reused, whoever wrote it.
 */
import { StyleBook } from "../../src/cli/xlsx/styles";
import { child, children, parseXml } from "../../src/package/xml";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function part(numFmts: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">${numFmts}` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>'
  );
}

/** The numFmts of a styles part as [id, code], and each cell format's numFmtId. */
function read(xml: string) {
  const root = parseXml(xml);
  const numFmts = child(root, "numFmts");
  return {
    count: numFmts?.attrs.get("count"),
    numFmts: children(numFmts, "numFmt").map((f) => [f.attrs.get("numFmtId"), f.attrs.get("formatCode")]),
    xfIds: children(child(root, "cellXfs"), "xf").map((x) => x.attrs.get("numFmtId")),
    order: root.children.map((c) => c.local),
  };
}

describe("StyleBook number formats", () => {
  it("declares a custom code once, before the fonts, when the part has no numFmts", () => {
    const book = new StyleBook(part(""), parseXml);
    const a = book.xf({ numFmtCode: "#,##0.0" });
    const b = book.xf({ numFmtCode: "#,##0.0", bold: true });
    const count = book.xf({ numFmtCode: "#,##0" });
    const out = read(book.result());
    expect(out.numFmts).toEqual([["164", "#,##0.0"]]);
    expect(out.count).toBe("1");
    expect(out.order.slice(0, 2)).toEqual(["numFmts", "fonts"]);
    expect([a, b, count].map((i) => out.xfIds[i])).toEqual(["164", "164", "3"]);
  });

  it("reuses the part's own entry with the same code, and numbers a new one past the highest id", () => {
    const own =
      '<numFmts count="2"><numFmt numFmtId="170" formatCode="#,##0.0"/><numFmt numFmtId="180" formatCode="dd/mm/yyyy"/></numFmts>';
    const book = new StyleBook(part(own), parseXml);
    const rate = book.xf({ numFmtCode: "#,##0.0" });
    const other = book.xf({ numFmtCode: "0.000" });
    const out = read(book.result());
    expect(out.numFmts).toEqual([
      ["170", "#,##0.0"],
      ["180", "dd/mm/yyyy"],
      ["181", "0.000"],
    ]);
    expect(out.count).toBe("3");
    expect([rate, other].map((i) => out.xfIds[i])).toEqual(["170", "181"]);
  });

  it("leaves the part as it was when the look it is asked for is already there", () => {
    const first = new StyleBook(part(""), parseXml);
    const index = first.xf({ numFmtCode: "#,##0.0", bold: true });
    const written = first.result();
    const again = new StyleBook(written, parseXml);
    expect(again.xf({ numFmtCode: "#,##0.0", bold: true })).toBe(index);
    expect(again.result()).toBe(written);
  });
});
