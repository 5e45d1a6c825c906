/**
 * Reads a 903 return from its files (any subset of the CSV tables, or the XML form), each
 * routed by its content; and works out the year, the figures and the findings.
 */
import type { FinancialYear } from "../../dates";
import { peekSource, sourceForm } from "../dispatch";
import { runRules, type RuleRun } from "../shared/rules";
import type { ReturnFigure, ReturnReadProblem, ReturnSource } from "../types";
import { context903 } from "./context";
import { derive903 } from "./derive";
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

/**
 * The year, figures and findings of a return read by {@link read903}.
 * @param options.year the collection year when the officer says it (else told from the dates).
 * @param options.previous last year's return, for the continuity rules.
 */
export function analyse903(
  ret: Return903,
  options: { readonly year?: FinancialYear; readonly previous?: Return903 } = {},
): Analysis903 {
  const none = { errors: [], queries: [] };
  const problems = [...ret.problems];
  if (problems.some((p) => p.level === "fatal")) return { figures: [], findings: none, problems };
  let year = options.year;
  if (!year) {
    const y = collectionYear(ret);
    if ("problem" in y) return { figures: [], findings: none, problems: [...problems, y.problem] };
    year = y.year;
  }
  const findings = runRules(RULES_903, context903(ret, year, options.previous), year.startYear);
  return { year, figures: derive903(ret, year), findings, problems };
}
