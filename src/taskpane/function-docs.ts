/**
 * The Functions tab's content: each CSC function from the one list (src/functions/catalogue.ts)
 * with its signature as Excel's formula help writes it. The list's descriptions are those of
 * functions.json (a test holds them equal), so the pane and Excel's formula help say the same
 * thing, with no request to make.
 */
import { CSC_FUNCTIONS, type CscFunction } from "../functions/catalogue";

/** One function as the panel lists it. */
export interface FunctionDoc extends CscFunction {
  /** "CSC.WORKDAYS(start, end, [holidays])". */
  readonly signature: string;
}

/** Excel's way of writing a function's arguments: optional ones in brackets. */
function signature(f: CscFunction): string {
  return `${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

/** The functions, in the list's order. */
export const FUNCTION_DOCS: readonly FunctionDoc[] = CSC_FUNCTIONS.map((f) => ({ ...f, signature: signature(f) }));
