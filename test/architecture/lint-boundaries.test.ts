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
  "src/core/base/probe-package.ts":
    'import { z } from "zod";\nimport ExcelJS from "exceljs";\nexport const p = [z, ExcelJS];\n',
  "src/core/base/probe-office.ts": "export const r = () => Excel.run(async () => undefined);\n",
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
    'import { percent } from "../core/indicators";\nimport { inflateRawSync } from "node:zlib";\nexport const p = [percent, inflateRawSync];\n',
  "src/deck/probe-package.ts": 'import { parseXml } from "../package/xml";\nexport const p = parseXml;\n',
  "src/excel/probe-office.ts": "export const r = () => Excel.run(async () => undefined);\n",
  "src/taskpane/index.tsx":
    "Office.onReady(() => undefined);\nexport const r = () => Excel.run(async () => undefined);\n",
  // Core's areas: entry points from outside, floors inside.
  "src/excel/probe-penetrating.ts":
    'import { validateWorkbook } from "../core/workbook/validate";\nimport { formatPeriod } from "../core/dates";\n' +
    "export const v = [validateWorkbook, formatPeriod];\n",
  "src/functions/probe-dataset.ts":
    'export const d = () => import("../core/benchmarks/dataset.generated");\n' +
    'export const m = () => import("../core/benchmarks/match");\n',
  "src/core/probe-loose.ts": 'import { CellError } from "./base";\nexport const e = CellError;\n',
  "src/cli/probe-old-path.ts": 'import { CellError } from "../core/errors";\nexport const e = CellError;\n',
  "src/core/dates/probe-floor.ts":
    'import { timeliness } from "../indicators";\nimport { CellError } from "../base";\nexport const t = [timeliness, CellError];\n',
  "src/core/indicators/probe-floor.ts":
    'import { parsePeriod } from "../dates";\nimport { buildReportPlan } from "../report";\n' +
    "export const t = [parsePeriod, buildReportPlan];\n",
  "src/core/benchmarks/probe-floor.ts":
    'import { formatPeriod } from "../dates";\nimport { timeliness } from "../indicators";\n' +
    "export const t = [formatPeriod, timeliness];\n",
  "src/core/workbook/probe-floor.ts":
    'import { matchCouncil } from "../benchmarks";\nimport { buildReportPlan } from "../report";\n' +
    "export const t = [matchCouncil, buildReportPlan];\n",
  "src/core/report/probe-floor.ts":
    'import { validateWorkbook } from "../workbook";\nimport { nameFor } from "../workbook/names";\n' +
    "export const t = [validateWorkbook, nameFor];\n",
  "src/core/returns/probe-floor.ts":
    'import { validateWorkbook } from "../workbook";\nimport { buildReportPlan } from "../report";\n' +
    "export const t = [validateWorkbook, buildReportPlan];\n",
  "src/core/base/probe-floor.ts": 'import { serialFromYmd } from "../dates";\nexport const s = serialFromYmd;\n',
  "src/core/workbook/rules/probe-own.ts":
    'import { LAYOUT } from "../layout";\nimport { validateWorkbook } from "..";\nexport const l = [LAYOUT, validateWorkbook];\n',
  "test/core/workbook/probe-mirror.ts":
    'import { LOG_STEP_ROWS } from "../../../src/core/workbook/rules/log";\n' +
    'import { roundHalfUp } from "../../../src/core/indicators/rounding";\nexport const m = [LOG_STEP_ROWS, roundHalfUp];\n',
  "test/cli/probe-bench.ts": 'import { EXCEL_ROWS } from "../../bench/cli.bench";\nexport const p = EXCEL_ROWS;\n',
  "bench/probe-test.ts": 'import { tempDir } from "../test/cli/helpers";\nexport const r = tempDir;\n',
  "preview/probe-test.ts":
    'import { run } from "../test/cli/helpers";\nimport { prng } from "../support/prng";\nexport const r = [run, prng];\n',
  "support/probe-preview.ts": 'import { PreviewApp } from "../preview/PreviewApp";\nexport const p = PreviewApp;\n',
});

const OFFICE = "Office.js is called only from src/excel (docs/architecture.md): use its functions.";

describe("import boundaries", () => {
  it("core imports nothing outside core", () => {
    expect(result["src/core/report/probe-up.ts"]).toEqual([
      "layers/imports: src/core may import only from src/core; '../../excel/read' reaches src/excel.",
    ]);
  });

  it("core uses no package but zod and saxes", () => {
    expect(result["src/core/base/probe-package.ts"]).toEqual([
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
      "layers/imports: src/package may import only from src/package; '../core/indicators' reaches src/core.",
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

const AREA = "layers/core-areas";
const AREAS = "base, dates, indicators, benchmarks, workbook, report, returns";

describe("core's areas", () => {
  it("are reached from outside through their entry points only", () => {
    expect(result["src/excel/probe-penetrating.ts"]).toEqual([
      `${AREA}: '../core/workbook/validate' reaches into src/core/workbook: import the area's entry point (src/core/workbook/index.ts).`,
    ]);
  });

  it("benchmarks' generated dataset is a second entry point, its other files are not", () => {
    expect(result["src/functions/probe-dataset.ts"]).toEqual([
      `${AREA}: '../core/benchmarks/match' reaches into src/core/benchmarks: import the area's entry point (src/core/benchmarks/index.ts).`,
    ]);
  });

  it("hold every module of core: none lies loose in src/core, and the old loose paths are gone", () => {
    expect(result["src/core/probe-loose.ts"]).toEqual([
      `${AREA}: A module of src/core lives in one of its areas (${AREAS}), not loose in src/core.`,
    ]);
    expect(result["src/cli/probe-old-path.ts"]).toEqual([
      `${AREA}: '../core/errors' reaches src/core/errors, which is not an area of src/core (${AREAS}).`,
    ]);
  });

  it("stand on their floors only", () => {
    const floor = (from: string, floors: string, spec: string, area: string) =>
      `${AREA}: src/core/${from} may import only ${floors} of src/core; '${spec}' reaches ${area}.`;
    expect(result["src/core/base/probe-floor.ts"]).toEqual([floor("base", "nothing", "../dates", "dates")]);
    expect(result["src/core/dates/probe-floor.ts"]).toEqual([floor("dates", "base", "../indicators", "indicators")]);
    expect(result["src/core/indicators/probe-floor.ts"]).toEqual([
      floor("indicators", "dates, base", "../report", "report"),
    ]);
    expect(result["src/core/benchmarks/probe-floor.ts"]).toEqual([
      floor("benchmarks", "dates, base", "../indicators", "indicators"),
    ]);
    expect(result["src/core/workbook/probe-floor.ts"]).toEqual([
      floor("workbook", "benchmarks, indicators, dates, base", "../report", "report"),
    ]);
    expect(result["src/core/returns/probe-floor.ts"]).toEqual([
      floor("returns", "workbook, benchmarks, indicators, dates, base", "../report", "report"),
    ]);
  });

  it("reach the areas beneath them through their entry points too", () => {
    expect(result["src/core/report/probe-floor.ts"]).toEqual([
      `${AREA}: '../workbook/names' reaches into src/core/workbook: import the area's entry point (src/core/workbook/index.ts).`,
    ]);
  });

  it("import their own modules directly, not their own entry point", () => {
    expect(result["src/core/workbook/rules/probe-own.ts"]).toEqual([
      `${AREA}: '..' is workbook's own entry point: inside an area import the module itself (the entry point imports this file).`,
    ]);
  });

  it("may be reached into by their mirror-tree unit tests, and only their own", () => {
    expect(result["test/core/workbook/probe-mirror.ts"]).toEqual([
      `${AREA}: '../../../src/core/indicators/rounding' reaches into src/core/indicators: import the area's entry point (src/core/indicators/index.ts).`,
    ]);
  });
});

describe("the folders around src", () => {
  it("tests and benchmarks do not import each other; they share support/", () => {
    expect(result["test/cli/probe-bench.ts"]).toEqual([
      "layers/forbidden: test does not import from bench; '../../bench/cli.bench' reaches bench.",
    ]);
    expect(result["bench/probe-test.ts"]).toEqual([
      "layers/forbidden: bench does not import from test; '../test/cli/helpers' reaches test.",
    ]);
  });

  it("the preview imports neither, and support/ none of them", () => {
    expect(result["preview/probe-test.ts"]).toEqual([
      "layers/forbidden: preview does not import from test, bench; '../test/cli/helpers' reaches test.",
    ]);
    expect(result["support/probe-preview.ts"]).toEqual([
      "layers/forbidden: support does not import from test, bench, preview; '../preview/PreviewApp' reaches preview.",
    ]);
  });
});

describe("Office globals", () => {
  it("only src/excel calls Excel", () => {
    expect(result["src/excel/probe-office.ts"]).toEqual([]);
    expect(result["src/core/base/probe-office.ts"]).toEqual([
      `no-restricted-globals: Unexpected use of 'Excel'. ${OFFICE}`,
    ]);
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
