/**
 * Offline structural check of the add-in manifest. `office-addin-manifest validate` posts the
 * manifest to a Microsoft service (it needs the internet, see `npm run validate`); this check
 * runs anywhere and fails on the mistakes that stop an add-in loading: an undefined resid,
 * a non-https URL or one outside the deployment base, a missing icon or one of the wrong size,
 * a namespace other than CSC, or a task pane, command surface and custom functions that do not
 * share one runtime (or a <TaskpaneId>, which a shared runtime must not have). The command line also validates the manifest against Microsoft's XSD
 * schemas (scripts/manifest-xsd.ts), which catch what Office's installer rejects: a string
 * over its length limit, an element out of order, an unknown element.
 *
 * Usage: `npx tsx scripts/manifest-check.ts [manifest.xml] [--base https://host/path/] [--root dir]`
 */
import { XMLParser } from "fast-xml-parser";
import * as fs from "fs";
import * as path from "path";
import { validateManifestXsd } from "./manifest-xsd";

/** A parsed XML element: attributes prefixed "@", children by tag name (namespace prefix removed). */
type Node = { [key: string]: Node[] | string | undefined };

export interface ManifestCheckOptions {
  /** Folder that the base URL maps to (assets are looked up under it). */
  root: string;
  /** Every URL must start with this base (default: the SourceLocation's origin + "/"). */
  base?: string;
  /** Expected custom functions namespace. */
  namespace?: string;
}

const ICON_SIZE_FROM_ID = /(\d+)x\d+/;

function parse(xml: string): Node {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
    isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    alwaysCreateTextNode: true,
  });
  const doc = parser.parse(xml, true) as Node;
  const root = (doc["OfficeApp"] as Node[] | undefined)?.[0];
  if (!root) throw new Error("the root element is not <OfficeApp>");
  return root;
}

/** All elements named `tag` anywhere under `node`. */
function findAll(node: Node, tag: string, out: Node[] = []): Node[] {
  for (const [key, value] of Object.entries(node)) {
    if (!Array.isArray(value)) continue;
    for (const child of value) {
      if (key === tag) out.push(child);
      findAll(child, tag, out);
    }
  }
  return out;
}

function attr(node: Node, name: string): string | undefined {
  const v = node[`@${name}`];
  return typeof v === "string" ? v : undefined;
}

function text(node: Node): string {
  const v = node["#text"];
  return typeof v === "string" ? v : "";
}

/** Width and height of a PNG file, from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const buf = fs.readFileSync(file);
  if (buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47) return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Returns the problems found in a manifest; an empty list means it passed. */
export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  let app: Node;
  try {
    app = parse(xml);
  } catch (e) {
    return [`the manifest does not parse: ${(e as Error).message}`];
  }
  const expectedNamespace = options.namespace ?? "CSC";

  // Resources: every id defined once, every resid used is defined.
  const resources = new Map<string, { kind: string; value: string }>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of findAll(app, kind)) {
      const id = attr(el, "id");
      const value = attr(el, "DefaultValue");
      if (!id) continue;
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      resources.set(id, { kind, value: value ?? "" });
    }
  }
  const used: string[] = [];
  const visit = (node: Node): void => {
    const resid = attr(node, "resid");
    if (resid) used.push(resid);
    for (const value of Object.values(node)) if (Array.isArray(value)) value.forEach(visit);
  };
  visit(app);
  for (const resid of used) {
    if (!resources.has(resid)) problems.push(`resid "${resid}" is used but not defined in <Resources>`);
  }

  // URLs: https and under one base.
  const source = findAll(app, "SourceLocation")
    .map((n) => attr(n, "DefaultValue"))
    .find(Boolean);
  let base = options.base;
  if (!base) {
    if (!source) problems.push("<DefaultSettings><SourceLocation> is missing");
    else base = `${new URL(source).origin}/`;
  }
  const urls: { where: string; url: string }[] = [];
  for (const tag of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
    for (const el of findAll(app, tag)) {
      const v = attr(el, "DefaultValue");
      if (v) urls.push({ where: `<${tag}>`, url: v });
    }
  }
  for (const [id, r] of resources) if (r.kind !== "String") urls.push({ where: `resource ${id}`, url: r.value });
  for (const { where, url } of urls) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      problems.push(`${where}: "${url}" is not a URL`);
      continue;
    }
    if (u.protocol !== "https:") problems.push(`${where}: "${url}" is not https`);
    if (base && !url.startsWith(base)) problems.push(`${where}: "${url}" is not under ${base}`);
  }
  for (const domain of findAll(app, "AppDomain").map(text)) {
    if (!domain.startsWith("https://")) problems.push(`<AppDomain> "${domain}" is not https`);
  }

  // Icons: the file exists under root and has the size its id or attribute states.
  const iconChecks: { url: string; size: number }[] = [];
  const iconUrl = findAll(app, "IconUrl").map((n) => attr(n, "DefaultValue"))[0];
  const hiRes = findAll(app, "HighResolutionIconUrl").map((n) => attr(n, "DefaultValue"))[0];
  if (iconUrl) iconChecks.push({ url: iconUrl, size: 32 });
  else problems.push("<IconUrl> is missing");
  if (hiRes) iconChecks.push({ url: hiRes, size: 64 });
  else problems.push("<HighResolutionIconUrl> is missing");
  for (const [id, r] of resources) {
    if (r.kind !== "Image") continue;
    const m = ICON_SIZE_FROM_ID.exec(id);
    if (m) iconChecks.push({ url: r.value, size: Number(m[1]) });
  }
  for (const { url, size } of iconChecks) {
    if (!base || !url.startsWith(base)) continue;
    const file = path.join(options.root, url.slice(base.length));
    if (!fs.existsSync(file)) {
      problems.push(`icon ${url}: file ${path.relative(process.cwd(), file)} does not exist`);
      continue;
    }
    const dim = pngSize(file);
    if (!dim) problems.push(`icon ${url} is not a PNG`);
    else if (dim.width !== size || dim.height !== size) {
      problems.push(`icon ${url} is ${dim.width}x${dim.height}, expected ${size}x${size}`);
    }
  }

  // Custom functions: namespace, metadata, shared runtime.
  const cf = findAll(app, "ExtensionPoint").find((e) => attr(e, "type") === "CustomFunctions");
  if (!cf) problems.push("no CustomFunctions extension point");
  const namespaceRes = cf ? findAll(cf, "Namespace").map((n) => attr(n, "resid"))[0] : undefined;
  const ns = namespaceRes ? resources.get(namespaceRes)?.value : undefined;
  if (cf && ns !== expectedNamespace)
    problems.push(`custom functions namespace is "${ns}", expected "${expectedNamespace}"`);
  const metaRes = cf
    ? findAll(cf, "Metadata")
        .flatMap((m) => findAll(m, "SourceLocation"))
        .map((n) => attr(n, "resid"))[0]
    : undefined;
  if (cf && !(metaRes && resources.get(metaRes)?.value.endsWith("/functions.json"))) {
    problems.push("the custom functions metadata is not functions.json");
  }
  const runtimes = findAll(app, "Runtime");
  const runtimeId = runtimes.length === 1 ? attr(runtimes[0]!, "resid") : undefined;
  if (runtimes.length !== 1) problems.push(`expected exactly one <Runtime>, found ${runtimes.length}`);
  else if (attr(runtimes[0]!, "lifetime") !== "long") problems.push('the runtime\'s lifetime is not "long"');
  const sets = findAll(app, "Set").filter((s) => attr(s, "Name") === "SharedRuntime");
  if (sets.length === 0) problems.push("the SharedRuntime requirement set is missing");
  else if (attr(sets[0]!, "MinVersion") !== "1.1") problems.push("SharedRuntime MinVersion is not 1.1");
  if (runtimeId) {
    const pageRes = cf
      ? findAll(cf, "Page")
          .flatMap((p) => findAll(p, "SourceLocation"))
          .map((n) => attr(n, "resid"))[0]
      : undefined;
    if (cf && pageRes !== runtimeId) problems.push("the custom functions page is not the shared runtime");
    for (const ff of findAll(app, "FunctionFile")) {
      if (attr(ff, "resid") !== runtimeId) problems.push("the commands' FunctionFile is not the shared runtime");
    }
    for (const action of findAll(app, "Action").filter((a) => attr(a, "type") === "ShowTaskpane")) {
      const loc = findAll(action, "SourceLocation").map((n) => attr(n, "resid"))[0];
      if (loc !== runtimeId) problems.push("a ShowTaskpane action does not use the shared runtime");
      // A shared runtime has one task pane: "none of the descendant <Action> elements should
      // have a <TaskpaneID> child element" (Microsoft, configure-your-add-in-to-use-a-shared-runtime).
      if (findAll(action, "TaskpaneId").length)
        problems.push("a ShowTaskpane action has a <TaskpaneId> in a shared runtime");
    }
  }
  const permissions = findAll(app, "Permissions").map(text)[0];
  if (permissions !== "ReadWriteDocument")
    problems.push(`permissions are "${permissions}", expected ReadWriteDocument`);
  const id = findAll(app, "Id").map(text)[0] ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push(`<Id> "${id}" is not a GUID`);
  return problems;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--")) ?? "manifest.xml";
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const xml = fs.readFileSync(file, "utf8");
  const structural = checkManifest(xml, {
    root: opt("--root") ?? path.dirname(path.resolve(file)),
    base: opt("--base"),
  });
  void validateManifestXsd(xml, path.basename(file)).then((schema) => {
    const problems = [...structural, ...schema.map((e) => `XSD: ${e}`)];
    if (problems.length) {
      console.error(`${file}: ${problems.length} problem(s)\n- ${problems.join("\n- ")}`);
      process.exit(1);
    }
    console.log(`${file}: structure and XSD schema OK (offline checks)`);
  });
}
