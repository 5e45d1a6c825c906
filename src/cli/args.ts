/**
 * The command line's typed options: each parser turns an argument into the value the command
 * takes, or throws commander's InvalidArgumentError with the officer's wording, which commander
 * prints after naming the option and the argument ("error: option '--year <year>' argument
 * '2017' is invalid. ...") and main() answers with exit code 2. The commands then receive
 * checked values and never re-check them.
 */
import { InvalidArgumentError } from "commander";
import { parsePeriod, type FinancialYear, type QuarterStyle } from "../core/dates";
import { COMPARATORS, type Comparator } from "../core/benchmarks";

/** The values of --quarter-style, for commander's `choices`. */
export const QUARTER_STYLES: readonly QuarterStyle[] = ["end-month", "range"];

/**
 * A --year parser: a financial year written as DfE writes it ("2019-20").
 * @param example the year shown in the message, one the command's data has.
 */
export function financialYearArg(example: string): (text: string) => FinancialYear {
  return (text) => {
    const p = parsePeriod(text);
    if (p?.kind !== "year") throw new InvalidArgumentError(`It is not a financial year: write it as ${example}.`);
    return p;
  };
}

/** Parses --compare: a comma-separated list of DfE's comparators, at least one. */
export function comparatorsArg(text: string): readonly Comparator[] {
  const listed = text
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "");
  const unknown = listed.filter((c) => !(COMPARATORS as readonly string[]).includes(c));
  if (unknown.length > 0 || listed.length === 0)
    throw new InvalidArgumentError(
      `--compare takes ${COMPARATORS.join(", ")} (comma-separated)${unknown.length > 0 ? `, not "${unknown.join(", ")}"` : ""}.`,
    );
  return listed as Comparator[];
}
