/**
 * The host's three layers hold by test, not by memory (README "Layers"): `src/model` is the
 * document, `src/proxy` the Office.js objects over it, `src/harness` what tests add around it.
 * A file may import its own layer and the layers below (model < proxy < harness), and no file
 * may reach itself through its imports, type-only imports included.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { floorViolations, type ImportGraph, importCycles, readImportGraph } from "./import-graph";

const SRC = path.join(__dirname, "..", "src");
const FLOORS = ["model", "proxy", "harness"] as const;

/** A graph from `{ file: [imports] }`. */
const graph = (edges: Record<string, string[]>): ImportGraph =>
  new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe("the checker", () => {
  it("finds a cycle, and only the files on it", () => {
    const g = graph({ "model/a": ["model/b"], "model/b": ["model/c"], "model/c": ["model/a"], "model/d": ["model/a"] });
    expect(importCycles(g)).toEqual([["model/a", "model/b", "model/c"]]);
  });

  it("finds a file importing itself, and no cycle in a chain", () => {
    expect(importCycles(graph({ "model/a": ["model/a"] }))).toEqual([["model/a"]]);
    expect(importCycles(graph({ "model/a": ["model/b"], "model/b": [] }))).toEqual([]);
  });

  it("reports an import up a floor and allows one down", () => {
    const g = graph({
      "model/state": ["proxy/range"],
      "proxy/range": ["model/state", "harness/stats"],
      "harness/stats": ["model/state", "proxy/range"],
      index: ["harness/stats"],
    });
    expect(floorViolations(g, FLOORS)).toEqual(["model/state -> proxy/range", "proxy/range -> harness/stats"]);
  });

  it("reads type-only, multi-line and late imports, re-exports and import types from files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "layers-"));
    fs.mkdirSync(path.join(dir, "model"));
    fs.writeFileSync(path.join(dir, "model", "a.ts"), 'import type {\n  B,\n} from "./b";\nexport const a = 1;\n');
    fs.writeFileSync(path.join(dir, "model", "b.ts"), 'export { a } from "./a";\nexport type B = 1;\n');
    fs.writeFileSync(path.join(dir, "index.ts"), 'export * from "./model/a";\n');
    // An import after code, and a type named through import(), are edges too.
    fs.writeFileSync(
      path.join(dir, "model", "c.ts"),
      'export const c = 1;\nimport { a } from "./a";\nexport type D = import("./d").D;\n',
    );
    fs.writeFileSync(path.join(dir, "model", "d.ts"), "export type D = 1;\n");
    const g = readImportGraph(dir);
    expect(g).toEqual(
      graph({
        index: ["model/a"],
        "model/a": ["model/b"],
        "model/b": ["model/a"],
        "model/c": ["model/a", "model/d"],
        "model/d": [],
      }),
    );
    expect(importCycles(g)).toEqual([["model/a", "model/b"]]);
    fs.rmSync(dir, { recursive: true });
  });
});

describe("the host's source", () => {
  const g = readImportGraph(SRC);

  it("has every file in a layer but the public face, index.ts", () => {
    const outside = [...g.keys()].filter((f) => !FLOORS.some((l) => f.startsWith(`${l}/`)));
    expect(outside).toEqual(["index"]);
    // Each layer has files, so the floors below are not passed for want of any.
    for (const l of FLOORS) expect([...g.keys()].filter((f) => f.startsWith(`${l}/`)).length).toBeGreaterThan(3);
  });

  it("has no import cycle", () => {
    expect(importCycles(g)).toEqual([]);
  });

  it("imports only down the floors: model < proxy < harness", () => {
    expect(floorViolations(g, FLOORS)).toEqual([]);
  });
});
