/**
 * The returns as the officer gives them, looked at in one step: each file routed to its
 * return's reader by its content (never its name), each return read, its year told, its
 * figures derived and DfE's rules run, then the figures reconciled with the workbook and DfE's
 * published figures. Shared by the task pane and the CLI, so both route, read and reconcile
 * alike.
 *
 * The readers are a map by return kind; both returns' readers are built in (a caller may
 * replace one, as the tests do).
 */
import { drive, runToEnd, type Slicer } from "../base";
import type { BenchmarkDataset } from "../benchmarks";
import type { FinancialYear } from "../dates";
import type { AssessmentLogRow } from "../workbook";
import { readCinReturn } from "./cin/return-reader";
import { chooseCouncil, type PublishedCouncil, type PublishedFor } from "./council";
import { peekSource, sourceForm, type SourceForm } from "./dispatch";
import { reconcile, type ReconcileRow } from "./reconcile";
import type { RuleRun } from "./common/rules";
import { analyse903Steps, read903, type AnalyseProgress } from "./ssda903/read";
import type { ReturnFigure, ReturnKind, ReturnReadProblem, ReturnSource } from "./types";

/** What a reader is given: this year's files of its return, last year's when known, and the year. */
export interface ReaderInput {
  readonly sources: readonly ReturnSource[];
  /** Last year's files of the same return (for the rules that compare years). */
  readonly previous?: readonly ReturnSource[];
  /** The collection year, when the officer says it (else the reader tells it from the dates). */
  readonly year?: FinancialYear;
  /** Collect the Assessment Log's child rows (the census; only when the officer asks). */
  readonly assessmentLog?: boolean;
  /** Gives the thread back between parts of the analysis after reading (else it runs in one go). */
  readonly slicer?: Slicer;
  /** Hears how far that analysis has got. */
  readonly onProgress?: (progress: AnalyseProgress) => void;
}

/** What a reader gives back: the year, the figures, the findings and what could not be read. */
export interface ReaderOutput {
  readonly year?: FinancialYear;
  readonly figures: readonly ReturnFigure[];
  readonly findings: RuleRun;
  /** Any "fatal" one means no figures. */
  readonly problems: readonly ReturnReadProblem[];
  /** The Assessment Log's rows, when asked for (child-level: in memory, written only on request). */
  readonly assessmentLog?: readonly AssessmentLogRow[];
  /** The council's DfE LA number the return's header names (the census's Source/LEA), when given. */
  readonly council?: string;
}

/** A return's reader: reads its files and analyses them. */
export type ReturnReader = (input: ReaderInput) => Promise<ReaderOutput>;

/** One return looked at. */
export interface ReturnAnalysis extends ReaderOutput {
  readonly kind: ReturnKind;
  /** The return's name in messages: its one file's name, or "SSDA903 return". */
  readonly name: string;
  /** The files read, by name. */
  readonly files: readonly string[];
}

/** Everything the officer's files gave. */
export interface ReturnsAnalysis {
  /** One entry per kind of return among the files, SSDA903 first. */
  readonly returns: readonly ReturnAnalysis[];
  /** Files no reader takes (XML that is neither return's). */
  readonly problems: readonly ReturnReadProblem[];
  /** Each figure beside the workbook's and DfE's. */
  readonly reconciliation: readonly ReconcileRow[];
  /** The council DfE's published figures were compared for, and where it came from. */
  readonly council?: PublishedCouncil;
  /** The census names a council DfE does not list, or another than the one compared. */
  readonly councilWarning?: string;
}

/** Options of {@link analyseReturns}. */
export interface AnalyseOptions {
  /** The collection year, when the officer says it. */
  readonly year?: FinancialYear;
  /** Last year's files (any kinds; routed as this year's are). */
  readonly previous?: readonly ReturnSource[];
  /** The workbook's validated data and its name, for the reconciliation. */
  readonly workbook?: Parameters<typeof reconcile>[2]["workbook"];
  /** DfE's published figures and the council the officer gave (--la, Settings), for the reconciliation. */
  readonly published?: PublishedFor;
  /**
   * DfE's published figures, loaded only when no council is given and a return's header names
   * one (the census's Source/LEA): the reconciliation then compares for that council.
   */
  readonly loadPublished?: () => Promise<BenchmarkDataset | undefined>;
  /** Readers replacing the built-in ones, by kind (tests). */
  readonly readers?: Partial<Record<ReturnKind, ReturnReader>>;
  /** Collect the census's Assessment Log rows (child rows: only when the officer asks). */
  readonly assessmentLog?: boolean;
  /**
   * Gives the thread back while DfE's rules and the figures are worked out after reading (the
   * pane; its yield may throw to cancel). Without one they run in one go (the CLI). The census
   * is checked child by child as it is read, so its reading's own yields already slice it.
   */
  readonly slicer?: Slicer;
  /** Hears how far the analysis after reading has got ("Checking DfE's rules ..."). */
  readonly onProgress?: (progress: AnalyseProgress) => void;
}

/** The built-in SSDA903 reader: reads both years' files and analyses this year's. */
export const read903Return: ReturnReader = async ({ sources, previous, year, slicer, onProgress }) => {
  const ret = await read903(sources);
  const extra: ReturnReadProblem[] = [];
  let last;
  if (previous?.length) {
    last = await read903(previous);
    // Last year's return only feeds the continuity rules: when it cannot be read, this year's
    // is still analysed without them, and the officer is told.
    const fatal = last.problems.filter((p) => p.level === "fatal");
    if (fatal.length) {
      extra.push(
        ...fatal.map((p) => ({ ...p, level: "skipped" as const, message: `Last year's return: ${p.message}` })),
      );
      last = undefined;
    }
  }
  const steps = analyse903Steps(ret, {
    ...(year ? { year } : {}),
    ...(last ? { previous: last } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const a = slicer ? await drive(steps, slicer) : runToEnd(steps);
  return { ...a, problems: [...a.problems, ...extra] };
};

/** The kind of return a form belongs to; undefined for XML that is no return. */
const KIND_OF_FORM: Readonly<Record<SourceForm, ReturnKind | undefined>> = {
  "ssda903-csv": "ssda903",
  "ssda903-xml": "ssda903",
  "cin-xml": "cin",
  "other-xml": undefined,
};

const KIND_NAMES: Readonly<Record<ReturnKind, string>> = {
  ssda903: "SSDA903 return",
  cin: "children in need census",
};

/** Sorts sources by kind (content decides), with a problem for each that no kind takes. */
async function route(
  sources: readonly ReturnSource[],
): Promise<{ byKind: Map<ReturnKind, ReturnSource[]>; problems: ReturnReadProblem[] }> {
  const byKind = new Map<ReturnKind, ReturnSource[]>();
  const problems: ReturnReadProblem[] = [];
  for (const s of sources) {
    const { head, source } = await peekSource(s);
    const kind = KIND_OF_FORM[sourceForm(head)];
    if (!kind) {
      problems.push({
        code: "not-a-return",
        level: "fatal",
        where: { file: s.name, line: 1 },
        message: `${s.name} is XML but not the SSDA903 return's (root <EXPSSDA903>) or the children in need census's (root <Message>).`,
      });
      continue;
    }
    const list = byKind.get(kind);
    if (list) list.push(source);
    else byKind.set(kind, [source]);
  }
  return { byKind, problems };
}

/**
 * Reads and analyses the officer's files, then reconciles every return's figures.
 * @param sources this year's files, of one or more returns, in any order.
 */
export async function analyseReturns(
  sources: readonly ReturnSource[],
  options: AnalyseOptions = {},
): Promise<ReturnsAnalysis> {
  const readers: Record<ReturnKind, ReturnReader> = {
    ssda903: read903Return,
    cin: readCinReturn,
    ...options.readers,
  };
  const current = await route(sources);
  const previous = options.previous ? await route(options.previous) : undefined;
  const problems = [...current.problems, ...(previous?.problems ?? [])];
  const returns: ReturnAnalysis[] = [];
  const kinds: readonly ReturnKind[] = ["ssda903", "cin"];
  for (const kind of kinds) {
    const files = current.byKind.get(kind);
    if (!files) continue;
    const reader = readers[kind];
    const last = previous?.byKind.get(kind);
    const out = await reader({
      sources: files,
      ...(last ? { previous: last } : {}),
      ...(options.year ? { year: options.year } : {}),
      ...(options.assessmentLog ? { assessmentLog: true } : {}),
      ...(options.slicer ? { slicer: options.slicer } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const name = files.length === 1 ? (files[0]?.name ?? KIND_NAMES[kind]) : KIND_NAMES[kind];
    returns.push({ ...out, kind, name, files: files.map((f) => f.name) });
  }
  const named = returns.flatMap((r) => (r.council ? [{ file: r.files[0] ?? r.name, la: r.council }] : []));
  const choice = await chooseCouncil(options.published, named, options.loadPublished);
  const reconciliation = returns.flatMap((r) =>
    reconcile(r.figures, r.name, {
      ...(options.workbook ? { workbook: options.workbook } : {}),
      ...(choice.published ? { published: choice.published } : {}),
    }),
  );
  return {
    returns,
    problems,
    reconciliation,
    ...(choice.council ? { council: choice.council } : {}),
    ...(choice.warning ? { councilWarning: choice.warning } : {}),
  };
}
