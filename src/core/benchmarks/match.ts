/**
 * Which council of DfE's list the Settings' local authority is. Councils write their name many
 * ways ("Hampshire County Council", "Bristol City Council", "Royal Borough of Windsor &
 * Maidenhead") and DfE writes it one way ("Hampshire", "Bristol, City of", "Windsor and
 * Maidenhead"), so names are compared after dropping case, punctuation, "&" for "and" and the
 * words that say what kind of council it is. A DfE LA number ("850") or an ONS code
 * ("E10000014") matches directly. Not found, the closest names are offered.
 */
import type { Area, BenchmarkDataset } from "./dataset";
import { areaByCode } from "./dataset";

/** Words that name the kind of council, not which one ("County Council", "City of", "London Borough of"). */
const KIND_WORDS = new Set([
  "council",
  "county",
  "city",
  "of",
  "the",
  "borough",
  "metropolitan",
  "royal",
  "district",
  "unitary",
  "authority",
  "mbc",
  "cc",
]);

/** A name reduced to the words that say which council it is: "Bristol, City of" -> "bristol". */
export function normaliseCouncilName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\bst\b\.?/g, "saint")
    .replace(/london borough of/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w !== "" && !KIND_WORDS.has(w));
  return words.join(" ");
}

/** The council, its region and its statistical neighbours. */
export interface CouncilMatch {
  readonly council: Area;
  readonly region?: Area;
  /** The ten neighbours of DfE's model, closest first; empty when the model has none for the council. */
  readonly neighbours: readonly Area[];
}

/** A name not found, with a message and the closest names to choose from. */
export interface CouncilNotFound {
  readonly message: string;
  readonly suggestions: readonly Area[];
}

/** Edit distance between two strings (Levenshtein), for the suggestions. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The council's region and neighbours from the dataset. */
export function councilMatch(data: BenchmarkDataset, council: Area): CouncilMatch {
  const region = council.region ? areaByCode(data, council.region) : undefined;
  const neighbours = (council.neighbours ?? []).flatMap((c) => areaByCode(data, c) ?? []);
  return { council, ...(region ? { region } : {}), neighbours };
}

/**
 * Finds the Settings' local authority in DfE's list, by name or by code.
 * @param from where the name came from, as the message says it: "in the Settings table"
 *   (the default), "given by --la".
 * @returns the match, or a message naming what was looked for, where it came from, with up
 *   to three suggestions.
 */
export function matchCouncil(
  data: BenchmarkDataset,
  name: string,
  from = "in the Settings table",
): CouncilMatch | CouncilNotFound {
  const all = data.areas.filter((a) => a.kind === "la");
  const given = name.trim();
  const byCode = all.find((a) => a.code === given || a.ons.toUpperCase() === given.toUpperCase());
  if (byCode) return councilMatch(data, byCode);
  const key = normaliseCouncilName(given);
  // A council that DfE's model still covers wins over an older one of the same name (Dorset 838 over 835).
  const found = all.filter((a) => normaliseCouncilName(a.name) === key);
  const best = found.find((a) => (a.neighbours ?? []).length > 0) ?? found[0];
  if (key !== "" && best) return councilMatch(data, best);
  const ranked = all
    .map((a) => {
      const n = normaliseCouncilName(a.name);
      const contains = key !== "" && (n.includes(key) || key.includes(n));
      return { a, score: contains ? 0 : distance(key, n) / Math.max(key.length, n.length, 1) };
    })
    .filter((x) => x.score <= 0.5)
    .sort((x, y) => x.score - y.score || x.a.name.localeCompare(y.a.name))
    .slice(0, 3)
    .map((x) => x.a);
  const hint =
    ranked.length > 0
      ? ` Did you mean ${ranked.map((a) => `"${a.name}" (${a.code})`).join(", ")}?`
      : ' Write the council\'s name as DfE does (e.g. "Hampshire") or its DfE number (e.g. 850).';
  return {
    message: `The local authority "${given}"${from ? ` ${from}` : ""} is not one of DfE's councils, so it cannot be compared.${hint}`,
    suggestions: ranked,
  };
}

/** A council chosen (by its DfE number) to compare as, for a Settings name (`given`) DfE does not have. */
export interface CompareAs {
  readonly given: string;
  readonly code: string;
}

/** True when the match found a council. */
export function isMatch(m: CouncilMatch | CouncilNotFound): m is CouncilMatch {
  return "council" in m;
}

/**
 * The line that tells the officer which council, region and neighbour model a comparison uses,
 * so a wrong match is seen before the report goes out: "Compared as Hampshire (LA 850), South
 * East; neighbours from DfE children's services statistical neighbour model, 2025." The council
 * is named with its LA number, as DfE's tables list it; the model without the file it came in.
 */
export function comparedAsText(data: BenchmarkDataset, m: CouncilMatch): string {
  const region = m.region ? `, ${m.region.name}` : "";
  const model = data.neighbourModel.replace(/\s*\([^)]*\.\w+\)\s*$/, "");
  const neighbours = m.neighbours.length > 0 ? `neighbours from ${model}` : `no statistical neighbours in ${model}`;
  return `Compared as ${m.council.name} (LA ${m.council.code})${region}; ${neighbours}.`;
}
