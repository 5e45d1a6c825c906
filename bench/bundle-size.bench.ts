/**
 * Size of the production package: builds it into a temporary folder and prints each file's
 * size, raw and gzipped (what Excel downloads when the pane or the functions load), and the
 * functions' share of the total: the custom functions must stay small because Excel loads
 * them with the shared runtime. Lazy chunks (the slides' writer) are totalled apart from what
 * the pane loads first.
 * Run: npx tsx bench/bundle-size.bench.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = join(__dirname, "..");
const out = mkdtempSync(join(tmpdir(), "csc-size-"));
const webpack = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
const built = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", out], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, CSC_ADDIN_URL: "https://addin.example.gov.uk/safeguarding-report/" },
});
if (built.status !== 0) {
  console.error(built.stdout, built.stderr);
  process.exit(1);
}
const kb = (n: number) => `${(n / 1024).toFixed(1).padStart(8)} KB`;
const files = readdirSync(out)
  .filter((f) => /\.(js|json|html)$/.test(f))
  .map((f) => {
    const body = readFileSync(join(out, f));
    return { f, raw: statSync(join(out, f)).size, gz: gzipSync(body, { level: 9 }).length };
  })
  .sort((a, b) => b.raw - a.raw);
console.log("Production package (npm run build), per file:  raw / gzip");
for (const { f, raw, gz } of files) console.log(`  ${f.padEnd(22)} ${kb(raw)} ${kb(gz)}`);
const sum = (xs: typeof files) => xs.reduce((s, x) => ({ raw: s.raw + x.raw, gz: s.gz + x.gz }), { raw: 0, gz: 0 });
const total = sum(files);
console.log(`  ${"total".padEnd(22)} ${kb(total.raw)} ${kb(total.gz)}`);
// What the pane loads first (its pages' entry scripts) and what only a click loads: the slides'
// writer (pptxgenjs, JSZip) is a lazy chunk, imported when "Save the slides as PowerPoint" is pressed.
const entries = new Set(["taskpane.js", "functions.js", "commands.js"]);
const first = sum(files.filter((x) => entries.has(x.f)));
const lazy = sum(files.filter((x) => x.f.endsWith(".js") && !entries.has(x.f)));
console.log(`  ${"first load (entries)".padEnd(22)} ${kb(first.raw)} ${kb(first.gz)}`);
console.log(`  ${"on demand (chunks)".padEnd(22)} ${kb(lazy.raw)} ${kb(lazy.gz)}`);
const fn = files.find((x) => x.f === "functions.js");
if (fn) console.log(`functions.js is ${((fn.gz / total.gz) * 100).toFixed(1)}% of the gzipped package`);
rmSync(out, { recursive: true, force: true });
