/**
 * Size of the production package: builds it into a temporary folder and prints each file's
 * size, raw and gzipped (what Excel downloads when the pane or the functions load), and the
 * functions' share of the total: the custom functions must stay small because Excel loads
 * them with the shared runtime. Lazy chunks (the slides' writer, the comparator dataset) are
 * totalled apart from what the pane loads first.
 *
 * The comparator dataset is a chunk of its own (benchmarks.js), loaded by a dynamic import()
 * the first time CSC.BENCHMARK or a comparison needs it. To show the pane's first load does not
 * grow with it, the package is built twice: before = the dataset module replaced by an empty
 * dataset, after = the real one; the first load (the scripts taskpane.html names) is printed for
 * both, and the lazy chunks apart.
 *
 * First, the CLI's install size: the production dependency tree (package.json's dependencies,
 * followed through node_modules) on disk, before (the main branch's package.json, from git) and
 * after (this checkout's), with the packages only one of them installs.
 * Run: npx tsx bench/bundle-size.bench.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { installSize, type InstallSize } from "./install-size";

const root = join(__dirname, "..");
process.env.CSC_ADDIN_URL = "https://addin.example.gov.uk/safeguarding-report/";
const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(8)} KB`;

interface Size {
  readonly f: string;
  readonly raw: number;
  readonly gz: number;
}

/** Builds the production package into a temporary folder; `dataset` replaces the dataset module. */
async function build(dataset?: string): Promise<{ files: Size[]; firstLoad: Set<string> }> {
  const out = mkdtempSync(join(tmpdir(), "csc-size-"));
  const make = require(join(root, "webpack.config.js")) as (
    env: object,
    argv: object,
  ) => Promise<webpack.Configuration>;
  const config = await make({}, { mode: "production" });
  config.mode = "production";
  config.output = { ...config.output, path: out };
  if (dataset) {
    config.plugins = [
      ...(config.plugins ?? []),
      new webpack.NormalModuleReplacementPlugin(/dataset\.generated$/, dataset),
    ];
  }
  await new Promise<void>((done, fail) =>
    webpack(config, (err, stats) => (err || stats?.hasErrors() ? fail(err ?? new Error(stats?.toString())) : done())),
  );
  const files = readdirSync(out)
    .filter((f) => /\.(js|json|html)$/.test(f))
    .map((f) => {
      const body = readFileSync(join(out, f));
      return { f, raw: statSync(join(out, f)).size, gz: gzipSync(body, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
  const html = readFileSync(join(out, "taskpane.html"), "utf8");
  const firstLoad = new Set([...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1] ?? ""));
  firstLoad.add("taskpane.html");
  rmSync(out, { recursive: true, force: true });
  return { files, firstLoad };
}

const sum = (xs: readonly Size[]) => xs.reduce((s, x) => ({ raw: s.raw + x.raw, gz: s.gz + x.gz }), { raw: 0, gz: 0 });

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).padStart(7)} MB`;

/** The production dependencies of package.json at git revision `rev`, or undefined when git cannot say. */
function depsAt(rev: string): Record<string, string> | undefined {
  try {
    const text = execFileSync("git", ["show", `${rev}:package.json`], { cwd: root, encoding: "utf8", stdio: "pipe" });
    return (JSON.parse(text) as { dependencies?: Record<string, string> }).dependencies ?? {};
  } catch {
    return undefined;
  }
}

/** Prints the production tree's size before (git main) and after (this checkout). */
function printInstallSize(): void {
  const deps = (
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> }
  ).dependencies;
  const after = installSize(root, deps);
  const mainDeps = depsAt("main");
  const before = mainDeps ? installSize(root, mainDeps) : undefined;
  console.log("The CLI's install size (npm install --omit=dev: package.json's dependencies and theirs, on disk)");
  if (before) console.log(`  before (git main)  ${mb(before.bytes)} in ${before.packages.size} packages`);
  console.log(`  after (this tree)  ${mb(after.bytes)} in ${after.packages.size} packages`);
  if (!before) return;
  const only = (a: InstallSize, b: InstallSize) =>
    [...a.packages].filter(([n]) => !b.packages.has(n)).sort((x, y) => y[1] - x[1]);
  const gone = only(before, after);
  const added = only(after, before);
  const total = (xs: [string, number][]) => xs.reduce((s, [, b]) => s + b, 0);
  console.log(`  no longer installed: ${gone.length} packages, ${mb(total(gone)).trim()}`);
  for (const [n, b] of gone.slice(0, 8)) console.log(`    ${n.padEnd(28)} ${mb(b)}`);
  if (added.length) console.log(`  newly installed: ${added.map(([n]) => n).join(", ")} (${mb(total(added)).trim()})`);
}

async function main(): Promise<void> {
  printInstallSize();
  console.log("");
  const stubDir = mkdtempSync(join(tmpdir(), "csc-stub-"));
  // A .js module, outside ts-loader: a .ts file here is outside the tsconfig's rootDir, which
  // ts-loader rejects (TS6059) even when only transpiling.
  const stub = join(stubDir, "empty-dataset.js");
  const empty = {
    version: 1,
    firstYear: 2012,
    years: 0,
    neighbourModel: "",
    licence: "",
    sources: [],
    areas: [],
    series: {},
  };
  writeFileSync(stub, `export const DATASET_JSON = ${JSON.stringify(JSON.stringify(empty))};\n`);
  const before = await build(stub);
  const after = await build();
  rmSync(stubDir, { recursive: true, force: true });

  console.log("Production package (npm run build), per file:  raw / gzip");
  for (const { f, raw, gz } of after.files) console.log(`  ${f.padEnd(22)} ${kb(raw)} ${kb(gz)}`);
  const total = sum(after.files);
  console.log(`  ${"total".padEnd(22)} ${kb(total.raw)} ${kb(total.gz)}`);
  const fn = after.files.find((x) => x.f === "functions.js");
  if (fn) console.log(`functions.js is ${((fn.gz / total.gz) * 100).toFixed(1)}% of the gzipped package`);

  const first = (b: typeof after) => sum(b.files.filter((x) => b.firstLoad.has(x.f)));
  const lazy = (b: typeof after) => b.files.filter((x) => /\.js$/.test(x.f) && !b.firstLoad.has(x.f));
  const [f0, f1] = [first(before), first(after)];
  console.log("\nThe pane's first load (taskpane.html and the scripts it names):  raw / gzip");
  console.log(`  before (empty dataset)  ${kb(f0.raw)} ${kb(f0.gz)}`);
  console.log(`  after (DfE dataset)     ${kb(f1.raw)} ${kb(f1.gz)}`);
  console.log(`  after / before          ${(f1.raw / f0.raw).toFixed(4)} x ${(f1.gz / f0.gz).toFixed(4)} x`);
  console.log("Loaded on first use (not in the first load):");
  for (const x of lazy(before)) console.log(`  before: ${x.f.padEnd(14)} ${kb(x.raw)} ${kb(x.gz)}`);
  for (const x of lazy(after)) console.log(`  after:  ${x.f.padEnd(14)} ${kb(x.raw)} ${kb(x.gz)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
