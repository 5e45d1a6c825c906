#!/usr/bin/env node
/** `npm stop`: ends a sideloading session (Windows, macOS); on other platforms there is nothing to stop. */
const { spawnSync } = require("child_process");

if (process.platform === "win32" || process.platform === "darwin") {
  const r = spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(r.status ?? 1);
}
console.log("Nothing to stop: the preview server stops with Ctrl+C.");
