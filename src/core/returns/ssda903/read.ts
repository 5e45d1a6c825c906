/**
 * Reads a 903 return from its files (any subset of the CSV tables, or the XML form), each
 * routed by its content; and works out the year, the figures and the findings.
 */
import { formatNumber, runToEnd, type Steps } from "../../base";
import type { FinancialYear } from "../../dates";
import { peekSource, sourceForm } from "../dispatch";
import { ruleSteps, type RuleRun } from "../common/rules";
import type { ReturnFigure, ReturnReadProblem, ReturnSource } from "../types";
import { context903Steps } from "./context";
import { derive903Steps } from "./derive";
import { emptyReturn903, type Return903 } from "./model";
import { readCsv903 } from "./read-csv";
import { readXml903, ROOT_903 } from "./read-xml";
import { RULES_903 } from "./rules";
import { collectionYear } from "./year";

/**
 * Reads the files of one 903 return (CSV tables and/or the XML form) into one return. A file
 * that cannot be read adds a fatal problem to `problems`; the others are still read.
 */
export async function read903(sources: Iterable<ReturnSource>): Promise<Return903> {
  const ret = emptyReturn903();
  for (const s of sources) {
    const { head, source } = await peekSource(s);
    const form = sourceForm(head);
    if (form === "ssda903-csv") await readCsv903(source, ret);
    else if (form === "ssda903-xml") await readXml903(source, ret);
    else {
      ret.problems.push({
        code: "not-a-903-xml",
        level: "fatal",
        where: { file: s.name, line: 1 },
        message: `${s.name} is not the SSDA903 return's XML (its root element is not <${ROOT_903}>)${form === "cin-xml" ? ": it is a children in need census file" : ""}.`,
      });
    }
  }
  return ret;
}

/** A 903 return looked at: its year, figures and findings, and what could not be read. */
export interface Analysis903 {
  readonly year?: FinancialYear;
  readonly figures: readonly ReturnFigure[];
  readonly findings: RuleRun;
  /** Read problems; any "fatal" one means no figures. */
  readonly problems: readonly ReturnReadProblem[];
}

/** How far the analysis has got, for a progress bar: a label in words, and done of total. */
export interface AnalyseProgress {
  /** "Checking DfE's rules on 250,000 children: 12 of 31 rules". */
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

/** Options of {@link analyse903} and {@link analyse903Steps}. */
export interface Analyse903Options {
  /** The collection year when the officer says it (else told from the dates). */
  readonly year?: FinancialYear;
  /** Last year's return, for the continuity rules. */
  readonly previous?: Return903;
  /** Hears how far the rules and the figures have got. */
  readonly onProgress?: (progress: AnalyseProgress) => void;
}

/**
 * The year, findings and figures of a return read by {@link read903}, as steps a slicer can
 * pause between (each a part of a rule's records, or of the children counted): DfE's rules
 * walk every episode and child once each, which on a large return is seconds of work.
 */
export function* analyse903Steps(ret: Return903, options: Analyse903Options = {}): Steps<Analysis903> {
  const none = { errors: [], queries: [] };
  const problems = [...ret.problems];
  if (problems.some((p) => p.level === "fatal")) return { figures: [], findings: none, problems };
  let year = options.year;
  if (!year) {
    const y = collectionYear(ret);
    if ("problem" in y) return { figures: [], findings: none, problems: [...problems, y.problem] };
    year = y.year;
  }
  const { onProgress } = options;
  const children = formatNumber(ret.episodesByChild.size);
  const context = yield* context903Steps(ret, year, options.previous);
  const findings = yield* ruleSteps(
    RULES_903,
    context,
    year.startYear,
    onProgress &&
      (({ done, total }) =>
        onProgress({ label: `Checking DfE's rules on ${children} children: ${done} of ${total} rules`, done, total })),
  );
  // The figures: one pass over the children, then one over the UASC records per count day.
  const total = ret.episodesByChild.size + 5 * ret.uasc.length;
  let done = 0;
  const label = () =>
    `Working out the figures: ${formatNumber(Math.min(done, total))} of ${formatNumber(total)} records`;
  onProgress?.({ label: label(), done, total });
  const derive = derive903Steps(ret, year);
  let figures;
  for (;;) {
    const step = derive.next();
    if (step.done) {
      figures = step.value;
      done = total;
      onProgress?.({ label: label(), done, total });
      break;
    }
    done += step.value;
    onProgress?.({ label: label(), done: Math.min(done, total), total });
    yield step.value;
  }
  return { year, figures, findings, problems };
}

/**
 * The year, figures and findings of a return read by {@link read903}, in one go (the CLI, tests).
 * @param options.year the collection year when the officer says it (else told from the dates).
 * @param options.previous last year's return, for the continuity rules.
 */
export function analyse903(ret: Return903, options: Omit<Analyse903Options, "onProgress"> = {}): Analysis903 {
  return runToEnd(analyse903Steps(ret, options));
}
