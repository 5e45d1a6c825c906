/**
 * What a finished validation says, on the Validate tab and read aloud: a clean workbook gets one
 * message ("No problems found; ..."), not "0 errors, 0 warnings" and a second line saying the same.
 */
import type { Issue } from "../../src/core/workbook";
import {
  CLEAN_SUMMARY,
  validationAnnouncement,
  validationSummary,
  validationVerdict,
} from "../../src/taskpane/validation-words";

const issue = (code: Issue["code"], severity: Issue["severity"], sheet = "UASC"): Issue => ({
  code,
  severity,
  sheet,
  cell: "C14",
  message: `${code} at C14`,
  hint: "fix it",
});

const result = (issues: Issue[]) => ({ errors: issues.filter((i) => i.severity === "error").length, issues });

describe("validation words", () => {
  it("says a clean workbook is ready once, without counting nothing", () => {
    expect(validationSummary([])).toBe("No problems found; the workbook is ready for the report");
    expect(CLEAN_SUMMARY).not.toMatch(/0 errors|0 warnings/);
    expect(validationVerdict(result([]))).toBe("");
    expect(validationAnnouncement(result([]))).toBe(
      "Validation finished: No problems found; the workbook is ready for the report.",
    );
  });

  it("counts errors and warnings, and says what they mean for the report", () => {
    const warnings = [issue("trend-jump", "warning")];
    expect(validationSummary(warnings)).toBe("0 errors, 1 warning");
    expect(validationAnnouncement(result(warnings))).toBe(
      "Validation finished: 0 errors, 1 warning. Warnings only: the report can go ahead.",
    );
    const errors = [issue("blank", "error"), issue("trend-jump", "warning")];
    expect(validationAnnouncement(result(errors))).toBe(
      "Validation finished: 1 error, 1 warning. Errors block the report.",
    );
  });
});
