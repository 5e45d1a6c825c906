/**
 * `csc-report returns <file|folder>... [--year 2017-18] [--previous <file|folder>] [--workbook book.xlsx] [--la 850] [--json]`:
 * reads a statutory return (the SSDA903 CSV tables or its XML), prints the figures with their
 * definitions, the DfE rules' findings, and the reconciliation with the performance workbook
 * and DfE's published figures. Exit 0 no error (queries allowed), 1 errors, 2 an input that
 * cannot be read (or bad arguments). The inputs are only read; child-level data stays in memory.
 */
import { formatPeriod, isoFromSerial, ukFromSerial, type FinancialYear } from "../core/dates";
import { isMatch, matchCouncil } from "../core/benchmarks";
import { validateWorkbook } from "../core/workbook";
import {
  analyse903,
  findingLine,
  peekSource,
  read903,
  reconcile,
  sourceForm,
  type Analysis903,
  type ReconcileRow,
  type Return903,
  type ReturnFigure,
  type ReturnFinding,
  type ReturnSource,
} from "../core/returns";
import { loadBenchmarks } from "./benchmarks-data";
import { reason, type Io } from "./io";
import { readWorkbookFile } from "./read-xlsx";
import { fileSource, returnFiles } from "./return-files";

/** Options of {@link returnsCommand}. */
export interface ReturnsOptions {
  /** The collection year (checked by the option's parser); default told from the episodes. */
  readonly year?: FinancialYear;
  readonly previous?: readonly string[];
  readonly workbook?: string;
  readonly la?: string;
  readonly json?: boolean;
}

/** A return read from the command line: the analysis, or the exit-2 message. */
export type LoadedReturn = { readonly analysis: Analysis903; readonly name: string } | { readonly error: string };

/**
 * Sorts the inputs by their content: SSDA903 CSV tables and XML go to the 903 reader. A
 * children in need census file (root element <Message>) is where the census reader
 * (src/core/returns/cin) plugs in; until then it is refused with a message.
 */
async function route(paths: readonly string[]): Promise<{ ssda903: ReturnSource[] } | { error: string }> {
  const ssda903: ReturnSource[] = [];
  for (const path of paths) {
    const { head, source } = await peekSource(fileSource(path));
    const form = sourceForm(head);
    if (form === "cin-xml")
      return {
        error: `${source.name} is a children in need census file; this command reads the SSDA903 return's files.`,
      };
    ssda903.push(source);
  }
  return { ssda903 };
}

/** Reads the files of one 903 return. */
async function readReturn(paths: readonly string[]): Promise<{ ret: Return903 } | { error: string }> {
  const files = await returnFiles(paths);
  if ("error" in files) return files;
  try {
    const routed = await route(files.files);
    if ("error" in routed) return routed;
    return { ret: await read903(routed.ssda903) };
  } catch (e) {
    return { error: `cannot read the return: ${reason(e)}` };
  }
}

/** Reads and analyses the return named on the command line (with last year's when given). */
export async function loadReturn(
  paths: readonly string[],
  options: Pick<ReturnsOptions, "year" | "previous">,
): Promise<LoadedReturn> {
  const year = options.year;
  const current = await readReturn(paths);
  if ("error" in current) return current;
  let previous: Return903 | undefined;
  if (options.previous?.length) {
    const p = await readReturn(options.previous);
    if ("error" in p) return p;
    const fatal = p.ret.problems.find((x) => x.level === "fatal");
    if (fatal) return { error: `last year's return: ${fatal.message}` };
    previous = p.ret;
  }
  const analysis = analyse903(current.ret, { ...(year ? { year } : {}), ...(previous ? { previous } : {}) });
  const name = current.ret.files.length === 1 ? (current.ret.files[0]?.name ?? "return") : "SSDA903 return";
  return { analysis, name };
}

/** A figure as --json prints it. */
export function figureJson(f: ReturnFigure): Record<string, unknown> {
  return {
    id: f.id,
    value: f.value,
    ...(f.date !== undefined ? { date: isoFromSerial(f.date) } : {}),
    ...(f.year ? { year: formatPeriod(f.year) } : {}),
    label: f.label,
    definition: f.definition,
  };
}

/** A finding as --json prints it. */
function findingJson(f: ReturnFinding): Record<string, unknown> {
  const w = f.where;
  return {
    code: f.code,
    severity: f.severity,
    child: f.child,
    message: f.message,
    file: w.file,
    ...(w.row !== undefined ? { row: w.row } : {}),
    ...(w.line !== undefined ? { line: w.line } : {}),
    field: w.column ?? w.element ?? "",
    fields: f.fields,
    values: f.values,
  };
}

function reconcileJson(r: ReconcileRow): Record<string, unknown> {
  const { id, value, date, year } = figureJson(r.figure);
  return {
    figure: id,
    ...(date !== undefined ? { date } : {}),
    ...(year !== undefined ? { year } : {}),
    value,
    ...(r.period ? { period: formatPeriod(r.period) } : {}),
    ...(r.workbook ? { workbook: r.workbook } : {}),
    ...(r.published ? { published: r.published } : {}),
    status: r.status,
    message: r.message,
  };
}

const when = (f: ReturnFigure) =>
  f.date !== undefined ? `at ${ukFromSerial(f.date)}` : f.year ? formatPeriod(f.year) : "";

/** The reconciliation's sources: the workbook's data and DfE's figures for its council (or --la). */
async function reconcileWith(options: ReturnsOptions, io: Io): Promise<Parameters<typeof reconcile>[2] | number> {
  let workbook: { data: NonNullable<ReturnType<typeof validateWorkbook>["data"]>; name: string } | undefined;
  if (options.workbook !== undefined) {
    let raw;
    try {
      raw = await readWorkbookFile(options.workbook);
    } catch (e) {
      io.stderr(`csc-report: cannot read the workbook "${options.workbook}": ${reason(e)}`);
      return 2;
    }
    const { data } = validateWorkbook(raw);
    if (data) workbook = { data, name: options.workbook };
    else
      io.stderr(
        `csc-report: the workbook "${options.workbook}" has errors, so its figures are not compared (run csc-report validate).`,
      );
  }
  const la = options.la ?? workbook?.data.settings.localAuthority;
  // DfE's dataset is loaded only when there is a council to compare as.
  const published = la !== undefined ? await loadBenchmarks() : undefined;
  const m = published && la !== undefined ? matchCouncil(published, la) : undefined;
  if (m && !isMatch(m))
    io.stderr(
      `csc-report: DfE's published figures are not compared: ${m.message.replace("in the Settings table ", "")}`,
    );
  return {
    ...(workbook ? { workbook } : {}),
    ...(published && m && isMatch(m)
      ? { published: { data: published, council: m.council.code, councilName: m.council.name } }
      : {}),
  };
}

/**
 * Runs `returns`.
 * @returns the exit code (0 no error, 1 errors, 2 unreadable input or bad arguments).
 */
export async function returnsCommand(paths: readonly string[], options: ReturnsOptions, io: Io): Promise<number> {
  const loaded = await loadReturn(paths, options);
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
  const sources = await reconcileWith(options, io);
  if (typeof sources === "number") return sources;
  const rows = reconcile(a.figures, loaded.name, sources);
  const findings = [...a.findings.errors, ...a.findings.queries];
  if (options.json) {
    io.stdout(
      JSON.stringify({
        year: a.year ? formatPeriod(a.year) : null,
        figures: a.figures.map(figureJson),
        findings: findings.map(findingJson),
        problems: a.problems.map((p) => ({ code: p.code, message: p.message, ...p.where })),
        reconciliation: rows.map(reconcileJson),
      }),
    );
  } else printText(a, rows, io);
  return a.findings.errors.length > 0 ? 1 : 0;
}

function printText(a: Analysis903, rows: readonly ReconcileRow[], io: Io): void {
  io.stdout(`SSDA903 return, collection year ${a.year ? formatPeriod(a.year) : "?"}`);
  io.stdout("");
  const width = Math.max(...a.figures.map((f) => `${f.label} ${when(f)}`.length));
  for (const f of a.figures) io.stdout(`  ${`${f.label} ${when(f)}`.padEnd(width)}  ${String(f.value).padStart(7)}`);
  io.stdout("");
  io.stdout("Definitions:");
  for (const f of a.figures.filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i))
    io.stdout(`  ${f.label}: ${f.definition}`);
  const findings = [...a.findings.errors, ...a.findings.queries];
  if (findings.length) {
    io.stdout("");
    io.stdout("Findings (DfE's validation rules):");
    for (const f of findings) io.stdout(`  ${findingLine(f)}`);
  }
  const compared = rows.filter((r) => r.status !== "alone");
  io.stdout("");
  if (compared.length) {
    io.stdout("Reconciliation:");
    for (const r of compared) io.stdout(`  ${r.status === "differs" ? "warning " : ""}${r.message}`);
  } else io.stdout("Reconciliation: nothing to compare with (give --workbook, or --la for DfE's published figures).");
  io.stdout("");
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? "" : "s"}`;
  const differs = rows.filter((r) => r.status === "differs").length;
  io.stdout(
    `${n(a.findings.errors.length, "error")}, ${n(a.findings.queries.length, "query")}${differs ? `, ${n(differs, "figure")} differing` : ""}`.replace(
      "querys",
      "queries",
    ),
  );
}
