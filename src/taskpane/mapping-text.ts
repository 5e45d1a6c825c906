/**
 * Words the "Use my own tables" section shows officers: what a dataset uses now, how a table's
 * headers line up, and the comment saved with the name. Plain sentences, no Excel error codes.
 */
import {
  type ChosenHeader,
  describeTarget,
  chosenFromComment,
  chooseLabel,
  type ColumnMatch,
  type HeaderMatch,
  datasetSpec,
  type DatasetId,
} from "../core/workbook";
import type { CurrentMapping } from "../excel/mapping";

/** The dataset's name as the officer knows it: its sheet in the template ("Child Protection"). */
export const datasetTitle = (id: DatasetId): string => datasetSpec(id).sheet;

/** What the dataset is read from now. */
export function currentText(id: DatasetId, m: CurrentMapping): string {
  const spec = datasetSpec(id);
  if (m.state === "none") return `The sheet “${spec.sheet}” as the template lays it out.`;
  if (m.state === "broken")
    return "Your own table, but it is no longer in the workbook. Pick it again or remove the link.";
  return m.target.kind === "table"
    ? `Your table ${describeTarget(m.target)}.`
    : `Your cells ${describeTarget(m.target)}.`;
}

/** What the dataset is read from now, in a few words for the list of all datasets. */
export function shortText(m: CurrentMapping): string {
  if (m.state === "none") return "its own sheet";
  if (m.state === "broken") return "your own table, no longer there";
  return `${m.target.kind === "table" ? "your table" : "your cells"} ${describeTarget(m.target)}`;
}

/** True when the column needs the officer: a guess to check, or a required column with nothing chosen. */
export function needsChoice(c: ColumnMatch): boolean {
  if (c.status === "unsure" && c.chosen && !c.byOfficer) return true;
  return c.column.required && c.status !== "matched" && c.status !== "periods" && !c.chosen;
}

/** How the table holds the figures. */
export function orientationText(match: HeaderMatch): string {
  return match.orientation === "rows"
    ? "Years or quarters run across the header row, so the measures are read down the first column."
    : "One column per measure, with the years or quarters down the rows.";
}

/**
 * One column's state, in words: found by name, chosen by the officer, a guess to check, cleared
 * because its label went to another column, or absent (a problem only for a required column).
 */
export function columnText(c: ColumnMatch): string {
  if (c.status === "periods") return "Read from the header row.";
  if (c.status === "matched") return `Found: “${c.chosen?.label ?? ""}”.`;
  if (c.chosen && c.byOfficer) return `Chosen: “${c.chosen.label}”.`;
  if (c.chosen) return `Probably “${c.chosen.label}”: please check.`;
  if (c.cleared) {
    const again = c.column.required ? " Choose where this one is." : "";
    return `Cleared: you chose “${c.cleared.label}” for “${c.cleared.by}”, and one column can stand for only one.${again}`;
  }
  if (c.byOfficer) return "Not in this table (your choice).";
  return c.column.required
    ? "Not found: choose where it is."
    : "Not in this table: it is optional, so nothing is needed.";
}

/**
 * The labels the officer chose where the match was not exact, for the name's comment; an
 * unsure column the officer said is not in the table is recorded with an empty label.
 */
export function chosenHeaders(match: HeaderMatch): ChosenHeader[] {
  return match.columns
    .filter((c) => c.status === "unsure" || (c.status === "missing" && c.chosen))
    .map((c) => ({ header: c.column.header, label: c.chosen?.label ?? "" }));
}

/** Applies the choices a saved name's comment records, where the labels are still there. */
export function withSavedChoices(match: HeaderMatch, comment: string): HeaderMatch {
  let m = match;
  for (const { header, label } of chosenFromComment(comment)) {
    const col = m.columns.find((c) => c.column.header === header);
    if (!col || col.status === "matched" || col.status === "periods") continue;
    const pick = col.candidates.find((x) => x.label === label);
    if (pick || label === "") m = chooseLabel(m, col.column.key, pick?.index);
  }
  return m;
}
