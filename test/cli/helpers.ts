/** CLI test helpers: run main() in-process with captured output, and temporary files. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/index";

/** The result of one in-process run. */
export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs csc-report with `args`, capturing stdout and stderr. */
export async function run(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "csc-report-"));
}

const root = join(__dirname, "..", "..");

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
