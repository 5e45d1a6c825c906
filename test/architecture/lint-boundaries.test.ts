/**
 * The import boundaries and the Office globals are held by the linter (eslint.config.mjs,
 * scripts/eslint/layers.mjs): these probes are linted as if they sat in a layer, and each
 * reach across a boundary must be an error, while the same code in the layer allowed to do it
 * passes.
 */
import * as path from "node:path";
import { spawnSync } from "node:child_process";

const root = path.join(__dirname, "..", "..");

/** Lints each probe's source as the file at its path (from the root); returns "rule: message" lines. */
function lint(probes: Record<string, string>): Record<string, string[]> {
  const script = `
    import path from "node:path";
    import { ESLint } from "eslint";
    const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
    const out = {};
    for (const [file, code] of Object.entries(JSON.parse(process.argv[1]))) {
      const [result] = await eslint.lintText(code, { filePath: path.join(${JSON.stringify(root)}, file) });
      out[file] = result.messages.map((m) => m.ruleId + ": " + m.message);
    }
    console.log(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(probes)], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, string[]>;
}

const result = lint({
  "src/core/report/probe-up.ts": 'import { readWorkbook } from "../../excel/read";\nexport const r = readWorkbook;\n',
  "src/core/probe-package.ts":
    'import { z } from "zod";\nimport ExcelJS from "exceljs";\nexport const p = [z, ExcelJS];\n',
  "src/core/probe-office.ts": "export const r = () => Excel.run(async () => undefined);\n",
  "src/commands/probe-pane.ts": 'import { App } from "../taskpane/App";\nexport const a = App;\n',
  "src/taskpane/probe-office.ts":
    "export const r = () => Excel.run(async () => undefined);\n" +
    "export const p = (globalThis as { Office?: unknown }).Office;\n",
  "src/taskpane/probe-down.ts":
    'import { readWorkbook } from "../excel";\nimport { requestCommand } from "../commands/command-bus";\n' +
    "export const r = [readWorkbook, requestCommand];\n",
  "src/functions/probe-excel.ts": 'import { readWorkbook } from "../excel";\nexport const r = readWorkbook;\n',
  "src/cli/probe-pane.ts":
    'import { App } from "../taskpane/App";\nimport { readFileSync } from "node:fs";\nexport const a = [App, readFileSync];\n',
  "src/package/probe-up.ts":
    'import { percent } from "../core/percent";\nimport { inflateRawSync } from "node:zlib";\nexport const p = [percent, inflateRawSync];\n',
  "src/deck/probe-package.ts": 'import { parseXml } from "../package/xml";\nexport const p = parseXml;\n',
  "src/excel/probe-office.ts": "export const r = () => Excel.run(async () => undefined);\n",
  "src/taskpane/index.tsx":
    "Office.onReady(() => undefined);\nexport const r = () => Excel.run(async () => undefined);\n",
});

const OFFICE = "Office.js is called only from src/excel (docs/architecture.md): use its functions.";

describe("import boundaries", () => {
  it("core imports nothing outside core", () => {
    expect(result["src/core/report/probe-up.ts"]).toEqual([
      "layers/imports: src/core may import only from src/core; '../../excel/read' reaches src/excel.",
    ]);
  });

  it("core uses no package but zod", () => {
    expect(result["src/core/probe-package.ts"]).toEqual([
      "layers/imports: src/core may use only the packages zod, saxes; 'exceljs' is not one of them.",
    ]);
  });

  it("the ribbon does not import from the task pane's folder", () => {
    expect(result["src/commands/probe-pane.ts"]).toEqual([
      "layers/imports: src/commands may import only from src/commands; '../taskpane/App' reaches src/taskpane.",
    ]);
  });

  it("the custom functions do not reach the Office.js adapter, nor the CLI the pane", () => {
    expect(result["src/functions/probe-excel.ts"]).toEqual([
      "layers/imports: src/functions may import only from src/core, src/functions; '../excel' reaches src/excel.",
    ]);
    expect(result["src/cli/probe-pane.ts"]).toEqual([
      "layers/imports: src/cli may import only from src/core, src/package, src/deck, src/cli; '../taskpane/App' reaches src/taskpane.",
    ]);
  });

  it("the package layer (ZIP and XML) imports nothing of ours and no package, not even Node's", () => {
    expect(result["src/package/probe-up.ts"]).toEqual([
      "layers/imports: src/package may import only from src/package; '../core/percent' reaches src/core.",
      "layers/imports: src/package may use only the packages (none); 'node:zlib' is not one of them.",
    ]);
  });

  it("the deck reads and writes its package through the package layer", () => {
    expect(result["src/deck/probe-package.ts"]).toEqual([]);
  });

  it("the pane imports the layers below it", () => {
    expect(result["src/taskpane/probe-down.ts"]).toEqual([]);
  });
});

describe("Office globals", () => {
  it("only src/excel calls Excel", () => {
    expect(result["src/excel/probe-office.ts"]).toEqual([]);
    expect(result["src/core/probe-office.ts"]).toEqual([`no-restricted-globals: Unexpected use of 'Excel'. ${OFFICE}`]);
  });

  it("the pane reaches Office neither by name nor through globalThis", () => {
    expect(result["src/taskpane/probe-office.ts"]).toEqual([
      `no-restricted-globals: Unexpected use of 'Excel'. ${OFFICE}`,
      `no-restricted-syntax: ${OFFICE}`,
    ]);
  });

  it("the pane's entry point may wait for Office.onReady, and nothing more", () => {
    expect(result["src/taskpane/index.tsx"]).toEqual([`no-restricted-globals: Unexpected use of 'Excel'. ${OFFICE}`]);
  });
});
