/**
 * What `CSC_ADDIN_URL=... npm run build` ships: one real production build, then every file in
 * dist/ is checked. A council deploys exactly this folder, so a development URL left in any
 * file (functions.json's help links, a source map, the manifest) would point Excel at the
 * officer's own machine.
 */
import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../../scripts/manifest-check";
import { validateManifestXsd } from "../../scripts/manifest-xsd";
import { get, nginxBinary, startNginx, type RunningNginx } from "../deploy/nginx-server";
import { BUILD_TIMEOUT_MS, buildDist, listFiles } from "./build-dist";

const BASE = "https://apps.example.gov.uk/safeguarding-report/";

interface Meta {
  functions: { name: string; description: string; helpUrl?: string }[];
}

/** The text of an HTML fragment: tags dropped, whitespace collapsed, character references decoded. */
function textOf(html: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&(\w+);/g, (m, n: string) => named[n] ?? m)
    .replace(/\s+/g, " ");
}

describe("the production build (CSC_ADDIN_URL set)", () => {
  let dist: string;
  const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");

  beforeAll(async () => {
    dist = await buildDist("production", { CSC_ADDIN_URL: BASE });
  }, BUILD_TIMEOUT_MS);

  afterAll(() => {
    if (dist) fs.rmSync(dist, { recursive: true, force: true });
  });

  it("ships the pages, scripts, metadata, help, manifest and icons, and no preview", () => {
    const files = listFiles(dist);
    for (const f of ["taskpane.html", "functions.js", "functions.json", "help.html", "manifest.xml"]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith("assets/icon-")).length).toBeGreaterThanOrEqual(5);
    expect(files.some((f) => f.startsWith("preview"))).toBe(false);
  });

  it("names localhost in no file at all (source maps included)", () => {
    const offenders = listFiles(dist).filter((f) =>
      /localhost|127\.0\.0\.1/i.test(fs.readFileSync(path.join(dist, f), "latin1")),
    );
    expect(offenders).toEqual([]);
    // Not vacuous: the sources do name the development server, which the build rewrote.
    expect(read("functions.js.map")).toContain(`${BASE}help.html#CSC.WORKDAYS`);
  });

  it("writes a dist/manifest.xml that is valid against Microsoft's XSD schemas", async () => {
    expect(await validateManifestXsd(read("manifest.xml"), "dist/manifest.xml")).toEqual([]);
  });

  it("writes a dist/manifest.xml whose every URL is under CSC_ADDIN_URL, with the built icons", () => {
    const xml = read("manifest.xml");
    expect(checkManifest(xml, { root: dist, base: BASE })).toEqual([]);
    expect(xml).toContain("<AppDomain>https://apps.example.gov.uk</AppDomain>");
  });

  it("links each function's help to its own entry in help.html, which says what it does", () => {
    const meta = JSON.parse(read("functions.json")) as Meta;
    const help = read("help.html");
    expect(meta.functions.length).toBe(10); // the nine and CSC.BENCHMARK
    for (const f of meta.functions) {
      expect(f.helpUrl).toBe(`${BASE}help.html#CSC.${f.name}`);
      // The entry: <section id="CSC.NAME"> (the quotes may be minified away) with the description.
      const entry = new RegExp(`<section id="?CSC\\.${f.name}"?>([\\s\\S]*?)</section>`).exec(help);
      const body = entry?.[1] ?? "";
      expect(body).toContain(`CSC.${f.name}(`);
      expect(textOf(body)).toContain(f.description);
    }
  });

  // The deployment sample at work: Debian's nginx on 127.0.0.1 serving this dist/ with
  // deploy/nginx.conf included unchanged, under a site that adds X-Frame-Options everywhere.
  describe("served by nginx with deploy/nginx.conf", () => {
    const found = nginxBinary();
    let nginx: RunningNginx | undefined;
    const at = (file: string) => `${nginx!.url}safeguarding-report/${file}`;

    beforeAll(async () => {
      if ("bin" in found) nginx = await startNginx(found.bin, dist, ['X-Frame-Options "DENY" always']);
      else console.warn(`skipping the nginx test: ${found.reason}`);
    }, 120_000);
    afterAll(async () => {
      await nginx?.stop();
    });
    const live = "bin" in found ? it : it.skip;

    live("sends functions.json as JSON with CORS, to Excel on the web's origin", async () => {
      const res = await get(at("functions.json"), { Origin: "https://excel.officeapps.live.com" });
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(res.headers["access-control-allow-origin"]).toBe("*");
      expect(res.headers["x-frame-options"]).toBeUndefined();
    });

    live(
      "lets Excel on the web frame the task pane and help pages: no X-Frame-Options, no frame-ancestors",
      async () => {
        for (const page of ["taskpane.html", "help.html"]) {
          const res = await get(at(page));
          expect(res.status).toBe(200);
          expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
          expect(res.headers["x-frame-options"]).toBeUndefined();
          expect(String(res.headers["content-security-policy"] ?? "")).not.toMatch(/frame-ancestors/);
        }
        // Not vacuous: the site's own header is live outside the add-in's folder.
        expect((await get(`${nginx!.url}elsewhere.html`)).headers["x-frame-options"]).toBe("DENY");
      },
    );

    live("serves the scripts and icons with their types", async () => {
      expect((await get(at("functions.js"))).headers["content-type"]).toBe("text/javascript; charset=utf-8");
      expect((await get(at("assets/icon-32.png"))).headers["content-type"]).toBe("image/png");
    });
  });
});
