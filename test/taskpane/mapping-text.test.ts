import { matchHeaders, mappingComment } from "../../src/core/workbook";
import {
  chosenHeaders,
  columnText,
  currentText,
  orientationText,
  shortText,
  withSavedChoices,
} from "../../src/taskpane/mapping-text";

const edges = { headerRow: ["Quarter", "Looked after UASC", "Care leavers", "Notes"], firstColumn: [] };

describe("own-table wording", () => {
  it("says what a dataset is read from, in plain words", () => {
    expect(currentText("uasc", { state: "none" })).toBe("The sheet “UASC” as the template lays it out.");
    expect(currentText("uasc", { state: "broken", formula: "=#REF!" })).toContain("no longer in the workbook");
    expect(
      currentText("uasc", {
        state: "set",
        target: { kind: "range", sheet: "My Sheet", range: { top: 2, left: 1, bottom: 11, right: 7 } },
        comment: "",
        edges,
      }),
    ).toBe("Your cells My Sheet!B3:H12.");
    expect(shortText({ state: "none" })).toBe("its own sheet");
    expect(shortText({ state: "set", target: { kind: "table", table: "Mine" }, comment: "", edges })).toBe(
      "your table Mine",
    );
  });

  it("says how each column was found and how the table is laid out", () => {
    const m = matchHeaders("uasc", edges);
    expect(orientationText(m)).toContain("One column per measure");
    expect(m.columns.map(columnText)).toEqual([
      "Found: “Quarter”.",
      "Probably “Looked after UASC”: please check.",
      "Probably “Care leavers”: please check.",
    ]);
  });

  it("saves the officer's choices in the comment and applies them when the mapping is read back", () => {
    const m = matchHeaders("uasc", edges);
    // The officer says the looked-after figures are not in this table.
    const chosen = withSavedChoices(m, ""); // nothing saved yet: unchanged
    expect(chosen).toEqual(m);
    const edited = {
      ...m,
      columns: m.columns.map((c) =>
        c.column.key === "lookedAfter" ? { column: c.column, status: c.status, candidates: c.candidates } : c,
      ),
    };
    const headers = chosenHeaders(edited);
    expect(headers).toEqual([
      { header: "UASC looked after", label: "" },
      { header: "UASC care leavers", label: "Care leavers" },
    ]);
    const { comment } = mappingComment("UASC", headers);
    const back = withSavedChoices(matchHeaders("uasc", edges), comment);
    expect(back.columns.find((c) => c.column.key === "careLeavers")?.chosen?.label).toBe("Care leavers");
    expect(back.columns.find((c) => c.column.key === "lookedAfter")?.chosen).toBeUndefined();
  });
});
