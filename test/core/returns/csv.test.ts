import { CsvTokenizer, csvRows } from "../../../src/core/returns";
import { chunked } from "./helpers";

/** Rows with their lines, the text fed in chunks of `size`. */
function tokenize(text: string, size: number): [string[], number][] {
  const rows: [string[], number][] = [];
  const t = new CsvTokenizer((r, line) => rows.push([r, line]));
  for (const c of chunked(text, size)) t.push(c);
  t.end();
  return rows;
}

describe("CsvTokenizer (RFC 4180, fed chunks split anywhere)", () => {
  const cases: [string, string, string[][]][] = [
    [
      "plain LF",
      "a,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "CRLF",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "CR only",
      "a,b\r1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "no final line end",
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "BOM dropped",
      "\uFEFFCHILD,DOB\n1,2\n",
      [
        ["CHILD", "DOB"],
        ["1", "2"],
      ],
    ],
    [
      "quoted comma and doubled quote",
      'a,b\n"x, y","say ""hi"""\n',
      [
        ["a", "b"],
        ["x, y", 'say "hi"'],
      ],
    ],
    [
      "line break inside quotes",
      'a,b\n"one\r\ntwo",3\n',
      [
        ["a", "b"],
        ["one\r\ntwo", "3"],
      ],
    ],
    [
      "empty fields",
      "a,,c\n,,\n",
      [
        ["a", "", "c"],
        ["", "", ""],
      ],
    ],
    ["blank lines skipped", "a\n\n\nb\n", [["a"], ["b"]]],
    ["empty quoted field", 'a,""\n', [["a", ""]]],
  ];
  it.each(cases)("%s: the same rows whatever the chunk size", (_name, text, rows) => {
    for (const size of [1, 2, 3, 5, 1000]) expect(tokenize(text, size).map(([r]) => r)).toEqual(rows);
    expect(csvRows(text)).toEqual(rows);
  });

  it("gives each row the line it began on (a quoted line break counts)", () => {
    const lines = tokenize('h\n"a\nb"\nc\r\nd\n', 2).map(([, l]) => l);
    expect(lines).toEqual([1, 2, 4, 5]);
  });
});
