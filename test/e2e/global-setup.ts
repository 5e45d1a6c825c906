/**
 * Builds the preview once (webpack, development mode, CSC_PREVIEW=1) into a temporary
 * folder and serves it on 127.0.0.1. The URL reaches the tests through CSC_E2E_URL.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { serveStatic } from "./static-server";

const root = path.resolve(__dirname, "..", "..");

export default async function globalSetup(): Promise<void> {
  let dist = process.env.CSC_E2E_DIST;
  if (!dist || !fs.existsSync(path.join(dist, "preview.html"))) {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "csc-e2e-"));
    const cli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
    const r = spawnSync(process.execPath, [cli, "--mode", "development", "--output-path", dist], {
      cwd: root,
      env: { ...process.env, CSC_PREVIEW: "1" },
      encoding: "utf8",
    });
    if (r.status !== 0 || !fs.existsSync(path.join(dist, "preview.html"))) {
      throw new Error(
        `Building the preview failed (exit ${r.status}):\n${(r.stdout ?? "").slice(-4000)}\n${(r.stderr ?? "").slice(-4000)}`,
      );
    }
    (globalThis as Record<string, unknown>).__cscE2eTmp = dist;
  }
  const { server, url } = await serveStatic(dist);
  (globalThis as Record<string, unknown>).__cscE2eServer = server;
  process.env.CSC_E2E_URL = url;
}
