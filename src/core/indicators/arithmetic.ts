/**
 * The report's headline arithmetic: percentage change, rates per 10,000 children and
 * RAG (red/amber/green) ratings against thresholds.
 */
import { ERROR_MESSAGES as M, CellError } from "../base";

/**
 * Percentage change as a share, (new - old) / old: 137 -> 423 is 2.0876 (+209%). Named for what
 * it returns, a number or a CellError, apart from CSC.PCT_CHANGE's `pctChange` (src/functions),
 * which throws the error Excel shows.
 * @returns the change, `#DIV/0!` when old is 0, `#VALUE!` for a non-finite input.
 */
export function pctChangeOrError(oldValue: number, newValue: number): number | CellError {
  if (!Number.isFinite(oldValue) || !Number.isFinite(newValue)) {
    return new CellError("#VALUE!", M.changeNotNumbers());
  }
  if (oldValue === 0) return new CellError("#DIV/0!", M.changeFromZero());
  return (newValue - oldValue) / oldValue;
}

/**
 * A count per 10,000 of a population (DfE and the reports quote child protection plans and
 * children looked after per 10,000 children aged under 18, ONS mid-year estimate).
 * @returns count / population x 10,000; `#DIV/0!` when population is 0; `#VALUE!` for a
 *   negative population or a non-finite input.
 */
export function ratePer10k(count: number, population: number): number | CellError {
  if (!Number.isFinite(count) || !Number.isFinite(population)) {
    return new CellError("#VALUE!", M.rateNotNumbers());
  }
  if (population === 0) return new CellError("#DIV/0!", M.populationZero());
  if (population < 0) return new CellError("#VALUE!", M.populationNegative(population));
  return (count / population) * 10000;
}

/** A RAG rating. */
export type Rag = "Green" | "Amber" | "Red";

/**
 * Rates a value against two thresholds. When higher is better: Green at or above `green`,
 * Amber at or above `amber`, else Red; when lower is better, at or below.
 * @returns the rating, or `#VALUE!` (the error Excel shows with its message) when the
 *   thresholds are the wrong way round for the direction.
 */
export function rag(value: number, green: number, amber: number, higherIsBetter = true): Rag | CellError {
  if (![value, green, amber].every(Number.isFinite)) {
    return new CellError("#VALUE!", M.ragNotNumbers());
  }
  if (higherIsBetter ? amber > green : amber < green) {
    return new CellError("#VALUE!", higherIsBetter ? M.ragHigherOrder(amber, green) : M.ragLowerOrder(amber, green));
  }
  const atLeast = (threshold: number): boolean => (higherIsBetter ? value >= threshold : value <= threshold);
  return atLeast(green) ? "Green" : atLeast(amber) ? "Amber" : "Red";
}
