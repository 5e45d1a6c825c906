import { EN, formatNumber, renderFinding } from "../../../src/core/workbook/messages";
import { ISSUE_CODES, finding, type IssueCode } from "../../../src/core/workbook/issues";
import { LAYOUT } from "../../../src/core/workbook/layout";

const codes = Object.keys(ISSUE_CODES) as IssueCode[];

it.each(codes)("%s has a message and a hint", (code) => {
  const issue = renderFinding(finding(code, "UASC", "C14", { what: "Jun-2020", column: "UASC care leavers" }));
  expect(issue.message.length).toBeGreaterThan(10);
  expect(issue.hint.length).toBeGreaterThan(10);
  expect(issue.severity).toBe(ISSUE_CODES[code]);
});

it("has wording for exactly the codes there are", () => {
  expect(Object.keys(EN).sort()).toEqual([...codes].sort());
});

it.each([
  [16020, "16,020"],
  [-1234567, "-1,234,567"],
  [0.25, "0.25"],
  [999, "999"],
])("formats %p as %p", (n, text) => expect(formatNumber(n)).toBe(text));

it("lays out every dataset's table with its header row from A1 and a unique name", () => {
  const names = LAYOUT.map((d) => d.table.toLowerCase());
  expect(new Set(names).size).toBe(names.length);
  expect(LAYOUT.every((d) => d.columns[0]?.required)).toBe(true);
});
