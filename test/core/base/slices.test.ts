/**
 * Validation in slices: a driver over a fake clock gives the thread back whenever a slice's
 * budget is spent, never runs a slice much past it, and the result is the one-shot result.
 * Structure only: the clock is fake, nothing here measures real time.
 */
import { drive, runToEnd, Slicer, type Steps } from "../../../src/core/base/slices";
import {
  validateWorkbook,
  validationSteps,
  LOG_STEP_ROWS,
  type RawValue,
  type RawWorkbook,
} from "../../../src/core/workbook";
import { serialFromYmd } from "../../../src/core/dates";
import { timeliness } from "../../../src/core/indicators";
import { CellError } from "../../../src/core/base/errors";
import { withLog } from "../workbook/helpers";

/** A fake clock the test moves on; `yieldNow` counts the times the thread was given back. */
function fakeSlicer(budgetMs: number) {
  const clock = { t: 0, yields: 0 };
  const slicer = new Slicer({
    budgetMs,
    now: () => clock.t,
    yieldNow: () => {
      clock.yields++;
      return Promise.resolve();
    },
  });
  return { clock, slicer };
}

/** The sample with an assessment log of `n` rows (some open, some with problems). */
function withBigLog(n: number): RawWorkbook {
  const first = serialFromYmd(2019, 4, 1);
  const rows: RawValue[][] = [];
  for (let i = 0; i < n; i++) {
    const referral = first + (i % 700);
    const end = i % 40 === 0 ? null : i % 997 === 0 ? "soon" : referral + ((i * 7) % 80);
    rows.push([`C${i}`, referral, end]);
  }
  return withLog(rows);
}

describe("Slicer and drive", () => {
  function* counting(steps: number): Steps<number> {
    for (let i = 0; i < steps; i++) yield 1;
    return steps;
  }

  it("yields each time the budget is spent, and only then", async () => {
    const { clock, slicer } = fakeSlicer(10);
    // Each step costs 3 ms on the fake clock: a slice ends after the 4th step (12 ms >= 10).
    const result = await drive(counting(40), slicer, () => (clock.t += 3));
    expect(result).toBe(40);
    expect(clock.yields).toBe(10);
    expect(slicer.stats()).toEqual({ yields: 10, longestMs: 12 });
  });

  it("never yields while the clock stands still, and runToEnd gives the same value", async () => {
    const { clock, slicer } = fakeSlicer(10);
    await expect(drive(counting(1000), slicer)).resolves.toBe(1000);
    expect(clock.yields).toBe(0);
    expect(runToEnd(counting(1000))).toBe(1000);
  });
});

describe("validation in slices", () => {
  const ROWS = 200_000;
  const raw = withBigLog(ROWS);
  const oneShot = validateWorkbook(raw);

  it("a 200,000-row log: yields at least once per budget of rows, each slice within budget plus one step", async () => {
    // The fake clock advances 0.01 ms per row handled: 25 ms of budget is 2,500 rows.
    const perRow = 0.01;
    const budget = 25;
    const { clock, slicer } = fakeSlicer(budget);
    let rows = 0;
    const result = await drive(validationSteps(raw), slicer, (n) => {
      rows += n;
      clock.t += n * perRow;
    });
    expect(result).toEqual(oneShot);
    // The log is read (200,000 rows) and its completed rows counted again for timeliness.
    expect(rows).toBeGreaterThan(ROWS);
    expect(clock.yields).toBeGreaterThanOrEqual(Math.floor((rows * perRow) / (budget + LOG_STEP_ROWS * perRow)));
    expect(clock.yields).toBeGreaterThanOrEqual(50);
    // No step is larger than LOG_STEP_ROWS rows, so no slice runs past the budget by more than one step.
    expect(slicer.stats().longestMs).toBeLessThanOrEqual(budget + LOG_STEP_ROWS * perRow + 1e-9);
  });

  it("counts the log's timeliness in slices exactly as one pass over the whole year does", () => {
    // The one-pass reference: every completed assessment of 2019-20 through timeliness() at once.
    const log = raw.sheets.find((s) => s.name === "Assessment Log")?.tables[0]?.rows ?? [];
    const [from, to] = [serialFromYmd(2019, 4, 1), serialFromYmd(2020, 3, 31)];
    const year = log.filter((r) => typeof r[2] === "number" && r[2] >= from && r[2] <= to);
    const once = timeliness(
      year.map((r) => r[1]),
      year.map((r) => r[2]),
    );
    if (once instanceof CellError) throw new Error(once.message);
    expect(once.completed).toBeGreaterThan(2 * LOG_STEP_ROWS);
    const mismatch = oneShot.issues.find((i) => i.code === "log-timeliness-mismatch" && i.message.includes("2019-20"));
    const counts = /\(([\d,]+) of ([\d,]+) completed/.exec(mismatch?.message ?? "");
    expect(counts?.slice(1).map((n) => Number(n.replace(/,/g, "")))).toEqual([once.within, once.completed]);
  });
});
