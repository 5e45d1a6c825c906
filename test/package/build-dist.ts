/**
 * Runs one webpack build of the add-in into a fresh temporary folder, for the tests that check
 * what the package ships. A production build takes tens of seconds on a shared machine, so each
 * test file builds once, in beforeAll.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
/** Generous: the machine is shared by several builds at once. */
export const BUILD_TIMEOUT_MS = 600_000;

/** Builds in `mode` with the extra environment; resolves with the output folder. */
export function buildDist(mode: "production" | "development", env: Record<string, string> = {}): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `csc-dist-${mode}-`));
  const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, "--mode", mode, "--output-path", out],
      { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: BUILD_TIMEOUT_MS },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new Error(
              `webpack --mode ${mode} failed: ${error.message}\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`,
            ),
          );
        else resolve(out);
      },
    );
  });
}

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
