/**
 * Pure helpers behind the Validate panel: the summary line, cell references as Excel
 * writes them, and the issues grouped by sheet and then by rule. No DOM, no Office.
 */
import type { Issue } from "../core/workbook";
import { sheetCell } from "../core/base";
import { ruleLabel } from "./rule-labels";

/** Issues of one rule on one sheet. */
export interface RuleGroup {
  readonly code: string;
  readonly label: string;
  readonly issues: readonly Issue[];
}

/** The issues of one sheet, by rule. */
export interface SheetGroup {
  readonly sheet: string;
  readonly errors: number;
  readonly warnings: number;
  readonly rules: readonly RuleGroup[];
}

/** "1 error" / "3 errors". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Counts of errors and warnings. */
export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const i of issues) if (i.severity === "error") errors++;
  return { errors, warnings: issues.length - errors };
}

/** The summary the pane announces: "3 errors, 5 warnings". */
export function summaryText(issues: readonly Issue[]): string {
  const { errors, warnings } = countIssues(issues);
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

/** A cell reference as Excel's Name Box writes it (core's {@link sheetCell}). */
export const cellRef = sheetCell;

/**
 * Groups issues by sheet and, within a sheet, by rule. Sheets with errors come first (errors
 * block the report, so they are what the officer must fix), otherwise sheets keep the order
 * they first appear in; within a sheet, rules with errors come first. Issues keep their order.
 */
export function groupIssues(issues: readonly Issue[]): SheetGroup[] {
  const sheets = new Map<string, Map<string, Issue[]>>();
  for (const issue of issues) {
    let rules = sheets.get(issue.sheet);
    if (!rules) {
      rules = new Map();
      sheets.set(issue.sheet, rules);
    }
    const list = rules.get(issue.code);
    if (list) list.push(issue);
    else rules.set(issue.code, [issue]);
  }
  const out: SheetGroup[] = [];
  for (const [sheet, rules] of sheets) {
    const groups: RuleGroup[] = [...rules].map(([code, list]) => ({ code, label: ruleLabel(code), issues: list }));
    const hasError = (g: RuleGroup): number => (g.issues.some((i) => i.severity === "error") ? 0 : 1);
    groups.sort((a, b) => hasError(a) - hasError(b));
    const all = groups.flatMap((g) => g.issues);
    const { errors, warnings } = countIssues(all);
    out.push({ sheet, errors, warnings, rules: groups });
  }
  // Array.prototype.sort is stable, so ties keep their order of appearance.
  return out.sort((a, b) => (a.errors > 0 ? 0 : 1) - (b.errors > 0 ? 0 : 1));
}
