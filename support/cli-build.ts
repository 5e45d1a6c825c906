/**
 * The built command line for the tests and benchmarks that run bin/csc-report.js as a child
 * process: build/cli is rebuilt with tsc when it is missing or older than the sources.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const root = join(__dirname, "..");

/** The newest modification time of the .ts files under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : e.name.endsWith(".ts") ? statSync(p).mtimeMs : 0);
  }
  return t;
}

/**
 * Builds build/cli with tsc when it is missing or older than the sources, so a child process
 * of bin/csc-report.js runs the code under test.
 */
export function ensureCliBuilt(): void {
  const entry = join(root, "build", "cli", "cli", "index.js");
  if (
    existsSync(entry) &&
    statSync(entry).mtimeMs >= Math.max(newest(join(root, "src", "cli")), newest(join(root, "src", "core")))
  )
    return;
  try {
    execFileSync(
      process.execPath,
      [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
      {
        cwd: root,
        stdio: "pipe",
      },
    );
  } catch {
    // tsc still emits when another module has a type error; the tests fail if nothing was built.
  }
}

/** What one run of the built CLI cost, as the child measured itself. */
export interface CliRun {
  /** The exit code, or the signal that ended the child. */
  readonly code: number | string | null;
  readonly ms: number;
  readonly cpuMs: number;
  /** Peak resident memory (process.resourceUsage().maxRSS), in MB. */
  readonly rssMb: number;
  readonly stderr: string;
}

/**
 * Runs bin/csc-report.js with `args` in a child process under `--max-old-space-size=2048`; the
 * child reports its own peak RSS and CPU time on exit (benchmarks: wall time is measured here).
 */
export function measureCli(args: readonly string[]): CliRun {
  const bin = join(root, "bin", "csc-report.js");
  const probe =
    "process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nMEASURE '+JSON.stringify({rss:u.maxRSS,cpu:(u.userCPUTime+u.systemCPUTime)/1000})+'\\n')});" +
    `process.argv.splice(1,0,'csc-report');require(${JSON.stringify(bin)});`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=2048", "-e", probe, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  const m = /MEASURE (\{.*\})/.exec(r.stderr);
  const u = m ? (JSON.parse(m[1] ?? "{}") as { rss: number; cpu: number }) : { rss: 0, cpu: 0 };
  return { code: r.status ?? r.signal, ms, cpuMs: u.cpu, rssMb: u.rss / 1024, stderr: r.stderr };
}
