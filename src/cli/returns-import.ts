/**
 * `csc-report import <file|folder>... -o book.xlsx [--into existing.xlsx] [--year 2017-18] [--force]`:
 * writes the figures derived from a return into the performance workbook's tables: a new
 * workbook from the layout, or a copy of the officer's (--into) where only empty cells and
 * missing period rows are filled, never a figure the officer typed; what differs is listed.
 * Aggregates only: no child-level value reaches the workbook. Exit 0 written, 1 the return has
 * errors (nothing written), 2 an unreadable input, a bad argument or an output refused.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { importPlan, type ImportPlan } from "../core/returns";
import type { RawWorkbook } from "../core/workbook";
import { formatPeriod, type FinancialYear } from "../core/dates";
import { reason, type Io } from "./io";
import { OutputError, checkOutputs, writeOutputs, type WriteOptions } from "./output";
import { readWorkbookBytes } from "./read-xlsx";
import { returnFiles } from "./return-files";
import { loadReturn } from "./returns";
import { buildTemplateWorkbook } from "./template";
import { fillTables } from "./xlsx/table-fill";

/** Options of {@link importCommand}. */
export interface ImportOptions extends Pick<WriteOptions, "fs" | "beforeCommit"> {
  readonly output: string;
  readonly into?: string;
  readonly year?: FinancialYear;
  readonly force?: boolean;
}

/** A new workbook from the layout holding the planned rows. */
async function newWorkbook(plan: ImportPlan): Promise<Uint8Array> {
  const sample: RawWorkbook = {
    sheets: plan.tables.map((t) => ({
      name: t.spec.sheet,
      tables: [
        {
          name: t.spec.table,
          sheet: t.spec.sheet,
          top: 0,
          left: 0,
          headers: t.spec.columns.map((c) => c.header),
          rows: t.adds.map((a) => a.cells),
        },
      ],
    })),
  };
  const wb = buildTemplateWorkbook(sample, { guide: true });
  return new Uint8Array(await wb.xlsx.writeBuffer());
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
  } catch (e) {
    io.stderr(`csc-report: ${reason(e)}`);
    return 2;
  }
  const loaded = await loadReturn(paths, options.year !== undefined ? { year: options.year } : {});
  if ("error" in loaded) {
    io.stderr(`csc-report: ${loaded.error}`);
    return 2;
  }
  const a = loaded.analysis;
  const fatal = a.problems.filter((p) => p.level === "fatal");
  if (fatal.length) {
    for (const p of fatal) io.stderr(`csc-report: ${p.message}`);
    return 2;
  }
  if (a.findings.errors.length) {
    io.stderr(
      `csc-report: the return has ${a.findings.errors.length} error(s) against DfE's rules; fix them first (csc-report returns lists them). Nothing was written.`,
    );
    return 1;
  }
  let plan: ImportPlan;
  let bytes: Uint8Array;
  try {
    if (options.into !== undefined) {
      const file = readWorkbookBytes(new Uint8Array(await readFile(options.into)));
      plan = importPlan(a.figures, file.raw);
      bytes = fillTables(file, plan.tables);
    } else {
      plan = importPlan(a.figures);
      bytes = await newWorkbook(plan);
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
  const fills = plan.tables.reduce((n, t) => n + t.fills.length, 0);
  const rows = plan.tables.flatMap((t) => t.adds.map((x) => `${t.spec.sheet} ${formatPeriod(x.period)}`));
  io.stdout(
    `wrote ${options.output}: ${plan.written} figure(s) from the ${a.year ? formatPeriod(a.year) : ""} return (${fills} empty cell(s) filled, ${rows.length} row(s) added${rows.length ? `: ${rows.join(", ")}` : ""})`,
  );
  for (const d of plan.differences) io.stdout(`kept: ${d}`);
  for (const s of plan.skipped) io.stdout(`not written: ${s}`);
  return 0;
}
