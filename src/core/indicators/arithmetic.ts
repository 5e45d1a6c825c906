/**
 * The report's headline arithmetic: percentage change, rates per 10,000 children and
 * RAG (red/amber/green) ratings against thresholds.
 */
import { CellError } from "../errors";

/**
 * Percentage change as a share, (new - old) / old: 137 -> 423 is 2.0876 (+209%).
 * @returns the change, `#DIV/0!` when old is 0, `#VALUE!` for a non-finite input.
 */
export function pctChange(oldValue: number, newValue: number): number | CellError {
  if (!Number.isFinite(oldValue) || !Number.isFinite(newValue)) {
    return new CellError("#VALUE!", "Both values must be numbers.");
  }
  if (oldValue === 0) return new CellError("#DIV/0!", "The old value is 0, so a percentage change cannot be computed.");
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
    return new CellError("#VALUE!", "The count and the population must be numbers.");
  }
  if (population === 0) return new CellError("#DIV/0!", "The population is 0.");
  if (population < 0) return new CellError("#VALUE!", `The population must be more than 0 (got ${population}).`);
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
    return new CellError("#VALUE!", "The value and both thresholds must be numbers.");
  }
  if (higherIsBetter ? amber > green : amber < green) {
    return new CellError(
      "#VALUE!",
      higherIsBetter
        ? `When higher is better the amber threshold (${amber}) must not be above the green one (${green}); give FALSE as higher_is_better when lower values are better.`
        : `When lower is better the amber threshold (${amber}) must not be below the green one (${green}).`,
    );
  }
  const atLeast = (threshold: number): boolean => (higherIsBetter ? value >= threshold : value <= threshold);
  return atLeast(green) ? "Green" : atLeast(amber) ? "Amber" : "Red";
}
