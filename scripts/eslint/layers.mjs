/**
 * The import boundaries of docs/architecture.md as ESLint rules (wired in eslint.config.mjs):
 * `layers/imports` (what each layer of src may import), `layers/core-areas` (core's areas, their
 * entry points and floors) and `layers/forbidden` (the folders around src that must not lean on
 * each other).
 *
 * ESLint rule `layers/imports`: a file may import only from the layers and packages its layer
 * allows (docs/architecture.md). Relative imports are resolved against the importing file, so
 * `../../excel/read` from src/core/report is seen for what it is: a reach into src/excel.
 *
 * Options: { layer: "src/core", layers: ["src/core", ...], packages: ["zod", "node:*", ...] }
 *   layer     the layer's name, for the messages
 *   layers    folders (from the repository root) the file's imports may resolve into
 *   packages  bare import names allowed; "x/*" allows every package under scope or prefix x/
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The package a bare specifier names: "@scope/name" or "name" (a subpath dropped). */
function packageOf(spec) {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function packageAllowed(spec, allowed) {
  const name = packageOf(spec);
  return allowed.some((p) => (p.endsWith("/*") || p.endsWith(":*") ? spec.startsWith(p.slice(0, -1)) : p === name));
}

/** Where a relative import from `file` lands, as a path from the repository root. */
function target(file, spec) {
  return path
    .relative(ROOT, path.resolve(path.dirname(file), spec))
    .split(path.sep)
    .join("/");
}

/** The visitors that hand `check` every module specifier: import, export from, import(), require(), import("x").T. */
function importVisitors(check) {
  return {
    ImportDeclaration: (n) => check(n, n.source),
    ExportNamedDeclaration: (n) => check(n, n.source),
    ExportAllDeclaration: (n) => check(n, n.source),
    ImportExpression: (n) => check(n, n.source),
    TSImportType: (n) => check(n, n.argument?.type === "TSLiteralType" ? n.argument.literal : n.argument),
    CallExpression: (n) => {
      if (n.callee.type === "Identifier" && n.callee.name === "require") check(n, n.arguments[0]);
    },
  };
}

/** The string a specifier node holds, or undefined for a computed one. */
function specOf(source) {
  return source && source.type === "Literal" && typeof source.value === "string" ? source.value : undefined;
}

/** The importing file's path from the repository root. */
function fromRoot(file) {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

const importsRule = {
  meta: {
    type: "problem",
    docs: { description: "A layer imports only from the layers and packages it may depend on." },
    schema: [
      {
        type: "object",
        properties: {
          layer: { type: "string" },
          layers: { type: "array", items: { type: "string" } },
          packages: { type: "array", items: { type: "string" } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      layer: "{{from}} may import only from {{layers}}; '{{spec}}' reaches {{to}}.",
      package: "{{from}} may use only the packages {{packages}}; '{{spec}}' is not one of them.",
    },
  },
  create(context) {
    const { layer, layers = [], packages = [] } = context.options[0] ?? {};
    const file = context.filename;
    const from = layer ?? path.relative(ROOT, path.dirname(file)).split(path.sep).join("/");
    function check(node, source) {
      if (!source || source.type !== "Literal" || typeof source.value !== "string") return;
      const spec = source.value;
      if (spec.startsWith(".")) {
        const to = target(file, spec);
        if (layers.some((l) => to === l || to.startsWith(`${l}/`))) return;
        context.report({
          node: source,
          messageId: "layer",
          data: { from, spec, to: to.split("/").slice(0, 2).join("/"), layers: layers.join(", ") },
        });
      } else if (!packageAllowed(spec, packages)) {
        context.report({
          node: source,
          messageId: "package",
          data: { from, spec, packages: packages.length ? packages.join(", ") : "(none)" },
        });
      }
    }
    return importVisitors(check);
  },
};

/** The area of core a path (from the root) lies in: "src/core/workbook/rules/log" -> "workbook". */
function areaOf(p, root) {
  return p.startsWith(`${root}/`) ? p.slice(root.length + 1).split("/")[0] : undefined;
}

/**
 * ESLint rule `layers/core-areas`: core is made of areas (src/core/<area>/), each with one entry
 * point, its index.ts. From outside an area an import reaches the area's entry point (or an
 * extra entry it names) and nothing else, so an area's files can be split, merged and renamed
 * without touching its callers (Univer's no-penetrating-import, for the same reason). Inside
 * core an area imports only the areas beneath it (its floors), through their entry points, and
 * its own files directly, never its own entry point (which imports them: a cycle). A file may
 * not sit in core outside an area. A mirror-tree unit test (test/core/<area>/...) may reach into
 * the area it tests, to test its internals.
 *
 * Options: { root: "src/core", floors: { base: [], dates: ["base"], ... },
 *            entries: { benchmarks: ["dataset.generated"] }, mirrors: ["test/core"] }
 *   floors   every area, with the areas it may import
 *   entries  an area's modules, beside its index, that callers may import (a lazily loaded chunk)
 *   mirrors  folders whose <area>/ subfolder may import anything in that area
 */
const coreAreasRule = {
  meta: {
    type: "problem",
    docs: {
      description: "Core's areas are reached through their entry points, and stand only on the areas beneath them.",
    },
    schema: [
      {
        type: "object",
        properties: {
          root: { type: "string" },
          floors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          entries: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          mirrors: { type: "array", items: { type: "string" } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      penetrating: "'{{spec}}' reaches into {{root}}/{{area}}: import the area's entry point ({{entry}}).",
      notArea: "'{{spec}}' reaches {{to}}, which is not an area of {{root}} ({{areas}}).",
      loose: "A module of {{root}} lives in one of its areas ({{areas}}), not loose in {{root}}.",
      floor: "{{root}}/{{from}} may import only {{floors}} of {{root}}; '{{spec}}' reaches {{area}}.",
      ownEntry:
        "'{{spec}}' is {{area}}'s own entry point: inside an area import the module itself (the entry point imports this file).",
    },
  },
  create(context) {
    const { root = "src/core", floors = {}, entries = {}, mirrors = [] } = context.options[0] ?? {};
    const file = fromRoot(context.filename);
    const areas = Object.keys(floors);
    const loose = path.posix.dirname(file) === root;
    const fileArea = loose ? undefined : areaOf(file, root);
    const mirrorArea = mirrors.map((m) => areaOf(file, m)).find((a) => a !== undefined && !/\.[cm]?[jt]sx?$/.test(a));
    function check(node, source) {
      const spec = specOf(source);
      if (!spec?.startsWith(".")) return;
      const to = target(context.filename, spec);
      if (to !== root && !to.startsWith(`${root}/`)) return;
      const area = areaOf(to, root);
      if (!area || !areas.includes(area)) {
        context.report({ node: source, messageId: "notArea", data: { spec, to, root, areas: areas.join(", ") } });
        return;
      }
      const rest = to.slice(`${root}/${area}`.length + 1);
      const entry = rest === "" || rest === "index";
      if (fileArea === area) {
        if (entry) context.report({ node: source, messageId: "ownEntry", data: { spec, area } });
        return;
      }
      if (fileArea !== undefined && !(floors[fileArea] ?? []).includes(area)) {
        const allowed = floors[fileArea]?.length ? floors[fileArea].join(", ") : "nothing";
        context.report({
          node: source,
          messageId: "floor",
          data: { spec, root, area, from: fileArea, floors: allowed },
        });
        return;
      }
      if (entry || (entries[area] ?? []).includes(rest) || mirrorArea === area) return;
      context.report({
        node: source,
        messageId: "penetrating",
        data: { spec, root, area, entry: `${root}/${area}/index.ts` },
      });
    }
    return {
      ...importVisitors(check),
      Program: (node) => {
        if (loose) {
          context.report({ node, messageId: "loose", data: { root, areas: areas.join(", ") } });
        }
      },
    };
  },
};

/**
 * ESLint rule `layers/forbidden`: a folder does not import from the folders listed, e.g. the
 * tests and the benchmarks share code only through support/, never each other's files.
 *
 * Options: { layer: "test", forbidden: ["bench"] }
 */
const forbiddenRule = {
  meta: {
    type: "problem",
    docs: { description: "A folder does not import from the folders it must not lean on." },
    schema: [
      {
        type: "object",
        properties: { layer: { type: "string" }, forbidden: { type: "array", items: { type: "string" } } },
        additionalProperties: false,
      },
    ],
    messages: { forbidden: "{{from}} does not import from {{forbidden}}; '{{spec}}' reaches {{to}}." },
  },
  create(context) {
    const { layer, forbidden = [] } = context.options[0] ?? {};
    function check(node, source) {
      const spec = specOf(source);
      if (!spec?.startsWith(".")) return;
      const to = target(context.filename, spec);
      const hit = forbidden.find((f) => to === f || to.startsWith(`${f}/`));
      if (hit)
        context.report({
          node: source,
          messageId: "forbidden",
          data: { from: layer, spec, to: hit, forbidden: forbidden.join(", ") },
        });
    }
    return importVisitors(check);
  },
};

export default {
  meta: { name: "layers" },
  rules: { imports: importsRule, "core-areas": coreAreasRule, forbidden: forbiddenRule },
};
