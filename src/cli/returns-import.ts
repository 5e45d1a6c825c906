/**
 * `csc-report import <file|folder>... -o book.xlsx [--into existing.xlsx] [--year 2017-18] [--assessment-log] [--force]`:
 * writes the figures derived from the returns given (the SSDA903 return, the children in need
 * census, or both) into the performance workbook's tables: a new workbook from the layout, or a
 * copy of the officer's (--into) where only empty cells and missing period rows are filled,
 * never a figure the officer typed; what differs is listed. The plan is core's
 * (planReturnsFill, the pane's too): this file reads and writes the files. Aggregates only,
 * except the census's Assessment Log rows (one per child's assessment), written only with
 * --assessment-log. Exit 0 written, 1 a return has errors (nothing written), 2 an unreadable
 * input, a bad argument or an output refused.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { formatPeriod } from "../core/dates";
import { planReturnsFill, RECONCILE_TARGETS, type ReturnsFillPlan } from "../core/returns";
import { LAYOUT, type DatasetId, type RawValue, type RawWorkbook } from "../core/workbook";
import type { FinancialYear } from "../core/dates";
import { reason, type Io } from "./io";
import { OutputError, checkOutputs, writeOutputs, type WriteOptions } from "./output";
import { readWorkbookBytes } from "./read-xlsx";
import { returnFiles } from "./return-files";
import { loadReturns } from "./returns";
import { templateBytes } from "./template";
import { fillTables } from "./xlsx/table-fill";
import { extensionRefusal } from "./xlsx/kind";

/** Options of {@link importCommand}. */
export interface ImportOptions extends Pick<WriteOptions, "fs" | "beforeCommit"> {
  readonly output: string;
  readonly into?: string;
  readonly year?: FinancialYear;
  /** Write the census's Assessment Log rows (child rows: only when the officer asks). */
  readonly assessmentLog?: boolean;
  readonly force?: boolean;
}

/** The layout's tables the figures (and the Assessment Log rows) go to, empty, as a new workbook has them. */
function emptyTables(assessmentLog: boolean): RawWorkbook {
  const ids = new Set<DatasetId>(
    RECONCILE_TARGETS.flatMap((t) => (t.workbook && t.fill !== false ? [t.workbook.dataset] : [])),
  );
  if (assessmentLog) ids.add("assessmentLog");
  return {
    sheets: LAYOUT.filter((s) => ids.has(s.id)).map((s) => ({
      name: s.sheet,
      tables: [{ name: s.table, sheet: s.sheet, top: 0, left: 0, headers: s.columns.map((c) => c.header), rows: [] }],
    })),
  };
}

/** A new workbook from the layout holding the planned rows (blank where the returns give nothing). */
async function newWorkbook(empty: RawWorkbook, plan: ReturnsFillPlan): Promise<Uint8Array> {
  const sample: RawWorkbook = {
    sheets: empty.sheets
      .map((s) => ({
        ...s,
        tables: s.tables.map((t) => ({
          ...t,
          rows: plan.rows
            .filter((r) => r.table === t.name)
            .sort((a, b) => a.index - b.index)
            .map((r) => r.values.map((v): RawValue => (v === "" ? null : v))),
        })),
      }))
      .filter((s) => s.tables.some((t) => t.rows.length)),
  };
  return templateBytes(sample, { guide: true });
}

/** Runs `import`. @returns the exit code. */
export async function importCommand(paths: readonly string[], options: ImportOptions, io: Io): Promise<number> {
  const write: WriteOptions = {
    force: options.force === true,
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.beforeCommit ? { beforeCommit: options.beforeCommit } : {}),
  };
  const input = options.into !== undefined ? { label: "--into", path: options.into } : undefined;
  const output = { label: "-o", path: options.output };
  try {
    // A return's file is an input too: never an output.
    const files = await returnFiles(paths);
    if ("files" in files && files.files.some((f) => resolve(f) === resolve(options.output))) {
      throw new OutputError(output, `-o "${options.output}" is one of the return's files; choose another name.`);
    }
    await checkOutputs(input, [output], write);
    // A new workbook is an .xlsx; a copy of --into is --into's kind (checked once it is read).
    const mismatch = input ? undefined : extensionRefusal(output, undefined);
    if (mismatch) throw new OutputError(output, mismatch);
  } catch (e) {
    io.stderr(`csc-report: ${reason(e)}`);
    return 2;
  }
  const loaded = await loadReturns(paths, {
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.assessmentLog ? { assessmentLog: true } : {}),
  });
  if ("error" in loaded) {
    io.stderr(`csc-report: ${loaded.error}`);
    return 2;
  }
  const returns = loaded.analysis.returns;
  const errors = returns.reduce((k, r) => k + r.findings.errors.length, 0);
  if (errors) {
    io.stderr(
      `csc-report: the return has ${errors} error(s) against DfE's rules; fix them first (csc-report returns lists them). Nothing was written.`,
    );
    return 1;
  }
  const figures = returns.flatMap((r) => r.figures);
  const log = returns.flatMap((r) => r.assessmentLog ?? []);
  const name = returns.map((r) => r.name).join(" and ");
  const planOptions = { rows: "at-end" as const, ...(options.assessmentLog ? { assessmentLog: log } : {}) };
  let plan: ReturnsFillPlan;
  let bytes: Uint8Array;
  try {
    if (options.into !== undefined) {
      const file = readWorkbookBytes(new Uint8Array(await readFile(options.into)));
      const mismatch = input && extensionRefusal(output, file.pkg.contentType(file.pkg.workbookPart), input);
      if (mismatch) {
        io.stderr(`csc-report: ${mismatch}`);
        return 2;
      }
      plan = planReturnsFill(figures, file.raw, name, { ...planOptions, writeDate1904: file.date1904 });
      bytes = fillTables(file, plan);
    } else {
      const empty = emptyTables(options.assessmentLog === true);
      plan = planReturnsFill(figures, empty, name, planOptions);
      bytes = await newWorkbook(empty, plan);
    }
  } catch (e) {
    io.stderr(`csc-report: cannot read the workbook "${options.into ?? ""}": ${reason(e)}`);
    return 2;
  }
  try {
    await writeOutputs(input, [{ ...output, data: bytes }], write);
  } catch (e) {
    io.stderr(`csc-report: ${reason(e)}`);
    return 2;
  }
  const periodRows = plan.rows.filter((r) => r.period);
  const logRows = plan.rows.length - periodRows.length;
  const written = plan.cells.length + periodRows.reduce((k, r) => k + r.filled.length, 0);
  const added = periodRows.map((r) => `${r.sheet} ${r.period ? formatPeriod(r.period) : ""}`);
  const years = [...new Set(returns.flatMap((r) => (r.year ? [formatPeriod(r.year)] : [])))].join(" and ");
  io.stdout(
    `wrote ${options.output}: ${written} figure(s) from the ${years} return (${plan.cells.length} empty cell(s) filled, ${added.length} row(s) added${added.length ? `: ${added.join(", ")}` : ""})${logRows ? `; ${logRows} Assessment Log row(s) added` : ""}`,
  );
  for (const d of plan.differences) io.stdout(`kept: ${d.message}`);
  for (const s of plan.notes) io.stdout(`not written: ${s}`);
  return 0;
}
