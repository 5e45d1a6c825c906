/** CLI test helpers: run main() in-process with captured output, and temporary files. */
import { mkdtempSync } from "node:fs";
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
