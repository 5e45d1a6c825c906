#!/usr/bin/env node
/**
 * `npm run bench`: runs every bench/*.bench.ts with tsx, one after the other, and prints their
 * figures. Benchmarks print times and ratios; they never pass or fail on a time.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const dir = path.join(__dirname, "..", "bench");
const only = process.argv[2];
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
  .sort();
const tsx = path.join(__dirname, "..", "node_modules", "tsx", "dist", "cli.mjs");
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(process.execPath, [tsx, path.join(dir, f)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
