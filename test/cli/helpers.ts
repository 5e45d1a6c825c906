/** CLI test helpers: run main() in-process with captured output, temporary folders and their contents. */
import { createHash } from "node:crypto";
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/index";
import { financialYearArg } from "../../src/cli/args";
import type { FinancialYear } from "../../src/core/dates";

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

/** The financial year written `text` ("2021-22"), as --year's parser gives it to a command. */
export function fy(text: string): FinancialYear {
  return financialYearArg(text)(text);
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "csc-report-"));
}

/**
 * Everything under `dir`, without following links: each file's SHA-256, each folder as
 * "dir", each symbolic link as "-> target", by path relative to `dir` (hidden files too, so
 * a stray temporary shows).
 */
export function snapshot(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const rel = prefix + name;
    const st = lstatSync(p);
    if (st.isSymbolicLink()) out[rel] = `-> ${readlinkSync(p)}`;
    else if (st.isDirectory()) Object.assign(out, { [rel]: "dir" }, snapshot(p, `${rel}/`));
    else out[rel] = createHash("sha256").update(readFileSync(p)).digest("hex");
  }
  return out;
}
