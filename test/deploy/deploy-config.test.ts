/**
 * The web-server samples in deploy/ set what Excel needs of a central deployment (README,
 * "Deploy centrally"): CORS on functions.json, JSON served as application/json, and nothing
 * that stops Excel on the web framing the task pane (X-Frame-Options, CSP frame-ancestors).
 */
import { XMLParser } from "fast-xml-parser";
import * as fs from "fs";
import * as path from "path";
import { findDirectives, parseNginx, type Directive } from "./nginx-conf";

const DEPLOY = path.resolve(__dirname, "..", "..", "deploy");

/** The headers a set of nginx `add_header` directives sends, lower-cased names. */
function headersOf(directives: Directive[]): Record<string, string> {
  return Object.fromEntries(
    directives.filter((d) => d.name === "add_header").map((d) => [d.args[0]!.toLowerCase(), d.args[1]!]),
  );
}

describe("deploy/nginx.conf", () => {
  const tree = parseNginx(fs.readFileSync(path.join(DEPLOY, "nginx.conf"), "utf8"));
  const locations = findDirectives(tree, "location");
  const addin = locations.find((l) => l.args.join(" ") === "/safeguarding-report/");
  const metadata = locations.find((l) => l.args.join(" ") === "= /safeguarding-report/functions.json");

  it("serves the add-in folder, with an exact location for functions.json inside it", () => {
    expect(addin).toBeDefined();
    expect(metadata).toBeDefined();
    expect(addin!.children).toContain(metadata);
  });

  it("sends CORS on functions.json", () => {
    expect(headersOf(metadata!.children!)["access-control-allow-origin"]).toBe("*");
  });

  it("maps .json (and source maps) to application/json", () => {
    const types = findDirectives(addin!.children!, "types")[0]!.children!;
    const json = types.find((t) => t.name === "application/json");
    expect(json?.args).toEqual(expect.arrayContaining(["json", "map"]));
    // No other type claims json.
    expect(types.filter((t) => t.args.includes("json"))).toHaveLength(1);
  });

  it("sends no X-Frame-Options or frame-ancestors, and sets its own headers so none is inherited", () => {
    const all = findDirectives(tree, "add_header");
    expect(all.map((d) => d.args[0]!.toLowerCase())).not.toContain("x-frame-options");
    expect(all.filter((d) => /frame-ancestors/i.test(d.args.join(" ")))).toEqual([]);
    // nginx inherits add_header only into a location that has none of its own.
    expect(headersOf(addin!.children!)).toEqual({ "x-content-type-options": "nosniff" });
    expect(headersOf(metadata!.children!)).toEqual({
      "access-control-allow-origin": "*",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
    });
  });
});

describe("deploy/web.config (IIS, Azure App Service on Windows)", () => {
  type El = Record<string, unknown>;
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (_n, _p, _leaf, isAttr) => !isAttr,
  });
  const config = (parser.parse(fs.readFileSync(path.join(DEPLOY, "web.config"), "utf8")) as El).configuration as El[];
  const root = config[0]!;
  const at = (el: El, ...names: string[]): El[] =>
    names.reduce<El[]>((els, n) => els.flatMap((e) => (e[n] as El[] | undefined) ?? []), [el]);
  const headers = (el: El) => at(el, "system.webServer", "httpProtocol", "customHeaders")[0]!;

  it("maps .json to application/json, removing any existing mapping first", () => {
    const staticContent = at(root, "system.webServer", "staticContent")[0]!;
    expect(at(staticContent, "remove").map((r) => r["@fileExtension"])).toContain(".json");
    const json = at(staticContent, "mimeMap").find((m) => m["@fileExtension"] === ".json");
    expect(String(json?.["@mimeType"])).toMatch(/^application\/json\b/);
  });

  it("sends CORS on functions.json", () => {
    const location = at(root, "location").find((l) => l["@path"] === "functions.json");
    expect(location).toBeDefined();
    const add = at(headers(location!), "add").find((a) => a["@name"] === "Access-Control-Allow-Origin");
    expect(add?.["@value"]).toBe("*");
  });

  it("removes any site-wide X-Frame-Options and adds no frame-ancestors", () => {
    const site = headers(root);
    expect(at(site, "remove").map((r) => r["@name"])).toContain("X-Frame-Options");
    const added = [root, ...at(root, "location")].flatMap((el) => at(headers(el), "add"));
    expect(added.map((a) => String(a["@name"]).toLowerCase())).not.toContain("x-frame-options");
    expect(added.filter((a) => /frame-ancestors/i.test(String(a["@value"])))).toEqual([]);
  });
});
