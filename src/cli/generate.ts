/**
 * `csc-report generate <in.xlsx> -o <out.xlsx> [--year 2021-22] [--html report.html] [--pptx deck.pptx] [--force]`:
 * validates the workbook and, when it has no errors, writes a copy with the Safeguarding
 * Report sheet (and the HTML report and the Cabinet slides when asked). Exit codes as the validate command:
 * 0 written, 1 validation errors or a report year with no figures (nothing written), 2
 * unreadable input, bad arguments, an output refused or not written, or a sheet at the report's
 * name that csc-report did not write (without --replace-report); nothing is written then.
 *
 * The steps stay apart: check the outputs, read the input once (validation and the package
 * edit use the same bytes), validate, compute every output's bytes, then one writeOutputs call
 * that checks again and writes them all or none (./output.ts).
 */
import { readFile } from "node:fs/promises";
import { formatPeriod, type FinancialYear, type QuarterStyle } from "../core/dates";
import {
  planReport,
  renderReportHtml,
  leftOutMessage,
  reportBenchmarks,
  reportConflict,
  reportSheetOwnership,
  describeAdditions,
  listed,
  type ReportBenchmarks,
  type ReportConflict,
} from "../core/report";
import { validateWorkbook, reportYearProblem } from "../core/workbook";
import { deckFile } from "../deck/file";
import type { Comparator } from "../core/benchmarks";
import { loadBenchmarks } from "./benchmarks-data";
import { reason } from "./io";
import { OutputError, checkOutputs, writeOutputs, type NamedPath, type OutputFile, type WriteOptions } from "./output";
import { readWorkbookBytes, type WorkbookFile } from "./read-xlsx";
import { writeReportPackage } from "./xlsx-report";
import { reportSheetSeen } from "./xlsx/mark";
import { extensionRefusal } from "./xlsx/kind";
import { sheetCell } from "../core/base";

/** Options of {@link generateCommand}. */
export interface GenerateOptions extends Pick<WriteOptions, "fs" | "beforeCommit" | "betweenRenames"> {
  /** The .xlsx to write; never the input, by any name. */
  readonly output: string;
  /** Report year (parsed by --year's parser, ./args.ts); default the Settings table's. */
  readonly year?: FinancialYear;
  /** Where to write the HTML report, if wanted. */
  readonly html?: string;
  /** Where to write the Cabinet slides (.pptx), if wanted. */
  readonly pptx?: string;
  readonly quarterStyle?: QuarterStyle;
  /** Replace outputs that exist. */
  readonly force?: boolean;
  /** Replace a sheet at the report's name that csc-report did not write, or one edited since. */
  readonly replaceReport?: boolean;
  /** Compare with DfE's published figures: any of england, region, neighbours. */
  readonly compare?: readonly Comparator[];
  /** The council to compare as, when the Settings' name is not DfE's (a name or DfE number). */
  readonly la?: string;
  /** Where messages go (default console.log / console.error). */
  readonly log?: (line: string) => void;
  readonly error?: (line: string) => void;
}

const MAX_LISTED = 20;

/** The command's words for a report sheet it will not replace, by core's conflict code. */
const CONFLICT_TEXT: { readonly [C in ReportConflict["code"]]: (p: ReportConflict["params"]) => string } = {
  "report-sheet-edited": (p) =>
    `The sheet "${p.sheet}" has been edited since csc-report wrote it${addedText(p)}. Run again with --replace-report to replace it${p.added && removedBy(p.added).length ? " (they would be removed)" : ""}, or rename it in Excel to keep it.`,
  "report-sheet-foreign": (p) =>
    `The workbook already has a sheet "${p.sheet}" that csc-report did not write. Run again with --replace-report to replace it, or rename it in Excel to keep it.`,
};

/** What the officer added that a new report sheet would not carry (notes, comments), in words. */
const removedBy = (added: NonNullable<ReportConflict["params"]["added"]>): string[] => describeAdditions(added).removed;

/** ": it has a note on B5 and the shape “TextBox 1”", or "" when nothing was added. */
function addedText(p: ReportConflict["params"]): string {
  const removed = p.added ? removedBy(p.added) : [];
  return removed.length ? `: it has ${listed(removed)}` : "";
}

/**
 * Runs `generate`.
 * @returns the exit code: 0 written; 1 validation errors, a year with no figures or a fault in
 *   the add-in planning the report (nothing written); 2 unreadable input, or an output refused
 *   or not written (--year, --quarter-style and --compare come checked by their parsers, ./args.ts).
 */
export async function generateCommand(input: string, options: GenerateOptions): Promise<number> {
  const log = options.log ?? ((s: string) => console.log(s));
  const error = options.error ?? ((s: string) => console.error(s));
  const source: NamedPath = { label: "the input", path: input };
  const xlsxOut: NamedPath = { label: "-o", path: options.output };
  const htmlOut: NamedPath | undefined =
    options.html !== undefined ? { label: "--html", path: options.html } : undefined;
  const pptxOut: NamedPath | undefined =
    options.pptx !== undefined ? { label: "--pptx", path: options.pptx } : undefined;
  const targets = [xlsxOut, ...(htmlOut ? [htmlOut] : []), ...(pptxOut ? [pptxOut] : [])];
  const write: WriteOptions = {
    force: options.force === true,
    fs: options.fs,
    beforeCommit: options.beforeCommit,
    betweenRenames: options.betweenRenames,
  };

  const { year, compare } = options;
  try {
    await checkOutputs(source, targets, write);
  } catch (e) {
    return refused(e, error);
  }

  let file: WorkbookFile;
  try {
    file = readWorkbookBytes(await readFile(input));
  } catch (e) {
    error(`csc-report: cannot read the input "${input}": ${reason(e)}`);
    return 2;
  }
  // The copy is the input's kind (a macro-enabled workbook stays one): its name must say so.
  const mismatch = extensionRefusal(xlsxOut, file.pkg.contentType(file.pkg.workbookPart), source);
  if (mismatch) {
    error(`csc-report: ${mismatch}`);
    return 2;
  }

  const { issues, data } = validateWorkbook(file.raw, { published: await loadBenchmarks() });
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0 || !data) {
    error(
      `${errors.length} error(s) in the input "${input}"; fix them before generating the report (nothing was written):`,
    );
    for (const i of errors.slice(0, MAX_LISTED)) error(`  ${sheetCell(i.sheet, i.cell)}: ${i.message}`);
    if (errors.length > MAX_LISTED)
      error(`  ... and ${errors.length - MAX_LISTED} more (csc-report validate lists them all).`);
    return 1;
  }

  // A well-formed --year (or Settings year) with no figures would give a report of empty tables.
  const noFigures = reportYearProblem(data, year ?? data.settings.reportYear);
  if (noFigures) {
    error(`${noFigures} Nothing was written.`);
    return 1;
  }

  let benchmarks: ReportBenchmarks | undefined;
  if (compare) {
    const viaLa = options.la !== undefined;
    const b = reportBenchmarks(
      await loadBenchmarks(),
      options.la ?? data.settings.localAuthority,
      compare,
      viaLa ? "given by --la" : undefined,
    );
    if (!("match" in b)) {
      const next = viaLa ? "Check --la" : "Give the council with --la";
      error(`csc-report: ${b.message} ${next} (its name or DfE number). Nothing was written.`);
      return 2;
    }
    benchmarks = b;
  }

  // Every output's content first; then one call writes them all or none.
  const planned = planReport(data, {
    year,
    quarterStyle: options.quarterStyle,
    ...(benchmarks ? { benchmarks } : {}),
  });
  if ("failure" in planned) {
    error(`csc-report: ${planned.failure.message}; ${planned.failure.hint}. Nothing was written.`);
    return 1;
  }
  const { plan } = planned;
  // Whose sheet is at the report's name, decided by core's rule from what the package holds.
  const seen = reportSheetSeen(file, plan.sheetName);
  const conflict = reportConflict(
    reportSheetOwnership(seen),
    seen.present ? seen.name : plan.sheetName,
    seen.present ? seen.added : undefined,
  );
  if (conflict && options.replaceReport !== true) {
    error(`csc-report: ${CONFLICT_TEXT[conflict.code](conflict.params)} Nothing was written.`);
    return 2;
  }
  const written = writeReportPackage(file, plan);
  const files: OutputFile[] = [{ ...xlsxOut, data: written.bytes }];
  if (htmlOut) files.push({ ...htmlOut, data: renderReportHtml(plan) });
  const deck = pptxOut ? await deckFile(plan) : undefined;
  if (pptxOut && deck) files.push({ ...pptxOut, data: deck.bytes });
  try {
    await writeOutputs(source, files, write);
  } catch (e) {
    return refused(e, error);
  }

  log(
    `Wrote the ${plan.reportYear} report sheet "${written.sheetName}" to -o "${options.output}"${written.replaced ? " (replacing the previous one)" : ""}.`,
  );
  const { removed: dropped, kept } =
    seen.present && seen.added ? describeAdditions(seen.added) : { removed: [], kept: [] };
  if (dropped.length) log(`The new report sheet does not carry what was added to the old one: ${listed(dropped)}.`);
  if (kept.length) log(`Kept on the report sheet, where they were: ${listed(kept)}.`);
  if (options.html !== undefined) log(`Wrote the HTML report to --html "${options.html}".`);
  if (deck) log(`Wrote ${deck.slides} slides to --pptx "${options.pptx ?? ""}".`);
  for (const o of plan.omitted) log(`Not included: ${leftOutMessage(o)}`);
  const warnings = issues.length - errors.length;
  if (warnings > 0) log(`${warnings} warning(s): csc-report validate lists them.`);
  if (year !== undefined) log(`Report year ${formatPeriod(year)}.`);
  if (benchmarks)
    log(
      `Compared with ${benchmarks.compare.join(", ")} as ${benchmarks.match.council.name} (LA ${benchmarks.match.council.code}), from DfE's published statistics.`,
    );
  return 0;
}

/** Prints an output refusal or write failure (its message names the file): exit 2. */
function refused(e: unknown, error: (line: string) => void): number {
  if (!(e instanceof OutputError)) throw e;
  error(`csc-report: ${e.message}`);
  return 2;
}
