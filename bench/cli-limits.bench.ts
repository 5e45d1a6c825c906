/**
 * csc-report's reader on hostile files (support/hostile-xlsx.ts) beside a normal workbook (the
 * sample): a table 16,384 columns wide, a 1 GB shared string table no cell uses, and a cell of
 * 600 million characters. Each `validate` runs as its own child process of the built CLI
 * under `--max-old-space-size=2048`, reporting wall time, CPU time, peak resident memory (the
 * child's process.resourceUsage().maxRSS) and its ratio to the sample's, and the exit code
 * with the first line of any message. Benchmarks print figures; they never pass or fail on them.
 * Run: npm run bench cli   (builds build/cli first when it is older than the sources).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CliRun, ensureCliBuilt, measureCli } from "../support/cli-build";
import { hugeTextWorkbook, largeSharedStringsWorkbook, wideTableWorkbook } from "../support/hostile-xlsx";

const root = join(__dirname, "..");
const bin = join(root, "bin", "csc-report.js");
ensureCliBuilt();

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "csc-bench-"));
  try {
    const sample = join(dir, "sample.xlsx");
    spawnSync(process.execPath, [bin, "template", sample, "--sample"]);
    const cases: [label: string, file: string, bytes?: () => Promise<Uint8Array>][] = [
      ["normal workbook (the sample)", sample],
      ["table 16,384 columns x 2,000 rows", join(dir, "wide.xlsx"), () => Promise.resolve(wideTableWorkbook(2000))],
      [
        "1 GB of shared strings no cell uses",
        join(dir, "sst.xlsx"),
        () => largeSharedStringsWorkbook(12_800, 80_000), // 12,800 x 80,000 characters: 1 GB
      ],
      ["a cell of 600 million characters", join(dir, "long.xlsx"), () => hugeTextWorkbook(600)],
    ];
    let base: CliRun | undefined;
    for (const [label, file, make] of cases) {
      let kb = 0;
      if (make) {
        const bytes = await make();
        writeFileSync(file, bytes);
        kb = bytes.length / 1024;
      }
      const m = measureCli(["validate", file]);
      const message = m.stderr.split("\n").find((l) => l.startsWith("csc-report:") || l.includes("FATAL")) ?? "";
      base ??= m;
      console.log(
        `${label.padEnd(38)} ${make ? `file ${kb.toFixed(0).padStart(5)} KB  ` : "".padEnd(17)}` +
          `exit ${String(m.code).padStart(3)}  wall ${(m.ms / 1000).toFixed(1).padStart(5)} s  ` +
          `cpu ${(m.cpuMs / 1000).toFixed(1).padStart(5)} s  peak RSS ${m.rssMb.toFixed(0).padStart(5)} MB ` +
          `(${(m.rssMb / base.rssMb).toFixed(1)}x the sample's, ${(m.cpuMs / base.cpuMs).toFixed(1)}x its CPU)`,
      );
      if (message) console.log(`${"".padEnd(38)} ${message.slice(0, 160)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
