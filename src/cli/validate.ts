/**
 * `csc-report validate <file.xlsx> [--json]`: prints the issues grouped by sheet and a
 * count. Exit 0 when there is no error (warnings allowed), 1 when there are errors, 2 when
 * the file cannot be read. The file is opened for reading only.
 */
import { validateWorkbook, type Issue } from "../core/workbook";
import { readWorkbookFile } from "./read-xlsx";
import { reason, type Io } from "./io";
import { loadBenchmarks } from "./benchmarks-data";

/** One issue as `--json` prints it. */
export type IssueJson = Pick<Issue, "severity" | "code" | "sheet" | "cell" | "message" | "hint">;

/** The issues as `--json` prints them: exactly these keys, in this order. */
export function issuesJson(issues: readonly Issue[]): string {
  return JSON.stringify({
    issues: issues.map((i): IssueJson => ({
      severity: i.severity,
      code: i.code,
      sheet: i.sheet,
      cell: i.cell,
      message: i.message,
      hint: i.hint,
    })),
  });
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "3 errors, 5 warnings". */
export function summaryLine(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  return `${plural(errors, "error")}, ${plural(issues.length - errors, "warning")}`;
}

/** The issues as text lines, grouped by sheet in the order given. */
export function issuesText(issues: readonly Issue[]): string[] {
  const lines: string[] = [];
  let sheet: string | undefined;
  for (const i of issues) {
    if (i.sheet !== sheet) {
      if (sheet !== undefined) lines.push("");
      sheet = i.sheet;
      lines.push(sheet);
    }
    lines.push(`  ${i.severity.padEnd(7)} ${i.cell.padEnd(6)} ${i.message} [${i.code}]`);
    lines.push(`  ${"".padEnd(7)} ${"".padEnd(6)} fix: ${i.hint}`);
  }
  if (lines.length) lines.push("");
  lines.push(summaryLine(issues));
  return lines;
}

/**
 * Runs `validate`.
 * @returns the exit code (0 no error, 1 errors, 2 unreadable file).
 */
export async function validateCommand(file: string, options: { readonly json?: boolean }, io: Io): Promise<number> {
  let raw;
  try {
    raw = await readWorkbookFile(file);
  } catch (e) {
    io.stderr(`csc-report: cannot read the input "${file}": ${reason(e)}`);
    return 2;
  }
  // The workbook's figures are cross-checked against DfE's published ones (loaded on demand).
  const { issues } = validateWorkbook(raw, { published: await loadBenchmarks() });
  if (options.json) io.stdout(issuesJson(issues));
  else for (const line of issuesText(issues)) io.stdout(line);
  return issues.some((i) => i.severity === "error") ? 1 : 0;
}
