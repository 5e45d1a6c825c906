/**
 * The install size of a package.json's production dependency tree: what `npm install
 * --omit=dev` puts on disk for the CLI (csc-report), measured from the node_modules already
 * here. Each dependency is resolved as Node resolves it (the nearest node_modules up from the
 * package that needs it), followed through its own dependencies and optional dependencies
 * that are installed, each package directory counted once (without its nested node_modules,
 * which are counted as the packages they hold).
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";

interface Manifest {
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

/** Bytes of the files under `dir`, not following links, leaving out nested node_modules. */
function dirBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules") continue;
    const path = join(dir, name);
    const st = lstatSync(path);
    if (st.isDirectory()) total += dirBytes(path);
    else if (st.isFile()) total += st.size;
  }
  return total;
}

/** The directory of package `name` as required from `from` (a package directory), or undefined. */
function resolveFrom(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/** One measured tree: its total and each package's own bytes. */
export interface InstallSize {
  readonly bytes: number;
  readonly packages: ReadonlyMap<string, number>;
}

/**
 * The production tree of `deps` (a package.json's `dependencies`), resolved from `root`.
 * @throws when a direct dependency is not installed (the figure would be wrong).
 */
export function installSize(root: string, deps: Readonly<Record<string, string>>): InstallSize {
  const seen = new Map<string, number>();
  const visit = (dir: string): void => {
    if (seen.has(dir)) return;
    const bytes = dirBytes(dir);
    seen.set(dir, bytes);
    const m = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
    for (const dep of Object.keys({ ...m.dependencies, ...m.optionalDependencies })) {
      const at = resolveFrom(dir, dep);
      if (at) visit(at);
    }
  };
  for (const name of Object.keys(deps)) {
    const at = resolveFrom(root, name);
    if (!at) throw new Error(`${name} is not installed: run npm install`);
    visit(at);
  }
  const packages = new Map<string, number>();
  let bytes = 0;
  for (const [dir, b] of seen) {
    const name = dir.slice(dir.lastIndexOf("node_modules/") + "node_modules/".length);
    packages.set(name, (packages.get(name) ?? 0) + b);
    bytes += b;
  }
  return { bytes, packages };
}
