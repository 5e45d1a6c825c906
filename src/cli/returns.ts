/**
 * `csc-report returns <file|folder>... [--year 2017-18] [--previous <file|folder>...] [--workbook book.xlsx] [--la 850] [--json]`:
 * reads the statutory returns given (the SSDA903 return's CSV tables or XML, the children in
 * need census XML, or both), prints each return's figures with their definitions, the DfE
 * rules' findings, and the reconciliation with the performance workbook and DfE's published
 * figures. Routing, reading and reconciling are core's (analyseReturns, shared with the pane);
 * this file reads the files and prints. Exit 0 no error (queries allowed), 1 errors, 2 an input
 * that cannot be read (or bad arguments). The inputs are only read; child-level data stays in
 * memory.
 */
import { formatPeriod, isoFromSerial, type FinancialYear } from "../core/dates";
import { isMatch, matchCouncil } from "../core/benchmarks";
import { validateWorkbook } from "../core/workbook";
import {
  analyseReturns,
  councilWords,
  findingLine,
  figureHeading,
  type AnalyseOptions,
  type ReconcileRow,
  type ReturnAnalysis,
  type ReturnFigure,
  type ReturnFinding,
  type ReturnsAnalysis,
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

/**
 * Reads and analyses the returns named on the command line (with last year's when given), or
 * the exit-2 message: a file that cannot be opened, or any fatal read problem.
 */
export async function loadReturns(
  paths: readonly string[],
  options: Pick<ReturnsOptions, "year" | "previous"> &
    Pick<AnalyseOptions, "workbook" | "published" | "loadPublished" | "assessmentLog">,
): Promise<{ readonly analysis: ReturnsAnalysis } | { readonly error: string }> {
  const year = options.year;
  const current = await returnFiles(paths);
  if ("error" in current) return current;
  const previous = options.previous?.length ? await returnFiles(options.previous) : undefined;
  if (previous && "error" in previous) return { error: `last year's return: ${previous.error}` };
  let analysis: ReturnsAnalysis;
  try {
    analysis = await analyseReturns(current.files.map(fileSource), {
      ...(year ? { year } : {}),
      ...(previous ? { previous: previous.files.map(fileSource) } : {}),
      ...(options.workbook ? { workbook: options.workbook } : {}),
      ...(options.published ? { published: options.published } : {}),
      ...(options.loadPublished ? { loadPublished: options.loadPublished } : {}),
      ...(options.assessmentLog ? { assessmentLog: true } : {}),
    });
  } catch (e) {
    return { error: `cannot read the return: ${reason(e)}` };
  }
  const fatal = [...analysis.problems, ...analysis.returns.flatMap((r) => r.problems)].filter(
    (p) => p.level === "fatal",
  );
  if (fatal.length) return { error: fatal.map((p) => p.message).join("\ncsc-report: ") };
  return { analysis };
}

/** A figure as --json prints it. */
function figureJson(f: ReturnFigure): Record<string, unknown> {
  return {
    id: f.id,
    kind: f.kind,
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
    kind: f.kind,
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
    ...(r.note ? { note: r.note } : {}),
  };
}

/**
 * The reconciliation's sources: the workbook's data and DfE's figures for the council of --la,
 * else of the workbook's Settings, else the one the census header names (loaded when needed).
 */
async function reconcileWith(
  options: Pick<ReturnsOptions, "workbook" | "la">,
  io: Io,
): Promise<Pick<AnalyseOptions, "workbook" | "published" | "loadPublished"> | number> {
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
  const given = options.la !== undefined ? "given by --la" : "in the workbook's Settings table";
  const m = published && la !== undefined ? matchCouncil(published, la, given) : undefined;
  if (m && !isMatch(m)) io.stderr(`csc-report: DfE's published figures are not compared: ${m.message}`);
  const from =
    options.la !== undefined ? `given by --la ${options.la}` : `named in the workbook's Settings ("${la ?? ""}")`;
  return {
    ...(workbook ? { workbook } : {}),
    ...(published && m && isMatch(m)
      ? { published: { data: published, council: m.council.code, councilName: m.council.name, from } }
      : la === undefined
        ? { loadPublished: loadBenchmarks }
        : {}),
  };
}

/**
 * Runs `returns`.
 * @returns the exit code (0 no error, 1 errors, 2 unreadable input or bad arguments).
 */
export async function returnsCommand(paths: readonly string[], options: ReturnsOptions, io: Io): Promise<number> {
  const sources = await reconcileWith(options, io);
  if (typeof sources === "number") return sources;
  const loaded = await loadReturns(paths, {
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
    ...sources,
  });
  if ("error" in loaded) {
    io.stderr(`csc-report: ${loaded.error}`);
    return 2;
  }
  const a = loaded.analysis;
  const errors = a.returns.reduce((n, r) => n + r.findings.errors.length, 0);
  if (options.json) {
    const first = a.returns[0];
    io.stdout(
      JSON.stringify({
        year: first?.year ? formatPeriod(first.year) : null,
        returns: a.returns.map((r) => ({
          kind: r.kind,
          name: r.name,
          files: r.files,
          year: r.year ? formatPeriod(r.year) : null,
        })),
        figures: a.returns.flatMap((r) => r.figures.map(figureJson)),
        findings: a.returns.flatMap((r) => [...r.findings.errors, ...r.findings.queries].map(findingJson)),
        problems: [...a.problems, ...a.returns.flatMap((r) => r.problems)].map((p) => ({
          code: p.code,
          message: p.message,
          ...p.where,
        })),
        reconciliation: a.reconciliation.map(reconcileJson),
        council: a.council ?? null,
        ...(a.councilWarning ? { councilWarning: a.councilWarning } : {}),
      }),
    );
  } else {
    for (const r of a.returns) printReturn(r, io);
    printReconciliation(a, io);
  }
  return errors > 0 ? 1 : 0;
}

const TITLES: Readonly<Record<ReturnAnalysis["kind"], string>> = {
  ssda903: "SSDA903 return",
  cin: "Children in need census",
};

const n = (k: number, w: string) => `${k} ${w}${k === 1 ? "" : "s"}`.replace("querys", "queries");

function printReturn(a: ReturnAnalysis, io: Io): void {
  io.stdout(
    `${TITLES[a.kind]}${a.files.length === 1 ? ` (${a.name})` : ""}, collection year ${a.year ? formatPeriod(a.year) : "?"}`,
  );
  io.stdout("");
  const width = Math.max(...a.figures.map((f) => figureHeading(f).length));
  for (const f of a.figures) io.stdout(`  ${figureHeading(f).padEnd(width)}  ${String(f.value).padStart(7)}`);
  io.stdout("");
  io.stdout("Definitions:");
  for (const f of a.figures.filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i)) {
    io.stdout(`  ${f.label}: ${f.definition}`);
    if (f.detail) io.stdout(`    ${f.detail}`);
  }
  const findings = [...a.findings.errors, ...a.findings.queries];
  if (findings.length) {
    io.stdout("");
    io.stdout("Findings (DfE's validation rules):");
    for (const f of findings) io.stdout(`  ${findingLine(f)}`);
  }
  const skipped = a.problems.filter((p) => p.level === "skipped");
  if (skipped.length) {
    io.stdout("");
    io.stdout("Not read:");
    for (const p of skipped) io.stdout(`  ${p.message}`);
  }
  io.stdout("");
  io.stdout(`${n(a.findings.errors.length, "error")}, ${n(a.findings.queries.length, "query")}`);
  io.stdout("");
}

function printReconciliation(a: ReturnsAnalysis, io: Io): void {
  const rows = a.reconciliation;
  const compared = rows.filter((r) => r.status !== "alone");
  if (compared.length) {
    io.stdout("Reconciliation:");
    for (const r of compared) io.stdout(`  ${r.status === "differs" ? "warning " : ""}${r.message}`);
  } else if (!a.council)
    io.stdout("Reconciliation: nothing to compare with (give --workbook, or --la for DfE's published figures).");
  else io.stdout("Reconciliation: DfE publishes none of these figures for the council and year.");
  if (a.council) io.stdout(councilWords(a.council));
  if (a.councilWarning) io.stdout(`warning ${a.councilWarning}`);
  const differs = rows.filter((r) => r.status === "differs").length;
  if (differs) {
    io.stdout("");
    io.stdout(`${n(differs, "figure")} differing`);
  }
}
