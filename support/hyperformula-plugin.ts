/**
 * The CSC custom functions as a HyperFormula function plugin, so formulas such as
 * =CSC.TIMELINESS(A2:A9,B2:B9) can be evaluated by a real formula engine in tests and in
 * the benchmark. HyperFormula is GPL-3.0 (licenseKey "gpl-v3"): a devDependency only.
 *
 * Each function passes its arguments through unchanged except for HyperFormula's own
 * representations (ranges, empty cells, formatted numbers), which become what Excel hands
 * a custom function: 2-D arrays, plain numbers, and for an empty cell null as Excel on the
 * web passes it or 0 as Excel on Windows desktop does (office-js #4702, office-js #5262, office-js #1951), as
 * the engine's platform says. A thrown CustomFunctions.Error becomes a HyperFormula error
 * with the same type and the message the user would see (none but for #VALUE! and #N/A).
 * UASC_QUOTA is volatile, as its metadata says (@volatile), so HyperFormula recalculates
 * it at every change, as Excel does at every recalculation.
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
} from "hyperformula";
import * as csc from "../src/functions/functions";
import { blankCell, CustomFunctionError, type Platform } from "./custom-functions-runtime";

/** The call HyperFormula hands a plugin method (its ProcedureAst): the argument ASTs. */
type Ast = { readonly args: Parameters<FunctionPlugin["runFunction"]>[0] };
type State = Parameters<FunctionPlugin["runFunction"]>[1];
type Value = ReturnType<FunctionPlugin["runFunction"]>;

/** Excel name -> [export, required arguments, optional arguments]. */
const TABLE = {
  "CSC.WORKDAYS": ["workdays", 2, 1],
  "CSC.WORKDAY_DUE": ["workdayDue", 1, 2],
  "CSC.TIMELINESS": ["timeliness", 2, 2],
  "CSC.UASC_QUOTA": ["uascQuota", 1, 2],
  "CSC.PCT_CHANGE": ["pctChange", 2, 0],
  "CSC.RATE_PER_10K": ["ratePer10k", 2, 0],
  "CSC.FINANCIAL_YEAR": ["financialYear", 1, 0],
  "CSC.QUARTER": ["quarter", 1, 1],
  "CSC.RAG": ["rag", 3, 1],
} as const satisfies Record<string, readonly [keyof typeof csc, number, number]>;

export type CscName = keyof typeof TABLE;
export const CSC_NAMES = Object.keys(TABLE) as CscName[];

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
};

/** The functions marked @volatile in functions.ts. */
export const VOLATILE: ReadonlySet<CscName> = new Set<CscName>(["CSC.UASC_QUOTA"]);

/** How empty cells reach the functions: set by buildEngine for the engine being built or changed. */
let platform: Platform = "web";

/** A HyperFormula value as Excel would pass it to a custom function. */
function toExcel(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcel));
  if (value === EmptyValue) return blankCell(platform);
  if (typeof value === "object" && value !== null && "val" in value && typeof value.val === "number") return value.val; // RichNumber (dates etc.)
  return value;
}

function implemented(): ImplementedFunctions {
  const out: ImplementedFunctions = {};
  for (const name of CSC_NAMES) {
    const [method, required, optional] = TABLE[name];
    out[name] = {
      method,
      vectorizationForbidden: true,
      isVolatile: VOLATILE.has(name),
      parameters: [
        ...Array.from({ length: required }, () => ({ argumentType: FunctionArgumentType.ANY })),
        ...Array.from({ length: optional }, () => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      ],
    };
  }
  return out;
}

/** The plugin: one method per function, named as the export it calls. */
export class CscPlugin extends FunctionPlugin {
  static override implementedFunctions = implemented();

  private call(name: CscName, ast: Ast, state: State): Value {
    const fn = csc[TABLE[name][0]] as (...args: unknown[]) => number | string;
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      try {
        return fn(...args.map(toExcel));
      } catch (e) {
        if (e instanceof CustomFunctionError)
          return new HfCellError(ERROR_TYPES[e.code] ?? ErrorType.ERROR, e.message || undefined);
        throw e;
      }
    });
  }

  workdays(ast: Ast, state: State): Value {
    return this.call("CSC.WORKDAYS", ast, state);
  }
  workdayDue(ast: Ast, state: State): Value {
    return this.call("CSC.WORKDAY_DUE", ast, state);
  }
  timeliness(ast: Ast, state: State): Value {
    return this.call("CSC.TIMELINESS", ast, state);
  }
  uascQuota(ast: Ast, state: State): Value {
    return this.call("CSC.UASC_QUOTA", ast, state);
  }
  pctChange(ast: Ast, state: State): Value {
    return this.call("CSC.PCT_CHANGE", ast, state);
  }
  ratePer10k(ast: Ast, state: State): Value {
    return this.call("CSC.RATE_PER_10K", ast, state);
  }
  financialYear(ast: Ast, state: State): Value {
    return this.call("CSC.FINANCIAL_YEAR", ast, state);
  }
  quarter(ast: Ast, state: State): Value {
    return this.call("CSC.QUARTER", ast, state);
  }
  rag(ast: Ast, state: State): Value {
    return this.call("CSC.RAG", ast, state);
  }
}

let registered = false;

/** Registers the plugin once, with its names in HyperFormula's default language (enGB). */
export function registerCscPlugin(): void {
  if (registered) return;
  const names = Object.fromEntries(CSC_NAMES.map((n) => [n, n]));
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
  return HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", maxRows: 1048576 });
}
