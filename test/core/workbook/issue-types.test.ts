/**
 * Type-level tests: a finding compiles only with its own code's parameters (checked by
 * `npm run typecheck`, which fails on an unused @ts-expect-error), and the runtime half
 * shows the well-typed calls still make findings.
 */
import { finding, type IssueCode } from "../../../src/core/workbook/issues";
import { renderFinding } from "../../../src/core/workbook/messages";

it("accepts a finding with its code's parameters", () => {
  const f = finding("setting-missing", "Settings", "A1", { setting: "Report year" });
  expect(renderFinding(f).message).toBe('setting "Report year" not found');
});

it("rejects missing, misspelt, mistyped and foreign parameters at compile time", () => {
  // One call a line so each directive sits on the line its error is reported at.
  // prettier-ignore
  const bad = [
    // @ts-expect-error sheet-missing needs the sheet, table and headers (today's bug: `sheet "" (table ) not found`)
    () => finding("sheet-missing", "UASC", "A1", {}),
    // @ts-expect-error a parameter of another code: blank has no `setting`
    () => finding("blank", "Settings", "B2", { setting: "Report year" }),
    // @ts-expect-error a misspelt parameter: `colum`
    () => finding("not-a-number", "Assessments", "B2", { colum: "Timeliness", what: "2019-20", value: "n/a" }),
    // @ts-expect-error a count must be a number, not its text
    () => finding("period-missing", "Assessments", "A3", { after: "a", from: "b", to: "c", count: "2", kindNoun: "x" }),
    // @ts-expect-error setting-duplicate's `same` is a boolean, not "yes"
    () => finding("setting-duplicate", "S", "A1", { setting: "s", firstCell: "B1", value: "1", firstValue: "2", same: "yes" }),
    // @ts-expect-error setting-zero names only a setting whose 0 breaks the report
    () => finding("setting-zero", "Settings", "B4", { setting: "Report year", key: "reportYear" }),
    // @ts-expect-error a trend jump is a count's change or a share's points, not a mix
    () => finding("trend-jump", "A", "B2", { column: "c", previous: "p", what: "w", points: "1", previousValue: 1, value: 2, threshold: "t" }),
  ];
  const code = "blank" as IssueCode;
  // @ts-expect-error a code chosen at run time cannot pick its parameters: write one call per code
  bad.push(() => finding(code, "Settings", "B2", { what: "Report year", column: "value" }));
  expect(bad).toHaveLength(8);
});
