#!/usr/bin/env node
/**
 * `npm run preview`: serves the task pane beside a grid view of the in-memory Excel workbook
 * (preview/), over http on localhost:3000 (or $PORT). Development only; `npm run build` never
 * includes the preview.
 */
const path = require("path");
const { spawn } = require("child_process");

const port = process.env.PORT || "3000";
const webpackCli = path.join(__dirname, "..", "node_modules", "webpack-cli", "bin", "cli.js");
const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development", "--port", port], {
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, CSC_PREVIEW: "1" },
});
let announced = false;
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /compiled/i.test(String(chunk))) {
    announced = true;
    console.log(`\n  Preview (no Excel needed): http://localhost:${port}/preview.html\n  Ctrl+C to stop.\n`);
  }
});
child.on("exit", (code) => process.exit(code ?? 1));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
