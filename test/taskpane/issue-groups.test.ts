import type { Issue } from "../../src/core/workbook";
import { cellRef, groupIssues, summaryText } from "../../src/taskpane/issue-groups";
import { RULE_LABELS } from "../../src/taskpane/rule-labels";

const issue = (sheet: string, cell: string, code: Issue["code"], severity: Issue["severity"]): Issue => ({
  code,
  severity,
  sheet,
  cell,
  message: `${code} at ${cell}`,
  hint: "fix it",
});

describe("summaryText", () => {
  it.each([
    [[], "0 errors, 0 warnings"],
    [[issue("UASC", "C14", "blank", "error")], "1 error, 0 warnings"],
    [
      [
        issue("UASC", "C14", "blank", "error"),
        issue("UASC", "C5", "trend-jump", "warning"),
        issue("A", "B2", "negative", "error"),
      ],
      "2 errors, 1 warning",
    ],
  ])("%j -> %s", (issues, expected) => {
    expect(summaryText(issues)).toBe(expected);
  });
});

describe("cellRef", () => {
  it.each([
    ["UASC", "C14", "UASC!C14"],
    ["Child Protection", "B3", "'Child Protection'!B3"],
    ["O'Brien", "A1", "'O''Brien'!A1"],
    ["<img src=x onerror=alert(1)>", "C2", "'<img src=x onerror=alert(1)>'!C2"],
    // A sheet named like a cell must be quoted, as Excel does.
    ["AB12", "A1", "'AB12'!A1"],
  ])("%s + %s -> %s", (sheet, cell, expected) => {
    expect(cellRef(sheet, cell)).toBe(expected);
  });
});

describe("groupIssues", () => {
  it("groups by sheet, sheets and rules with errors first, issues in order", () => {
    const list = [
      issue("Assessments", "B8", "trend-jump", "warning"),
      issue("UASC", "C5", "trend-jump", "warning"),
      issue("UASC", "C14", "blank", "error"),
      issue("UASC", "C15", "blank", "error"),
    ];
    const g = groupIssues(list);
    expect(g.map((s) => [s.sheet, s.errors, s.warnings])).toEqual([
      ["UASC", 2, 1],
      ["Assessments", 0, 1],
    ]);
    expect(g[0]?.rules.map((r) => [r.code, r.label, r.issues.map((i) => i.cell)])).toEqual([
      ["blank", RULE_LABELS.blank, ["C14", "C15"]],
      ["trend-jump", RULE_LABELS["trend-jump"], ["C5"]],
    ]);
  });

  it("keeps the order of appearance among sheets of the same kind", () => {
    const list = [
      issue("B", "A1", "trend-jump", "warning"),
      issue("A", "A1", "trend-jump", "warning"),
      issue("D", "A1", "blank", "error"),
      issue("C", "A1", "blank", "error"),
    ];
    expect(groupIssues(list).map((g) => g.sheet)).toEqual(["D", "C", "B", "A"]);
  });

  it("returns no group for no issue", () => {
    expect(groupIssues([])).toEqual([]);
  });
});
