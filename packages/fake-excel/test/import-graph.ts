/**
 * The import graph of a folder of TypeScript files, for the layer test: which file imports which
 * (type-only imports included, since a type cycle still ties the files together), its strongly
 * connected components (a component of more than one file is an import cycle) and imports that go
 * down a floor the wrong way.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

/** File (relative to the folder, `/`-separated, without `.ts`) to the files it imports. */
export type ImportGraph = Map<string, Set<string>>;

function listTs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listTs(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every module a file names: imports, re-exports, `import()`, import types, module augmentations. */
function moduleSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    } else if (ts.isExternalModuleReference(node) && ts.isStringLiteral(node.expression)) {
      out.push(node.expression.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      out.push(node.name.text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      out.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/**
 * Reads every `.ts` file under `dir` and returns the files it names (`import`, `import type`,
 * `export ... from`, `import()`, `import("...").T` types, `declare module` augmentations), each
 * resolved to a file of the folder (`./x` is `x.ts` or `x/index.ts`). A relative import that resolves to no file throws, so a typo cannot hide an edge.
 */
export function readImportGraph(dir: string): ImportGraph {
  const files = listTs(dir);
  const id = (full: string): string => path.relative(dir, full).split(path.sep).join("/").replace(/\.ts$/, "");
  const known = new Set(files.map(id));
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const edges = new Set<string>();
    for (const spec of moduleSpecifiers(file)) {
      if (!spec.startsWith(".")) continue;
      const base = id(path.resolve(path.dirname(file), spec) + ".ts");
      const target = known.has(base)
        ? base
        : known.has(`${base.replace(/\.ts$/, "")}/index`)
          ? `${base}/index`
          : undefined;
      if (target === undefined) throw new Error(`${id(file)}: cannot resolve ${spec}`);
      edges.add(target);
    }
    graph.set(id(file), edges);
  }
  return graph;
}

/** The graph's strongly connected components (Tarjan), largest first; each lists its files sorted. */
export function stronglyConnectedComponents(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      out.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

/** The import cycles: components of more than one file, and files that import themselves. */
export function importCycles(graph: ImportGraph): string[][] {
  return stronglyConnectedComponents(graph).filter((c) => c.length > 1 || graph.get(c[0]!)?.has(c[0]!));
}

/**
 * Imports that break the floors: `floors` lists the layers bottom first, and a file of a layer
 * may import only files of its own layer or of the layers below. A file's layer is its first
 * folder; a file in no listed layer (e.g. `index.ts`) is above them all. Each violation reads
 * "from -> to".
 */
export function floorViolations(graph: ImportGraph, floors: readonly string[]): string[] {
  const level = (file: string): number => {
    const i = floors.indexOf(file.split("/")[0]!);
    return file.includes("/") && i >= 0 ? i : floors.length;
  };
  const out: string[] = [];
  for (const [from, tos] of graph) {
    for (const to of tos) if (level(to) > level(from)) out.push(`${from} -> ${to}`);
  }
  return out.sort();
}
