/**
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
  },
};

export default { meta: { name: "layers" }, rules: { imports: importsRule } };
