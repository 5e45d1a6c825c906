/**
 * Today's date for the custom functions (UASC_QUOTA's omitted as_of), behind a small
 * injectable clock so tests can fix the day. The wall clock is read here, not in core.
 */
import { serialFromYmd, type Serial } from "../core/dates";

/** Returns today's date as an Excel serial. */
export type Clock = () => Serial;

/** The system clock: today's date on the user's machine (local time, as Excel's TODAY()). */
export const systemClock: Clock = () => {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
};

let current: Clock = systemClock;

/** Today's date as an Excel serial, from the current clock. */
export function today(): Serial {
  return current();
}

/** Replaces the clock (tests); returns the previous one so it can be restored. */
export function setClock(clock: Clock): Clock {
  const previous = current;
  current = clock;
  return previous;
}
