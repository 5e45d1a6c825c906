/**
 * The built command line for the tests and benchmarks that run bin/csc-report.js as a child
 * process: build/cli is rebuilt with tsc when it is missing or older than the sources.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

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
