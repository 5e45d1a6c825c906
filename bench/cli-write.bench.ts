/**
 * The cost of the CLI's safe writes (src/cli/output.ts: two preflights, a temporary beside the
 * target, fsync of file and folder, rename) against a plain fs.writeFile, for an output the
 * size of the sample's report workbook and for a large one, and the share of a whole
 * `generate` run that writing takes. Figures and ratios only; nothing passes or fails on time.
 * Run: npx tsx bench/cli-write.bench.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCommand } from "../src/cli/generate";
import { writeOutputs } from "../src/cli/output";
import { writeWorkbookTemplate } from "../src/cli/template";

const dir = mkdtempSync(join(tmpdir(), "csc-write-bench-"));
const ms = (n: number) => `${n.toFixed(2).padStart(8)} ms`;

async function median(runs: number, f: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  console.log("Writing one output, median of the runs:        plain writeFile / safe writeOutputs (ratio)");
  for (const [name, size, runs] of [
    ["20 KB (the sample's report .xlsx)", 20 * 1024, 40],
    ["5 MB (a large workbook)", 5 * 1024 * 1024, 10],
  ] as const) {
    const data = new Uint8Array(size).fill(65);
    const target = join(dir, "out.bin");
    const plain = await median(runs, () => writeFile(target, data));
    const safe = await median(runs, () =>
      writeOutputs(undefined, [{ label: "-o", path: target, data }], { force: true }),
    );
    console.log(`  ${name.padEnd(36)} ${ms(plain)} / ${ms(safe)} (${(safe / plain).toFixed(1)}x)`);
  }

  const sample = join(dir, "sample.xlsx");
  await writeWorkbookTemplate(sample, { sample: true });
  const quiet = { log: () => undefined, error: () => undefined };
  const whole = await median(5, () =>
    generateCommand(sample, { output: join(dir, "r.xlsx"), html: join(dir, "r.html"), force: true, ...quiet }),
  );
  const writes = await median(10, () =>
    writeOutputs(
      undefined,
      [
        { label: "-o", path: join(dir, "w.xlsx"), data: new Uint8Array(20 * 1024) },
        { label: "--html", path: join(dir, "w.html"), data: "x".repeat(26 * 1024) },
      ],
      { force: true },
    ),
  );
  console.log(`generate on the sample (-o and --html): ${ms(whole)}; writing two such outputs safely: ${ms(writes)}`);
  console.log(`  the safe write is ${((writes / whole) * 100).toFixed(1)}% of the run`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
