/**
 * The Functions tab's words for what "Insert example" did: where the example went and what it
 * shows there, why nothing was written, and what Undo did. Pure: no Office or DOM.
 */
import type { PlaceResult } from "../excel";

/** A message under the button: how it reads and how serious it is. */
export interface ExampleMessage {
  readonly intent: "success" | "warning" | "info";
  readonly text: string;
}

/** The message for a placement that did not ask the officer anything. */
export function placedMessage(r: Exclude<PlaceResult, { kind: "occupied" }>): ExampleMessage {
  const at = r.target.address;
  if (r.kind === "in-table") {
    const where = r.header
      ? `${at} is a column heading of one of your data tables, and changing it would stop the workbook validating.`
      : `${at} is inside one of your data tables.`;
    return {
      intent: "warning",
      text: `Nothing was written: ${where} Select an empty cell outside your tables, then insert the example.`,
    };
  }
  if (r.calculating) {
    return {
      intent: "info",
      text: `Put the example in ${at}. Excel is still calculating the example; check the cell in a moment. Undo takes it out again.`,
    };
  }
  if (r.isError) {
    // A reference in the example (B2:B9) reads whatever is there, which may not be dates at all.
    const why = /[A-Z]+\d+/.test(r.formula.replace(/"[^"]*"/g, ""))
      ? "the cells it refers to do not hold what it needs"
      : "its arguments do not fit";
    return {
      intent: "warning",
      text: `Put the example in ${at}, but it shows ${r.shows} there: ${why}. Undo takes it out again.`,
    };
  }
  return { intent: "success", text: `Put the example in ${at}. It shows ${r.shows === "" ? "nothing yet" : r.shows}.` };
}

/** The message after the officer kept what a cell held. */
export function keptMessage(address: string, shows: string): ExampleMessage {
  return { intent: "info", text: `Nothing was written: ${address} still holds ${shows}.` };
}

/** The message after Undo. */
export function undoneMessage(address: string): ExampleMessage {
  return { intent: "info", text: `Undone: ${address} holds what it held before.` };
}
