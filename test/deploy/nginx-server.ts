/**
 * Runs Debian's nginx on 127.0.0.1 with the deployment sample (deploy/nginx.conf) included
 * unchanged in a server block, for the tests to request the built add-in from it.
 *
 * nginx is taken from the PATH, or else from Debian's packages unpacked into
 * node_modules/.cache (apt-get download + dpkg -x: nothing is installed on the system and no
 * service starts). Where neither is possible (no apt-get, e.g. macOS), nginxBinary() says why
 * and the live test is skipped; the static checks in deploy-config.test.ts still run.
 */
import { execFileSync, spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as net from "net";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const CACHE = path.join(ROOT, "node_modules", ".cache", "csc-nginx");
export const SAMPLE = path.join(ROOT, "deploy", "nginx.conf");

/** The nginx binary to use, or the reason there is none. */
export function nginxBinary(): { bin: string } | { reason: string } {
  for (const p of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", path.join(CACHE, "usr", "sbin", "nginx")]) {
    if (fs.existsSync(p)) return { bin: p };
  }
  if (!fs.existsSync("/usr/bin/apt-get") || !fs.existsSync("/usr/bin/dpkg")) {
    return { reason: "nginx is not installed and this system has no apt-get to fetch Debian's package" };
  }
  fs.mkdirSync(CACHE, { recursive: true });
  const download = () =>
    execFileSync("apt-get", ["download", "-qq", "nginx", "nginx-common"], { cwd: CACHE, stdio: "pipe" });
  try {
    try {
      download();
    } catch {
      // A fresh machine has no package lists yet (root only; as in CI).
      execFileSync("apt-get", ["update", "-qq"], { stdio: "pipe" });
      download();
    }
    for (const deb of fs.readdirSync(CACHE).filter((f) => f.endsWith(".deb"))) {
      execFileSync("dpkg", ["-x", path.join(CACHE, deb), CACHE], { stdio: "pipe" });
    }
  } catch (e) {
    return { reason: `could not fetch Debian's nginx: ${(e as Error).message.split("\n")[0]}` };
  }
  const bin = path.join(CACHE, "usr", "sbin", "nginx");
  return fs.existsSync(bin) ? { bin } : { reason: "Debian's nginx package held no usr/sbin/nginx" };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    const open = await new Promise<boolean>((resolve) => {
      const c = net.connect(port, "127.0.0.1", () => {
        c.end();
        resolve(true);
      });
      c.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not start: ${fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "no log"}`);
}

export interface RunningNginx {
  /** e.g. "http://127.0.0.1:41234/" */
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves `dist` at /safeguarding-report/ with the sample included as is. `serverHeaders` are
 * added at server level, as a council's site-wide configuration might add them.
 */
export async function startNginx(bin: string, dist: string, serverHeaders: string[] = []): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csc-nginx-"));
  const site = path.join(dir, "www");
  fs.mkdirSync(site);
  fs.symlinkSync(dist, path.join(site, "safeguarding-report"));
  // nginx's worker reads the files as an unprivileged user when started as root.
  for (const d of [dir, site, dist]) fs.chmodSync(d, 0o755);
  const port = await freePort();
  const log = path.join(dir, "error.log");
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${log} warn;
events { worker_connections 64; }
http {
  access_log off;
  default_type application/octet-stream;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${site};
${serverHeaders.map((h) => `    add_header ${h};`).join("\n")}
    include ${SAMPLE};
  }
}
`,
  );
  const child = spawn(bin, ["-p", dir, "-e", log, "-c", conf], { stdio: "ignore" });
  await waitForPort(port, child, log);
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** GET `url`; resolves with the status and the headers (lower-case names). */
export function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      })
      .on("error", reject);
  });
}
