#!/usr/bin/env node
// The csc-report command: runs the compiled CLI (build/cli/cli/index.js, made by `npm run prepare`).
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "build", "cli", "cli", "index.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("csc-report: the command line is not built yet: run npm ci (or npm run prepare) first\n");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`csc-report: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
