import {
  columnToLetters,
  formatA1,
  lettersToColumn,
  MAX_COLS,
  MAX_ROWS,
  parseA1,
  quoteSheetName,
} from "../src/model/address";

describe("address convention: zero-based rows/cols, inclusive ends", () => {
  test("A1 is (0,0)-(0,0) and B2:C4 is rows 1..3, cols 1..2", () => {
    expect(parseA1("A1")).toEqual({ startRow: 0, startCol: 0, endRow: 0, endCol: 0 });
    expect(parseA1("B2:C4")).toEqual({ startRow: 1, startCol: 1, endRow: 3, endCol: 2 });
  });
});

describe("parseA1", () => {
  const cases: [string, object][] = [
    ["$A$1:$B$2", { startRow: 0, startCol: 0, endRow: 1, endCol: 1 }],
    ["C3:A1", { startRow: 0, startCol: 0, endRow: 2, endCol: 2 }],
    ["A:A", { startRow: 0, startCol: 0, endRow: MAX_ROWS - 1, endCol: 0 }],
    ["B:D", { startRow: 0, startCol: 1, endRow: MAX_ROWS - 1, endCol: 3 }],
    ["2:5", { startRow: 1, startCol: 0, endRow: 4, endCol: MAX_COLS - 1 }],
    ["Sheet1!A1", { sheet: "Sheet1", startRow: 0, startCol: 0, endRow: 0, endCol: 0 }],
    ["'My Sheet'!B2:C4", { sheet: "My Sheet", startRow: 1, startCol: 1, endRow: 3, endCol: 2 }],
    ["'Bob''s data'!A1", { sheet: "Bob's data", startRow: 0, startCol: 0, endRow: 0, endCol: 0 }],
    ["=Report!$A$1", { sheet: "Report", startRow: 0, startCol: 0, endRow: 0, endCol: 0 }],
    ["XFD1048576", { startRow: MAX_ROWS - 1, startCol: MAX_COLS - 1, endRow: MAX_ROWS - 1, endCol: MAX_COLS - 1 }],
  ];
  test.each(cases)("%s", (input, expected) => expect(parseA1(input)).toEqual(expected));

  test.each(["", "A0", "XFE1", "A1:B2:C3", "1A", "A1048577", "'Unclosed!A1", "Sheet1!"])(
    "rejects %p with InvalidArgument",
    (bad) => {
      expect(() => parseA1(bad)).toThrow(expect.objectContaining({ code: "InvalidArgument" }) as Error);
    },
  );
});

describe("formatA1 and quoting", () => {
  test("columns", () => {
    expect(columnToLetters(0)).toBe("A");
    expect(columnToLetters(25)).toBe("Z");
    expect(columnToLetters(26)).toBe("AA");
    expect(columnToLetters(MAX_COLS - 1)).toBe("XFD");
    expect(lettersToColumn("aa")).toBe(26);
  });

  test("single cell, block, whole columns/rows, absolute", () => {
    expect(formatA1({ startRow: 0, startCol: 0, endRow: 0, endCol: 0 })).toBe("A1");
    expect(formatA1({ startRow: 1, startCol: 1, endRow: 3, endCol: 2 }, "Sheet1")).toBe("Sheet1!B2:C4");
    expect(formatA1(parseA1("A:C"))).toBe("A:C");
    expect(formatA1(parseA1("3:4"))).toBe("3:4");
    expect(formatA1(parseA1("A1:B2"), "My Sheet", { absolute: true })).toBe("'My Sheet'!$A$1:$B$2");
  });

  // Excel quotes names with spaces/punctuation, a leading digit, or that read as a cell reference.
  test.each([
    ["Sheet1", "Sheet1"],
    ["Data_2020", "Data_2020"],
    ["My Sheet", "'My Sheet'"],
    ["2019-20", "'2019-20'"],
    ["Bob's", "'Bob''s'"],
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
    ["CLA", "CLA"],
  ])("quoteSheetName(%p) = %p", (name, quoted) => expect(quoteSheetName(name)).toBe(quoted));

  test("parse(format(x)) round-trips", () => {
    for (const a of ["A1", "B2:C4", "A:A", "2:5", "'My Sheet'!B2:C4", "'2019-20'!A1:Z99"]) {
      const p = parseA1(a);
      expect(formatA1(p, p.sheet)).toBe(a);
    }
  });
});
