/**
 * csc-report over large files: `validate` and `generate` on the sample with a 200,000-row and
 * a 1,048,575-row assessment log (with its header, Excel's row limit), each run as its own
 * child process of the built CLI under `--max-old-space-size=2048`, reporting wall time, CPU
 * time and peak resident memory (the child's process.resourceUsage().maxRSS).
 * Run: npm run bench cli   (builds build/cli first when it is older than the sources).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXCEL_ROWS, logWorkbook } from "../support/log-workbook";
import { ensureCliBuilt, measureCli } from "../support/cli-build";

ensureCliBuilt();

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "csc-bench-"));
  const rows: [string, number][] = [
    ["200,000-row log", 200_000],
    ["1,048,575-row log (Excel's row limit)", EXCEL_ROWS - 1],
  ];
  const results: { label: string; cmd: string; ms: number; cpuMs: number; rssMb: number; mb: number }[] = [];
  try {
    for (const [label, n] of rows) {
      const file = join(dir, `log-${n}.xlsx`);
      const bytes = await logWorkbook(n);
      writeFileSync(file, bytes);
      const mb = bytes.length / 1024 / 1024;
      for (const cmd of ["validate", "generate"]) {
        const args = cmd === "validate" ? ["validate", file] : ["generate", file, "-o", join(dir, "out.xlsx")];
        const m = measureCli(args);
        if (m.code !== 0) throw new Error(`${cmd} on the ${label} exited ${m.code}:\n${m.stderr}`);
        results.push({ label, cmd, ms: m.ms, cpuMs: m.cpuMs, rssMb: m.rssMb, mb });
        console.log(
          `${cmd.padEnd(8)} ${label.padEnd(38)} file ${mb.toFixed(1).padStart(5)} MB  ` +
            `wall ${(m.ms / 1000).toFixed(1).padStart(5)} s  cpu ${(m.cpuMs / 1000).toFixed(1).padStart(5)} s  ` +
            `peak RSS ${m.rssMb.toFixed(0).padStart(5)} MB`,
        );
      }
    }
    for (const cmd of ["validate", "generate"]) {
      const [small, large] = results.filter((r) => r.cmd === cmd);
      if (small && large)
        console.log(
          `${cmd}: ${((EXCEL_ROWS - 1) / 200_000).toFixed(1)}x the rows takes ${(large.cpuMs / small.cpuMs).toFixed(1)}x the CPU ` +
            `and ${(large.rssMb / small.rssMb).toFixed(1)}x the peak memory (${large.rssMb.toFixed(0)} MB of the 2,048 MB heap limit)`,
        );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
