/**
 * Argument checks applied when a queued write runs: a wrong type is InvalidArgument at sync.
 */
import { invalidArgument } from "../model/errors";

/** Throws InvalidArgument unless `v` is a string. */
export function asString(v: unknown, what: string): string {
  if (typeof v !== "string") throw invalidArgument(`${what} must be a string.`);
  return v;
}

/** Throws InvalidArgument unless `v` is a boolean. */
export function asBoolean(v: unknown, what: string): boolean {
  if (typeof v !== "boolean") throw invalidArgument(`${what} must be a boolean.`);
  return v;
}

/** Throws InvalidArgument unless `v` is a finite number. */
export function asNumber(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw invalidArgument(`${what} must be a number.`);
  return v;
}

/** Throws InvalidArgument unless `v` is one of `allowed`. */
export function asEnum<E extends string>(v: unknown, allowed: readonly E[], what: string): E {
  if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) {
    throw invalidArgument(`${what} must be one of ${allowed.join(", ")}.`);
  }
  return v as E;
}
