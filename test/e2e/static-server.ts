/**
 * A tiny static file server for the built preview, bound to 127.0.0.1 on a free port. No
 * webpack-dev-server in tests: fewer moving parts, and nothing listens beyond loopback.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Where the server offers axe-core's script. */
export const AXE_PATH = "/__test__/axe.min.js";

/** Serves `root`; resolves with the server and its base URL ("http://127.0.0.1:PORT/"). */
export function serveStatic(root: string): Promise<{ server: http.Server; url: string }> {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    // axe-core is served from here so tests load it as a same-origin script: the page's CSP stays on.
    const file =
      urlPath === AXE_PATH
        ? require.resolve("axe-core/axe.min.js")
        : path.resolve(base, `.${urlPath === "/" ? "/preview.html" : urlPath}`);
    if (
      (urlPath !== AXE_PATH && !file.startsWith(base + path.sep)) ||
      !fs.existsSync(file) ||
      !fs.statSync(file).isFile()
    ) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}
