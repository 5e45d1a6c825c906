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
// Ctrl-C, a hang-up or a kill while writing: remove the temporaries, leave every previous file,
// and end with the usual 128 + signal number. While outputs are being renamed into place the
// end waits for that (milliseconds), so a report and its deck are never left one new, one old;
// further signals meanwhile are ignored, except kill -9, which nothing can catch.
let ending = false;
for (const [signal, number] of [
  ["SIGINT", 2],
  ["SIGTERM", 15],
  ["SIGHUP", 1],
]) {
  process.on(signal, () => {
    if (ending) return;
    ending = true;
    cli.afterCommit(() => {
      cli.removeTemporariesNow();
      process.exit(128 + number);
    });
  });
}
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
