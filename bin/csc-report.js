#!/usr/bin/env node
// The csc-report command: runs the compiled CLI (build/cli/cli/index.js, made by `npm run prepare`).
// main() writes through its own stream handling (a closed pipe ends quietly); the exit code is
// set, not forced with process.exit, so pending output is flushed first.
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "build", "cli", "cli", "index.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("csc-report: the command line is not built yet: run npm ci (or npm run prepare) first\n");
  process.exit(2);
}
const cli = require(entry);
cli
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    const line = cli.terminalSafe(`csc-report: ${e && e.message ? String(e.message).split("\n")[0] : String(e)}`);
    process.stderr.write(`${line}\n`);
    process.exitCode = 2;
  });
