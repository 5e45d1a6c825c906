/**
 * The CSC custom functions as a HyperFormula function plugin, so formulas such as
 * =CSC.TIMELINESS(A2:A9,B2:B9) are evaluated by a real formula engine in the tests, the
 * benchmark and the preview (support/formulas.ts). It lives in support/, not src/: HyperFormula
 * must never reach the add-in's bundle. HyperFormula is GPL-3.0 (licenseKey "gpl-v3"): a devDependency only.
 *
 * Each function passes its arguments through unchanged except for HyperFormula's own
 * representations (ranges, empty cells, formatted numbers), which become what Excel hands
 * a custom function: 2-D arrays, plain numbers, and for an empty cell null as Excel on the
 * web passes it or 0 as Excel on Windows desktop does (office-js #4702, office-js #5262, office-js #1951), as
 * the engine's platform says. A thrown CustomFunctions.Error becomes a HyperFormula error
 * with the same type and the message the user would see (none but for #VALUE! and #N/A).
 * The functions, their parameters and which are volatile (UASC_QUOTA, recalculated at every
 * change as Excel does at every recalculation) come from the one list in
 * src/functions/catalogue.ts, which a test holds equal to functions.json.
 */
import {
  CellError as HfCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
  type RawCellContent,
} from "hyperformula";
import { CSC_FUNCTIONS, type CscFunction } from "../src/functions/catalogue";
import * as csc from "../src/functions/functions";
import { benchmarkIn } from "../src/functions/benchmark-figure";
import { DATASET_JSON } from "../src/core/benchmarks/dataset.generated";
import { parseDataset, type BenchmarkDataset } from "../src/core/benchmarks";

let parsed: BenchmarkDataset | undefined;
/** DfE's comparator dataset, parsed on first use. */
const dataset = (): BenchmarkDataset => (parsed ??= parseDataset(DATASET_JSON));
import { blankCell, CustomFunctionError, type Platform } from "./custom-functions-runtime";

/** The call HyperFormula hands a plugin method (its ProcedureAst): the argument ASTs. */
type Ast = { readonly args: Parameters<FunctionPlugin["runFunction"]>[0] };
type State = Parameters<FunctionPlugin["runFunction"]>[1];
type Value = ReturnType<FunctionPlugin["runFunction"]>;

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
};

/** How empty cells reach the functions: set by buildEngine for the engine being built or changed. */
let platform: Platform = "web";

/** A HyperFormula value as Excel would pass it to a custom function. */
function toExcel(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcel));
  if (value === EmptyValue) return blankCell(platform);
  if (typeof value === "object" && value !== null && "val" in value && typeof value.val === "number") return value.val; // RichNumber (dates etc.)
  return value;
}

/** HyperFormula's declaration of each function: one method per export, its parameters any type. */
function implemented(): ImplementedFunctions {
  const out: ImplementedFunctions = {};
  for (const f of CSC_FUNCTIONS) {
    out[f.name] = {
      method: f.implementation,
      vectorizationForbidden: true,
      isVolatile: f.volatile,
      parameters: f.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional })),
    };
  }
  return out;
}

/** The plugin: one method per function, named as the export it calls (added below). */
export class CscPlugin extends FunctionPlugin {
  static override implementedFunctions = implemented();

  /** Runs `f` on the call's arguments as Excel would pass them. */
  call(f: CscFunction, ast: Ast, state: State): Value {
    // HyperFormula's plugins are synchronous: CSC.BENCHMARK, whose Promise waits for the dataset
    // chunk in Excel, runs here on the dataset imported directly.
    const fn =
      f.implementation === "benchmark"
        ? (...args: unknown[]) => benchmarkIn(dataset(), args[0], args[1], args[2])
        : (csc[f.implementation] as (...args: unknown[]) => number | string);
    return this.runFunction(ast.args, state, this.metadata(f.name), (...args: unknown[]) => {
      try {
        return fn(...args.map(toExcel));
      } catch (e) {
        if (e instanceof CustomFunctionError)
          return new HfCellError(ERROR_TYPES[e.code] ?? ErrorType.ERROR, e.message || undefined);
        throw e;
      }
    });
  }
}
for (const f of CSC_FUNCTIONS) {
  (CscPlugin.prototype as unknown as Record<string, (this: CscPlugin, ast: Ast, state: State) => Value>)[
    f.implementation
  ] = function (ast, state) {
    return this.call(f, ast, state);
  };
}

/**
 * GPL-3.0 licence key (a devDependency, never shipped); Excel's row count; results unrounded
 * (Excel keeps the double a custom function returns; HyperFormula would round to 10 places).
 */
const ENGINE_CONFIG = { licenseKey: "gpl-v3", maxRows: 1048576, smartRounding: false } as const;
/** Excel's TRUE and FALSE literals: HyperFormula has only the functions TRUE() and FALSE(). */
const BOOLEAN_LITERALS = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

let registered = false;

/** Registers the plugin once, with its names in HyperFormula's default language (enGB). */
export function registerCscPlugin(): void {
  if (registered) return;
  const names = Object.fromEntries(CSC_FUNCTIONS.map((f) => [f.name, f.name]));
  HyperFormula.registerFunctionPlugin(CscPlugin, { enGB: names });
  registered = true;
}

/**
 * A HyperFormula engine with the CSC functions over one sheet of cell contents (rows up to
 * 1,048,576, as Excel), passing empty cells as `on` does (one platform at a time: the
 * last engine built sets it for all).
 */
export function buildEngine(sheet: (string | number | boolean | null)[][], on: Platform = "web"): HyperFormula {
  registerCscPlugin();
  platform = on;
  return HyperFormula.buildFromArray(sheet, ENGINE_CONFIG, BOOLEAN_LITERALS);
}

/** The same over named sheets (a whole workbook's contents). */
export function buildWorkbookEngine(sheets: Record<string, RawCellContent[][]>, on: Platform = "web"): HyperFormula {
  registerCscPlugin();
  platform = on;
  return HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG, BOOLEAN_LITERALS);
}
