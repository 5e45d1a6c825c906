/**
 * Validation in a visible and in a hidden task pane, in virtual time on an event loop that
 * throttles timers as Chromium does (support/throttled-event-loop.ts: from the fifth nested
 * timer, 4 ms visible; hidden, the next whole second; hidden five minutes, the next whole minute).
 * The sample plus a 100,000-row assessment log, the pane's own work costed per row
 * (support/hidden-validation.ts), yielding by posted message (the add-in) or by zero-delay
 * timer (before). Prints virtual seconds and yields; the same on every machine.
 * Run: npx tsx bench/hidden-pane.bench.ts
 */
import { sampleWithLog, validateOnLoop } from "../support/hidden-validation";
import type { Visibility } from "../support/throttled-event-loop";

const ROWS = 100_000;
const cases: { name: string; visibility: Visibility }[] = [
  { name: "visible", visibility: { state: "visible" } },
  { name: "hidden", visibility: { state: "hidden", hiddenForMs: 0 } },
  { name: "hidden 5 min+", visibility: { state: "hidden", hiddenForMs: 5 * 60_000 } },
];

async function main(): Promise<void> {
  const wb = sampleWithLog(ROWS);
  console.log(`Validation of the sample plus a ${ROWS.toLocaleString("en-GB")}-row log, virtual time:`);
  for (const channels of [true, false]) {
    for (const c of cases) {
      const { stats, yields } = await validateOnLoop(wb, c.visibility, channels);
      const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      console.log(
        `  ${channels ? "message" : "timer  "} yields, ${c.name.padEnd(13)}: ${s(stats.elapsedMs).padStart(9)} ` +
          `(work ${s(stats.workMs)}, ${yields} yields, ${stats.throttledTimers} held back by throttling, ` +
          `${(stats.elapsedMs / stats.workMs).toFixed(2)}x the work)`,
      );
    }
  }
}

void main();
