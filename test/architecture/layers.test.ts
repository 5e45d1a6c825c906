/**
 * The layers are held by the compiler, not by memory: each layer's tsconfig.json says which
 * globals its files see (docs/architecture.md). These tests type-check small probe files as if
 * they sat in a layer, with that layer's own tsconfig, and read the diagnostics: a core file
 * that touches the DOM, Node or Office must not compile, nor one that imports a layer above it.
 */
import * as path from "node:path";
import * as ts from "typescript";

const root = path.join(__dirname, "..", "..");

/** A probe: a file name inside the layer's folder and its source. */
type Probes = Record<string, string>;

/**
 * Type-checks `probes` as files of the layer in `layerDir` (its tsconfig.json, its file list
 * plus the probes) and returns each probe's diagnostics as "TS<code>: <message>".
 */
function check(layerDir: string, probes: Probes, withLayerFiles = true): Record<string, string[]> {
  const dir = path.join(root, layerDir);
  const configPath = path.join(dir, "tsconfig.json");
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dir, undefined, configPath);
  expect(parsed.errors).toEqual([]);
  const files = new Map(Object.entries(probes).map(([name, text]) => [path.join(dir, name), text]));
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => {
    const text = files.get(path.resolve(name));
    return text !== undefined ? ts.createSourceFile(name, text, lang) : getSourceFile(name, lang, ...rest);
  };
  host.fileExists = (name) => files.has(path.resolve(name)) || fileExists(name);
  host.readFile = (name) => files.get(path.resolve(name)) ?? readFile(name);
  const rootNames = [...(withLayerFiles ? parsed.fileNames : []), ...files.keys()];
  const program = ts.createProgram({ rootNames, options: { ...parsed.options, noEmit: true }, host });
  const out: Record<string, string[]> = Object.fromEntries(Object.keys(probes).map((n) => [n, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file ? path.relative(dir, path.resolve(d.file.fileName)) : undefined;
    if (name !== undefined && name in out) {
      out[name]!.push(`TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    }
  }
  return out;
}

/** The diagnostics' codes only. */
const codes = (messages: string[]): string[] => messages.map((m) => m.slice(0, m.indexOf(":")));

describe("src/core sees no DOM, no Node and no Office", () => {
  const result = check("src/core", {
    "probe-clean.ts": 'import { serialFromYmd } from "./dates/serial";\nexport const s = serialFromYmd(2020, 3, 31);\n',
    "probe-dom.ts": "export const title = document.title;\nexport const w = window.innerWidth;\n",
    "probe-node.ts": 'export const env = process.env.HOME;\nexport const b = Buffer.from("x");\n',
    "probe-node-import.ts": 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n',
    "probe-office.ts":
      "export async function f(): Promise<void> {\n  await Excel.run(async () => undefined);\n  Office.onReady();\n}\n",
    "probe-up.ts": 'import { readWorkbook } from "../excel/read";\nexport const r = readWorkbook;\n',
  });

  it("compiles a file that uses only core", () => {
    expect(result["probe-clean.ts"]).toEqual([]);
  });

  it("rejects the DOM: document and window are unknown names", () => {
    expect(codes(result["probe-dom.ts"]!)).toEqual(["TS2584", "TS2304"]);
    expect(result["probe-dom.ts"]![0]).toMatch(/Cannot find name 'document'/);
    expect(result["probe-dom.ts"]![1]).toMatch(/Cannot find name 'window'/);
  });

  it("rejects Node: process, Buffer and node: modules", () => {
    expect(result["probe-node.ts"]!.map((m) => m.match(/Cannot find name '(\w+)'/)?.[1])).toEqual([
      "process",
      "Buffer",
    ]);
    expect(result["probe-node-import.ts"]).toEqual([expect.stringMatching(/^TS2591: Cannot find name 'node:fs'/)]);
  });

  it("rejects Office.js: Excel and Office are unknown names", () => {
    expect(result["probe-office.ts"]).toEqual([
      expect.stringMatching(/^TS2304: Cannot find name 'Excel'/),
      expect.stringMatching(/^TS2304: Cannot find name 'Office'/),
    ]);
  });

  it("rejects an import from a layer above (src/excel is not in core's project)", () => {
    expect(result["probe-up.ts"]).toEqual([
      expect.stringMatching(/^TS6307: File '.*src\/excel\/read\.ts' is not listed within the file list of project/),
    ]);
  });
});

// Each check builds a TypeScript program over the layer: seconds, more on a busy machine.
describe("the other layers see only their own globals", () => {
  it("src/cli sees Node but not the DOM or Office", () => {
    const result = check(
      "src/cli",
      {
        "probe-node.ts": "export const env = process.env.HOME;\n",
        "probe-dom.ts": "export const title = document.title;\nexport const e = Excel.run;\n",
      },
      false,
    );
    expect(result["probe-node.ts"]).toEqual([]);
    expect(codes(result["probe-dom.ts"]!)).toEqual(["TS2584", "TS2304"]);
  }, 120_000);

  it("src/package (ZIP and XML, for the CLI and the deck) sees neither Node nor the DOM", () => {
    const result = check(
      "src/package",
      {
        "probe-clean.ts": 'import { escapeXml } from "./xml";\nexport const e = escapeXml("<");\n',
        "probe-node.ts": 'import { inflateRawSync } from "node:zlib";\nexport const b = Buffer.from("x");\n',
        "probe-dom.ts": "export const title = document.title;\n",
      },
      true,
    );
    expect(result["probe-clean.ts"]).toEqual([]);
    expect(codes(result["probe-node.ts"]!)).toEqual(["TS2591", "TS2591"]);
    expect(codes(result["probe-dom.ts"]!)).toEqual(["TS2584"]);
  }, 120_000);

  it("src/commands (the ribbon) cannot import from the task pane's folder", () => {
    const result = check("src/commands", {
      "probe-office.ts": "export const ready = Office.onReady;\n",
      "probe-pane.ts": 'import { errorText } from "../taskpane/errors";\nexport const e = errorText;\n',
    });
    expect(result["probe-office.ts"]).toEqual([]);
    expect(result["probe-pane.ts"]).toEqual([
      expect.stringMatching(/^TS6307: File '.*src\/taskpane\/errors\.ts' is not listed within the file list/),
    ]);
  }, 120_000);
});
