import {
  columnLetters,
  columnIndex,
  formatRange,
  parseCell,
  parseRange,
  splitSheet,
  quoteSheet,
} from "../../../src/core/base/address";

describe("addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (i, s) => {
    expect(columnLetters(i)).toBe(s);
    expect(columnIndex(s)).toBe(i);
  });

  it("range ends are inclusive: A1:B2 is two rows and two columns", () => {
    expect(parseRange("A1:B2")).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(formatRange({ top: 13, left: 2, bottom: 13, right: 2 })).toBe("C14");
  });

  it.each([
    ["UASC!C14", { sheet: "UASC", local: "C14" }],
    ["'Looked After'!A1:B9", { sheet: "Looked After", local: "A1:B9" }],
    ["'O''Brien'!A1", { sheet: "O'Brien", local: "A1" }],
    ["A1", { local: "A1" }],
  ])("splits %s", (a, expected) => expect(splitSheet(a)).toEqual(expected));

  it.each(["", "1A", "A0", "ABCD1", "A1:"])("rejects %p", (a) => expect(parseRange(a)).toBeUndefined());

  it("parses absolute references", () => expect(parseCell("$C$14")).toEqual({ row: 13, col: 2 }));

  it.each([
    ["UASC", "UASC"],
    ["Looked After", "'Looked After'"],
    ["A1", "'A1'"],
    ["O'Brien", "'O''Brien'"],
  ])("quotes %s as %s", (n, q) => expect(quoteSheet(n)).toBe(q));
});
