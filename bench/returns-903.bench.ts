/**
 * The SSDA903 reader over a large return: Header and Episodes tables generated on the fly into
 * a temporary folder (250,000 and 1,000,000 episodes, four per child), read from disk as
 * csc-report reads them (UTF-8 chunks). Beside each: a plain CSV parse of the same files
 * (split lines and commas, nothing kept), the floor any reader pays. Reports wall time and the
 * heap held once read (after a forced GC when node runs with --expose-gc), so memory can be
 * seen to grow with the rows. Then the analysis (DfE's rules and the figures) in slices as the
 * pane drives it (a 25 ms budget, giving the thread back with setImmediate): the longest slice
 * (Slicer stats) is what the pane's thread is held for at most. Run: npm run bench returns
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { once } from "node:events";
import { drive, Slicer } from "../src/core/base";
import { analyse903, analyse903Steps, read903 } from "../src/core/returns";
import { largeReturn903 } from "../support/returns-903";

async function writeTable(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path, { encoding: "utf8" });
  for (const c of chunks) if (!out.write(c)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

/** The plain parse: every line split on commas, the fields counted (a floor, no quotes handled). */
async function plainParse(paths: readonly string[]): Promise<number> {
  let fields = 0;
  for (const p of paths) {
    let rest = "";
    for await (const chunk of createReadStream(p, { encoding: "utf8", highWaterMark: 1 << 16 })) {
      const lines = (rest + (chunk as string)).split("\n");
      rest = lines.pop() ?? "";
      for (const l of lines) fields += l.split(",").length;
    }
  }
  return fields;
}

const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "csc-bench-903-"));
  try {
    for (const episodes of [250_000, 1_000_000]) {
      const children = episodes / 4;
      const header = join(dir, `header-${episodes}.csv`);
      const eps = join(dir, `episodes-${episodes}.csv`);
      await writeTable(header, largeReturn903(children, 4, "header"));
      await writeTable(eps, largeReturn903(children, 4, "episodes"));
      let t = performance.now();
      await plainParse([header, eps]);
      const plain = performance.now() - t;
      const before = heapMb();
      t = performance.now();
      const ret = await read903(
        [header, eps].map((p) => ({
          name: p,
          chunks: createReadStream(p, { encoding: "utf8", highWaterMark: 1 << 16 }),
        })),
      );
      const read = performance.now() - t;
      const held = heapMb() - before;
      t = performance.now();
      const a = analyse903(ret);
      const analyse = performance.now() - t;
      const cla = a.figures.filter((f) => f.id === "cla").pop()?.value;
      // The pane's budget (src/excel/validate.ts SLICE_BUDGET_MS); the bench does not import src/excel.
      const slicer = new Slicer({
        budgetMs: 25,
        now: () => performance.now(),
        yieldNow: () => new Promise<void>((resolve) => setImmediate(resolve)),
      });
      t = performance.now();
      await drive(analyse903Steps(ret), slicer);
      const sliced = performance.now() - t;
      const stats = slicer.stats();
      console.log(
        `${episodes.toLocaleString("en-GB").padStart(9)} episodes: plain CSV parse ${(plain / 1000).toFixed(2)} s, ` +
          `read ${(read / 1000).toFixed(2)} s (${(read / plain).toFixed(1)}x), figures and rules ${(analyse / 1000).toFixed(2)} s, ` +
          `heap held ${held.toFixed(0)} MB; ${a.findings.errors.length} errors, looked after at 31 March ${cla ?? "-"}`,
      );
      console.log(
        `${"".padStart(9)}           in slices of 25 ms: ${(sliced / 1000).toFixed(2)} s, ${stats.yields} yields, ` +
          `longest slice ${stats.longestMs.toFixed(1)} ms`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
