#!/usr/bin/env node
/**
 * `npm start`: sideload the add-in into Excel where Excel exists (Windows, macOS) through
 * office-addin-debugging; anywhere else (Linux, CI, a reviewer's machine) start the browser
 * preview, which runs the real task pane against the in-memory Excel host.
 * `npm run start:web -- --document <url>` sideloads into Excel on the web instead.
 *
 * office-addin-debugging prints "Platform not supported" and exits 0 on Linux; deciding by
 * platform here means `npm start` never silently does nothing.
 */
const { spawn } = require("child_process");

const args = process.argv.slice(2);
const web = args.includes("--web");
const forcePreview = args.includes("--preview") || process.env.CSC_PREVIEW === "1";

function run(cmd, cmdArgs) {
  const child = spawn(cmd, cmdArgs, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

if (web) {
  const i = args.indexOf("--document");
  const doc = i >= 0 ? args[i + 1] : process.env.CSC_DOCUMENT_URL;
  if (!doc) {
    console.error(
      "Excel on the web needs a workbook to open: npm run start:web -- --document <url of a workbook in OneDrive or SharePoint>\n" +
        "(or set CSC_DOCUMENT_URL). Without Excel, use `npm run preview`.",
    );
    process.exit(2);
  }
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "web", "--document", doc]);
} else if (!forcePreview && (process.platform === "win32" || process.platform === "darwin")) {
  console.log("Sideloading into Excel desktop (office-addin-debugging). `npm stop` ends it.");
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log(`Excel desktop is not available on ${process.platform}: starting the browser preview instead.`);
  require("./preview.js");
}
