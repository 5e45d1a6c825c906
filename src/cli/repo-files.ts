/** Files the CLI ships with (the sample, package.json), found from where the code runs. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";

/**
 * A file's path from the repository root: three levels up from the compiled build/cli/cli/,
 * or two up from src/cli when run from source (tests, tsx); the first that exists.
 */
export function repoFile(relative: string): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const p = join(dir, relative);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  return join(__dirname, "..", "..", "..", relative);
}

const PackageJsonSchema = z.object({ version: z.string() });

/** The version in package.json ("0.1.0"), or "unknown" when it cannot be read. */
export function packageVersion(): string {
  try {
    const json: unknown = JSON.parse(readFileSync(repoFile("package.json"), "utf8"));
    const r = PackageJsonSchema.safeParse(json);
    return r.success ? r.data.version : "unknown";
  } catch {
    return "unknown";
  }
}
