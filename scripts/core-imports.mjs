/**
 * `node scripts/core-imports.mjs`: points every import that reaches into one of core's areas from
 * outside it at the area's entry point (src/core/<area>/index.ts), the rule `layers/core-areas`
 * holds (docs/architecture.md). Imports of the modules that once lay loose in src/core (now in
 * src/core/base, and percent.ts in src/core/indicators) are repointed too. For a branch written
 * before the entry points: merge, run this, then `npx prettier --write` the files it names, and
 * `npx eslint .` for what is left (the folded aliases: workbook's a1/parseA1 are base's
 * formatCell/parseCell, report/figures' helpers are the indicators' with base's unlessError).
 * Imports from one entry point are merged into one statement. Prints each file it rewrites.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const CORE = "src/core";
/** Where the loose modules went. */
const MOVED = Object.fromEntries([
  ...["address", "errors", "error-messages", "fingerprint", "slices", "standards"].map((m) => [
    `${CORE}/${m}`,
    `${CORE}/base/${m}`,
  ]),
  [`${CORE}/percent`, `${CORE}/indicators/percent`],
]);
/** Modules, beside an index, that callers may import (eslint.config.mjs, CORE_AREAS.entries). */
const EXTRA_ENTRIES = new Set([`${CORE}/benchmarks/dataset.generated`]);
const FOLDERS = ["src", "test", "bench", "preview", "support", "scripts"];

function walk(dir, out = []) {
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) walk(p, out);
    else if (/\.(ts|tsx|mjs|js)$/.test(e.name) && !e.name.endsWith(".generated.ts")) out.push(p);
  }
  return out;
}

/** The area a path from the root lies in, when it is a module inside one. */
const areaOf = (p) => p.match(/^src\/core\/([^/]+)\//)?.[1];

/** The relative specifier from `file` to `to` (a path from the root, without extension). */
function specFor(file, to) {
  const s = path.posix.relative(path.posix.dirname(file), to.replace(/\/index$/, ""));
  return s.startsWith(".") ? s : `./${s}`;
}

/** The new specifier for `spec` in `file`, or undefined to leave it. */
function repoint(file, spec) {
  let to = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.tsx?$/, "");
  to = MOVED[to] ?? to;
  const area = areaOf(to); // undefined for an area folder itself: its entry point
  const isEntry = !area || to === `${CORE}/${area}/index` || EXTRA_ENTRIES.has(to);
  const inside = areaOf(file) === area || file.startsWith(`test/core/${area}/`);
  if (area && !isEntry && !inside) return specFor(file, `${CORE}/${area}`);
  return MOVED[path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))] ? specFor(file, to) : undefined;
}

/** Edits applied from the end of the text backwards. */
function apply(text, edits) {
  return edits.sort((a, b) => b[0] - a[0]).reduce((t, [s, e, r]) => t.slice(0, s) + r + t.slice(e), text);
}

const parse = (file, text) =>
  ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.ES2022,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

/** Merges the named imports of each entry point into one statement. */
function mergeImports(file, text) {
  const groups = new Map();
  for (const st of parse(file, text).statements) {
    const c = ts.isImportDeclaration(st) ? st.importClause : undefined;
    if (!c || c.name || !c.namedBindings || !ts.isNamedImports(c.namedBindings)) continue;
    const spec = st.moduleSpecifier.text;
    if (!/(^|\/)core\/[^/]+$/.test(spec) && !/^\.\.?\/[^/]+$/.test(spec)) continue;
    groups.set(spec, [...(groups.get(spec) ?? []), st]);
  }
  const edits = [];
  for (const [spec, sts] of groups) {
    if (sts.length < 2) continue;
    const allType = sts.every((s) => s.importClause.isTypeOnly);
    const names = sts.flatMap((s) =>
      s.importClause.namedBindings.elements.map((e) => {
        const name = e.getText().replace(/^type\s+/, "");
        return !allType && (s.importClause.isTypeOnly || e.isTypeOnly) ? `type ${name}` : name;
      }),
    );
    const merged = `import ${allType ? "type " : ""}{ ${[...new Set(names)].join(", ")} } from "${spec}";`;
    edits.push([sts[0].getStart(), sts[0].getEnd(), merged]);
    for (const s of sts.slice(1)) edits.push([s.getStart(), s.getEnd() + (text[s.getEnd()] === "\n" ? 1 : 0), ""]);
  }
  return apply(text, edits);
}

for (const file of FOLDERS.flatMap((d) => walk(d))) {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const edits = [];
  const visit = (node) => {
    let lit;
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      lit = node.moduleSpecifier;
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) lit = node.argument.literal;
    else if (
      ts.isCallExpression(node) &&
      ts.isStringLiteral(node.arguments[0] ?? node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require"))
    )
      lit = node.arguments[0];
    const next = lit && ts.isStringLiteral(lit) && lit.text.startsWith(".") ? repoint(file, lit.text) : undefined;
    if (next && next !== lit.text) edits.push([lit.getStart() + 1, lit.getEnd() - 1, next]);
    ts.forEachChild(node, visit);
  };
  visit(parse(file, text));
  if (!edits.length) continue;
  fs.writeFileSync(path.join(ROOT, file), mergeImports(file, apply(text, edits)));
  console.log(`${file}: ${edits.length} import(s) repointed`);
}
