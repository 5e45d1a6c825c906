#!/usr/bin/env node
/**
 * `npm test`: the unit and integration tests (Jest), then the end-to-end tests of the built
 * preview in headless Chromium. Chromium comes from Debian's `chromium` package; when it is
 * missing and we may install it (root with apt-get), this script installs it, so a fresh clone
 * needs no hand steps. `npm test -- <jest args>` passes arguments to the unit run only.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");
const extra = process.argv.slice(2);

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

step("unit and integration tests (Jest)", process.execPath, [jest, ...(process.env.CI ? ["--ci"] : []), ...extra]);
if (extra.length === 0 && fs.existsSync(path.join(root, "jest.e2e.config.js"))) {
  const chromium = ensureChromium();
  step(
    "end-to-end tests (preview in headless Chromium)",
    process.execPath,
    [jest, "-c", "jest.e2e.config.js", "--runInBand"],
    {
      CHROMIUM_PATH: chromium,
    },
  );
}
console.log("\n✔ all tests passed");
