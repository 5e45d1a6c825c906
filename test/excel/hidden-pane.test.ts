/**
 * Long validation in a hidden pane. The shared runtime keeps working with the task pane closed
 * or the browser tab in the background, where Chromium holds chained timers to one wake-up a
 * second (after five minutes, a minute): "Heavy throttling of chained JS timers beginning in
 * Chrome 88". Validation yields between 25 ms slices through a posted message, which no such
 * rule slows (src/excel/yield.ts). Timed in virtual time on an event loop that throttles as
 * Chromium does (support/throttled-event-loop.ts): the figures are counts, not a stopwatch.
 */
import { validateWorkbook } from "../../src/core/workbook";
import { readWorkbook } from "../../src/excel";
import { installGlobalExcel } from "@csc/fake-excel";
import { sampleWithLog, validateOnLoop } from "../../support/hidden-validation";

const ROWS = 20_000;
const visible = { state: "visible" } as const;
const hidden = { state: "hidden", hiddenForMs: 0 } as const;
const hiddenLong = { state: "hidden", hiddenForMs: 10 * 60_000 } as const;

describe("validation in a hidden pane", () => {
  const wb = sampleWithLog(ROWS);
  let expected: unknown;

  // Each run is a full read and validation of 20,000 log rows (about a second on a quiet machine).
  beforeAll(async () => {
    const uninstall = installGlobalExcel(wb);
    try {
      expected = validateWorkbook(await readWorkbook());
    } finally {
      uninstall();
    }
  }, 60_000);

  const checked = (r: { result: object }) => {
    const { sheets: _s, yearsNamed: _y, ...rest } = r.result as Record<string, unknown>;
    return rest;
  };

  it("finishes in the same virtual time hidden as visible, and finds the same issues", async () => {
    const shown = await validateOnLoop(wb, visible, true);
    const back = await validateOnLoop(wb, hidden, true);
    const longBack = await validateOnLoop(wb, hiddenLong, true);
    // The work is sliced: many yields, each a message, none a timer.
    expect(shown.yields).toBeGreaterThanOrEqual(8);
    expect(back.stats.messages).toBe(back.yields);
    expect(back.stats.timers).toBe(0);
    // Virtual time is the work itself, whatever the visibility.
    expect(back.stats.elapsedMs).toBe(shown.stats.elapsedMs);
    expect(longBack.stats.elapsedMs).toBe(shown.stats.elapsedMs);
    expect(back.stats.elapsedMs).toBeCloseTo(back.stats.workMs, 6);
    expect(checked(back)).toEqual(expected);
    expect(checked(shown)).toEqual(expected);
  }, 60_000);

  it("would wait about a second a slice hidden if it yielded by timer (the loop does throttle)", async () => {
    const shown = await validateOnLoop(wb, visible, false);
    const back = await validateOnLoop(wb, hidden, false);
    const longBack = await validateOnLoop(wb, hiddenLong, false);
    expect(checked(back)).toEqual(expected);
    // Visible, the fifth nested timer onwards waits 4 ms: a little over the work.
    expect(shown.stats.elapsedMs).toBeLessThan(shown.stats.workMs * 1.25);
    // Hidden, each throttled yield waits for the next whole second: many times the work...
    expect(back.stats.throttledTimers).toBeGreaterThanOrEqual(back.yields - 4);
    expect(back.stats.elapsedMs).toBeGreaterThan(10 * shown.stats.elapsedMs);
    expect(back.stats.elapsedMs).toBeGreaterThanOrEqual((back.yields - 4) * 1_000 * 0.9);
    // ... and after five minutes hidden, for the next whole minute.
    expect(longBack.stats.elapsedMs).toBeGreaterThanOrEqual((longBack.yields - 4) * 60_000 * 0.9);
    // Through messages, the hidden run takes what the visible timer run takes, or less.
    const byMessage = await validateOnLoop(wb, hidden, true);
    expect(byMessage.stats.elapsedMs).toBeLessThanOrEqual(shown.stats.elapsedMs);
  }, 60_000);
});
