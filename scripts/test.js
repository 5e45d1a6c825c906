#!/usr/bin/env node
/**
 * `npm test`: the unit and integration tests (Jest), then the end-to-end tests of the built
 * preview in headless Chromium. Chromium comes from Debian's `chromium` package; when it is
 * missing and we may install it (root with apt-get), this script installs it, so a fresh clone
 * needs no hand steps. `npm test -- <jest args>` passes arguments to the unit run only.
 */
const fs = require("fs");
const path = require("path");
const os = require("os");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");
const extra = process.argv.slice(2);

const totals = { passed: 0, failed: 0, skipped: 0 };

/** Adds the counts of a Jest run (its --json output file) to the totals. */
function count(file) {
  try {
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  } catch {
    /* the run printed its own failure */
  }
}

/** Jest arguments that also write the run's counts to a file. */
function jsonOut(name) {
  const file = path.join(os.tmpdir(), `csc-jest-${process.pid}-${name}.json`);
  return { file, args: ["--json", `--outputFile=${file}`] };
}

function step(title, cmd, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`✖ ${title} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

/** Path of a Chromium binary, installing Debian's package when allowed. */
function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.platform === "linux" && isRoot && fs.existsSync("/usr/bin/apt-get")) {
    step("installing Debian's chromium for the end-to-end tests", "sh", [
      "-c",
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null",
    ]);
    if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  console.error(
    "✖ The end-to-end tests need Chromium and none was found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`)\n" +
      "  or point CHROMIUM_PATH at a Chromium or Chrome binary.",
  );
  process.exit(1);
}

const unit = jsonOut("unit");
step("unit and integration tests (Jest)", process.execPath, [
  jest,
  ...unit.args,
  ...(process.env.CI ? ["--ci"] : []),
  ...extra,
]);
count(unit.file);
if (extra.length === 0 && fs.existsSync(path.join(root, "jest.e2e.config.js"))) {
  const chromium = ensureChromium();
  const e2e = jsonOut("e2e");
  step(
    "end-to-end tests (preview in headless Chromium)",
    process.execPath,
    [jest, "-c", "jest.e2e.config.js", "--runInBand", ...e2e.args],
    { CHROMIUM_PATH: chromium },
  );
  count(e2e.file);
}
console.log("\n✔ all tests passed");
// One closing line for the whole run, in the plain form CI reads.
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
