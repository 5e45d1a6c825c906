/** The Functions tab's words for an example put in a cell: its value, an error, or still calculating. */
import type { PlaceResult } from "../../src/excel";
import { placedMessage } from "../../src/taskpane/example-messages";

const target = { sheet: "Settings", cell: "I31", address: "Settings!I31" };
const written = (shows: string, isError: boolean, calculating: boolean): PlaceResult => ({
  kind: "written",
  target,
  formula: "=CSC.TIMELINESS(B2:B9,C2:C9)",
  before: { formula: "", numberFormat: "General" },
  shows,
  isError,
  calculating,
});

it.each([
  ["a value", written("2019-20", false, false), "success", "Put the example in Settings!I31. It shows 2019-20."],
  [
    "an error from its references",
    written("#VALUE!", true, false),
    "warning",
    "Put the example in Settings!I31, but it shows #VALUE! there: the cells it refers to do not hold what it needs. Undo takes it out again.",
  ],
  [
    "a result still being calculated: not called wrong",
    written("#BUSY!", false, true),
    "info",
    "Put the example in Settings!I31. Excel is still calculating the example; check the cell in a moment. Undo takes it out again.",
  ],
])("%s", (_what, r, intent, text) => {
  if (r.kind === "occupied") throw new Error("not a placement");
  expect(placedMessage(r)).toEqual({ intent, text });
});
