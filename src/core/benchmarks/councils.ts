/**
 * Every council DfE publishes figures for, as a list the officer searches: by its name as DfE
 * writes it, by any other name DfE's files give it, by its LA number ("850") or its ONS code.
 * Built from the dataset (data/dfe, through dataset.generated.ts), never from a list of our own,
 * so a council DfE adds or renames is offered as DfE has it.
 */
import type { BenchmarkDataset } from "./dataset";
import { normaliseCouncilName } from "./match";

/** One council of the list. */
export interface CouncilOption {
  /** DfE's LA number ("850"). */
  readonly code: string;
  /** DfE's name ("Hampshire"). */
  readonly name: string;
  /** Other names DfE's files give it. */
  readonly otherNames: readonly string[];
  /** How the list shows it: "Hampshire (LA 850)", with any other name ("St. Helens (LA 342), also St Helens"). */
  readonly label: string;
  /** The ONS code (E10000014). */
  readonly ons: string;
}

/** Every council in the dataset, by name (then LA number, where two share a name: Dorset 835 and 838). */
export function councilOptions(data: BenchmarkDataset): CouncilOption[] {
  return data.areas
    .filter((a) => a.kind === "la")
    .map((a) => {
      const otherNames = a.otherNames ?? [];
      const also = otherNames.length > 0 ? `, also ${otherNames.join(", ")}` : "";
      return { code: a.code, name: a.name, otherNames, ons: a.ons, label: `${a.name} (LA ${a.code})${also}` };
    })
    .sort((x, y) => x.name.localeCompare(y.name) || x.code.localeCompare(y.code));
}

/**
 * The councils whose name, other name, LA number or ONS code holds what the officer typed,
 * compared as council names are ("Hampshire County Council" finds Hampshire; "bristol" finds
 * "Bristol, City of"). Blank text keeps them all.
 */
export function filterCouncils(options: readonly CouncilOption[], typed: string): CouncilOption[] {
  const text = typed.trim();
  if (text === "") return [...options];
  const key = normaliseCouncilName(text);
  const upper = text.toUpperCase();
  return options.filter(
    (o) =>
      o.code.startsWith(text) ||
      o.ons.toUpperCase().startsWith(upper) ||
      [o.name, ...o.otherNames].some((n) => {
        const name = normaliseCouncilName(n);
        return key !== "" && (name.includes(key) || key.includes(name));
      }),
  );
}
