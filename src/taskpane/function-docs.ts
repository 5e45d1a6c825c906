/**
 * The Functions panel's content: each CSC function's example (src/functions/examples.ts)
 * joined with its description and parameters from the built functions.json (the metadata
 * Excel itself reads), so the pane and Excel's formula help say the same thing. When
 * functions.json cannot be fetched, the examples' own text stands in.
 */
import { FUNCTION_EXAMPLES, type FunctionExample } from "../functions/examples";

/** One function as the panel lists it. */
export interface FunctionDoc extends FunctionExample {
  readonly description: string;
  /** "CSC.WORKDAYS(start, end, [holidays])", or just the name without metadata. */
  readonly signature: string;
  readonly parameters: readonly { readonly name: string; readonly description: string; readonly optional: boolean }[];
}

interface MetaParam {
  name: string;
  description: string;
  optional: boolean;
}
interface MetaFunction {
  name: string;
  description: string;
  parameters: MetaParam[];
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** Reads functions.json's shape defensively: unknown in, only well-formed entries out. */
export function parseFunctionsJson(json: unknown): MetaFunction[] {
  if (typeof json !== "object" || json === null) return [];
  const list = (json as { functions?: unknown }).functions;
  if (!Array.isArray(list)) return [];
  const out: MetaFunction[] = [];
  for (const f of list as unknown[]) {
    if (typeof f !== "object" || f === null) continue;
    const rec = f as Record<string, unknown>;
    const name = str(rec.name) || str(rec.id);
    if (!name) continue;
    const params = Array.isArray(rec.parameters) ? (rec.parameters as unknown[]) : [];
    out.push({
      name: name.toUpperCase(),
      description: str(rec.description),
      parameters: params.flatMap((p) => {
        if (typeof p !== "object" || p === null) return [];
        const pr = p as Record<string, unknown>;
        return str(pr.name)
          ? [{ name: str(pr.name), description: str(pr.description), optional: pr.optional === true }]
          : [];
      }),
    });
  }
  return out;
}

/** Joins the examples with the metadata (matched on the name after "CSC."). */
export function functionDocs(meta: readonly MetaFunction[]): FunctionDoc[] {
  return FUNCTION_EXAMPLES.map((ex) => {
    const short = ex.name.replace(/^CSC\./i, "").toUpperCase();
    const m = meta.find((f) => f.name === short);
    if (!m) return { ...ex, description: ex.explanation, signature: ex.name, parameters: [] };
    const args = m.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    return {
      ...ex,
      description: m.description || ex.explanation,
      signature: `${ex.name}(${args})`,
      parameters: m.parameters,
    };
  });
}

/** Fetches functions.json from the pane's own origin; falls back to the examples alone. */
export async function loadFunctionDocs(baseUri: string): Promise<FunctionDoc[]> {
  try {
    const res = await fetch(new URL("functions.json", baseUri).href, { credentials: "same-origin" });
    if (!res.ok) return functionDocs([]);
    return functionDocs(parseFunctionsJson((await res.json()) as unknown));
  } catch {
    // Offline or served without functions.json (unit tests): the examples' text is enough.
    return functionDocs([]);
  }
}
