/**
 * `csc-report generate <in.xlsx> -o <out.xlsx> [--year 2021-22] [--html report.html]`:
 * validates the workbook and, when it has no errors, writes a copy with the Safeguarding
 * Report sheet (and the HTML report when asked). Exit codes as the validate command:
 * 0 written, 1 validation errors (nothing written), 2 unreadable input, bad arguments, or a
 * sheet at the report's name that csc-report did not write (without --replace-report).
 *
 * The input file is read once: validation and the package edit use the same bytes. Every
 * output is computed as bytes first, then handed to one write step.
 */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { formatPeriod, parsePeriod } from "../core/dates/periods";
import { buildReportPlan } from "../core/report/build";
import { renderReportHtml } from "../core/report/html";
import { validateWorkbook } from "../core/workbook/validate";
import type { QuarterStyle } from "../core/workbook/model";
import { readWorkbookBytes, type WorkbookFile } from "./read-xlsx";
import { ReportSheetConflict, writeReportPackage } from "./xlsx-report";
import { reason } from "./io";

/** Options of {@link generateCommand}. */
export interface GenerateOptions {
  /** The .xlsx to write. It may be the input itself only with `overwrite`. */
  readonly output: string;
  /** Report year ("2021-22"); default the Settings table's. */
  readonly year?: string;
  /** Where to write the HTML report, if wanted. */
  readonly html?: string;
  readonly quarterStyle?: QuarterStyle;
  /** Allow output to be the input file (replaces its report sheet in place). */
  readonly overwrite?: boolean;
  /** Replace a sheet at the report's name that csc-report did not write, or one edited since. */
  readonly replaceReport?: boolean;
  /** Where messages go (default console.log / console.error). */
  readonly log?: (line: string) => void;
  readonly error?: (line: string) => void;
}

const MAX_LISTED = 20;

/**
 * Runs `generate`.
 * @returns the exit code: 0 written; 1 validation errors (nothing written); 2 unreadable
 *   input, a bad --year or --quarter-style, or output equal to input without `overwrite`.
 */
export async function generateCommand(input: string, options: GenerateOptions): Promise<number> {
  const log = options.log ?? ((s: string) => console.log(s));
  const error = options.error ?? ((s: string) => console.error(s));

  let year;
  if (options.year !== undefined) {
    const p = parsePeriod(options.year);
    if (!p || p.kind !== "year") {
      error(`--year "${options.year}" is not a financial year: write it as 2021-22.`);
      return 2;
    }
    year = p;
  }
  if (options.quarterStyle !== undefined && options.quarterStyle !== "range" && options.quarterStyle !== "end-month") {
    error(`--quarter-style must be "range" (Apr-Jun 2019) or "end-month" (Jun-2019).`);
    return 2;
  }
  if (resolve(input) === resolve(options.output) && !options.overwrite) {
    error("The output is the input file: give another -o, so the original stays as it was.");
    return 2;
  }

  let file: WorkbookFile;
  try {
    file = readWorkbookBytes(await readFile(input));
  } catch (e) {
    error(`Cannot read ${input}: ${reason(e)}`);
    return 2;
  }

  const { issues, data } = validateWorkbook(file.raw);
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0 || !data) {
    error(`${errors.length} error(s) in ${input}; fix them before generating the report (nothing was written):`);
    for (const i of errors.slice(0, MAX_LISTED)) error(`  ${i.sheet}!${i.cell}: ${i.message}`);
    if (errors.length > MAX_LISTED)
      error(`  ... and ${errors.length - MAX_LISTED} more (csc-report validate lists them all).`);
    return 1;
  }

  const plan = buildReportPlan(data, { year, quarterStyle: options.quarterStyle });
  let written;
  try {
    written = writeReportPackage(file, plan, { replaceReport: options.replaceReport === true });
  } catch (e) {
    if (!(e instanceof ReportSheetConflict)) throw e;
    error(`${e.message} Nothing was written.`);
    return 2;
  }
  // Everything to write, as bytes, before anything is written.
  const outputs: { path: string; bytes: Uint8Array }[] = [{ path: options.output, bytes: written.bytes }];
  if (options.html) outputs.push({ path: options.html, bytes: new TextEncoder().encode(renderReportHtml(plan)) });
  await writeOutputs(outputs);
  log(
    `Wrote the ${plan.reportYear} report sheet "${written.sheetName}" to ${options.output}${written.replaced ? " (replacing the previous one)" : ""}.`,
  );
  if (options.html) log(`Wrote the HTML report to ${options.html}.`);
  for (const o of plan.omitted) log(`Not included: ${o.reason}`);
  const warnings = issues.length - errors.length;
  if (warnings > 0) log(`${warnings} warning(s): csc-report validate lists them.`);
  if (year !== undefined) log(`Report year ${formatPeriod(year)}.`);
  return 0;
}

/** The single write step: every output computed as bytes, written in order. */
async function writeOutputs(outputs: readonly { readonly path: string; readonly bytes: Uint8Array }[]): Promise<void> {
  for (const o of outputs) await writeFile(o.path, o.bytes);
}
