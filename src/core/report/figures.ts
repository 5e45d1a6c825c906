/**
 * The one place the report calls the indicator functions of `src/core/indicators`
 * (percentage change, UASC threshold, rounding), narrowing their CellError results to
 * `undefined` so the builder can leave out a headline whose figure cannot be computed.
 */
import { isCellError } from "../base";
import {
  pctChange as corePctChange,
  roundHalfUp as coreRoundHalfUp,
  ntsRate as coreNtsRate,
  uascQuota as coreUascQuota,
} from "../indicators";
import type { Serial } from "../dates";

function num(x: unknown): number | undefined {
  if (isCellError(x)) return undefined;
  return typeof x === "number" && Number.isFinite(x) ? x : undefined;
}

/** Half-up rounding to `dp` decimal places, as the reports round (shared indicator). */
export function roundHalfUp(x: number, dp: number): number {
  return coreRoundHalfUp(x, dp);
}

/** (new - old) / old as a share (2.088 for +208.8%), or undefined when old is 0 or missing. */
export function pctChange(oldValue: number, newValue: number): number | undefined {
  return num(corePctChange(oldValue, newValue));
}

/** The National Transfer Scheme threshold rate in force on `asOf` (0.0007 from 1 July 2016, 0.001 from 24 August 2022). */
export function ntsRate(asOf: Serial): number | undefined {
  return num(coreNtsRate(asOf));
}

/**
 * The number of looked-after UASC at which the authority reaches its NTS share on `asOf`;
 * `rate` (the workbook's NTS rate setting) replaces the protocol's rate for the date.
 */
export function uascQuota(population: number, asOf: Serial, rate?: number): number | undefined {
  return num(coreUascQuota(population, asOf, rate));
}
