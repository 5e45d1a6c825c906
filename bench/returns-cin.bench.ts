/**
 * The children in need census reader on a large county's file: 100,000 children (about 70 MB),
 * generated into a temporary folder by the project's census generator. Each pass runs in its
 * own child process (tsx) so its peak memory is its own, and reports wall time, peak resident
 * memory (process.resourceUsage().maxRSS) and peak V8 heap (sampled every 5 ms):
 *   1. readCinCensus alone (the model of each child, then dropped),
 *   2. processCinCensus (read + the DfE figures + every DfE rule, one pass),
 *   3. a plain saxes pass over the same file with no model (the floor for a JS streaming read),
 *   4. `xmllint --stream` when /usr/bin/xmllint exists (a C streaming parser, for scale).
 * Run: npm run bench returns-cin. Figures only: nothing here asserts a time.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { once } from "node:events";
import { SaxesParser } from "saxes";
import { largeCinCensus } from "../support/returns/cin-generator";
import { processCinCensus, readCinCensus } from "../src/core/returns";

const CHILDREN = 100_000;
const [, , mode, file] = process.argv;

/** In a child process: run one pass over `path` and print its measures. */
async function pass(which: string, path: string): Promise<void> {
  let heapPeak = 0;
  const timer = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 5);
  const chunks = () => createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 16 }) as AsyncIterable<string>;
  const t0 = performance.now();
  let summary = "";
  if (which === "read") {
    const r = await readCinCensus({ name: "county.xml", chunks: chunks() });
    summary = `${r.childCount.toLocaleString("en-GB")} children, ${r.problems.length} problems`;
  } else if (which === "process") {
    const r = await processCinCensus({ name: "county.xml", chunks: chunks() });
    const referrals = r.figures.find((f) => f.id === "referrals")?.value ?? 0;
    summary = `${referrals.toLocaleString("en-GB")} referrals, ${r.findings.length.toLocaleString("en-GB")} findings`;
  } else {
    const parser = new SaxesParser();
    let elements = 0;
    parser.on("opentag", () => elements++);
    for await (const chunk of chunks()) parser.write(chunk);
    parser.close();
    summary = `${elements.toLocaleString("en-GB")} elements`;
  }
  const ms = performance.now() - t0;
  clearInterval(timer);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`MEASURE ${JSON.stringify({ ms, rssMb, heapMb: heapPeak / 2 ** 20, summary })}\n`);
}

/** Runs one pass in a child process and prints its line. */
function run(label: string, which: string, path: string): void {
  const tsx = join(__dirname, "..", "node_modules", "tsx", "dist", "cli.mjs");
  const r = spawnSync(process.execPath, [tsx, __filename, which, path], { encoding: "utf8" });
  const line = r.stdout.split("\n").find((l) => l.startsWith("MEASURE "));
  if (!line) {
    console.log(`${label}: failed\n${r.stderr}`);
    return;
  }
  const m = JSON.parse(line.slice(8)) as { ms: number; rssMb: number; heapMb: number; summary: string };
  console.log(
    `${label.padEnd(34)} ${(m.ms / 1000).toFixed(2).padStart(6)} s   peak RSS ${m.rssMb.toFixed(0).padStart(4)} MB   peak heap ${m.heapMb.toFixed(0).padStart(4)} MB   (${m.summary})`,
  );
}

async function main(): Promise<void> {
  if (mode && file) return pass(mode, file);
  const dir = mkdtempSync(join(tmpdir(), "cin-bench-"));
  try {
    const path = join(dir, "county.xml");
    const out = createWriteStream(path, { encoding: "utf8" });
    const t0 = performance.now();
    for (const chunk of largeCinCensus(CHILDREN)) if (!out.write(chunk)) await once(out, "drain");
    out.end();
    await once(out, "finish");
    const mb = statSync(path).size / 2 ** 20;
    console.log(
      `Generated ${CHILDREN.toLocaleString("en-GB")} children, ${mb.toFixed(0)} MB, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    run("readCinCensus (model per child)", "read", path);
    run("processCinCensus (figures + rules)", "process", path);
    run("plain saxes pass, no model", "saxes", path);
    if (existsSync("/usr/bin/xmllint")) {
      const t = performance.now();
      const r = spawnSync("/usr/bin/xmllint", ["--stream", "--noout", path]);
      console.log(
        `${"xmllint --stream".padEnd(34)} ${((performance.now() - t) / 1000).toFixed(2).padStart(6)} s   (exit ${r.status})`,
      );
    } else {
      console.log("xmllint --stream: /usr/bin/xmllint is not installed here (apt-get install libxml2-utils)");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
