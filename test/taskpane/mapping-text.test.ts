import { chooseLabel, matchHeaders, mappingComment } from "../../src/core/workbook";
import {
  chosenHeaders,
  columnText,
  currentText,
  needsChoice,
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

  it("says Chosen after the officer chooses, and why a column lost its label to another", () => {
    // "UASC" resembles both UASC columns: the pane guesses it for one of them.
    const m = matchHeaders("uasc", { headerRow: ["Quarter", "UASC", "Notes"], firstColumn: [] });
    const uasc = m.columns.find((c) => c.chosen?.label === "UASC" && c.status === "unsure")!;
    expect(columnText(uasc)).toBe("Probably “UASC”: please check.");
    expect(needsChoice(uasc)).toBe(true);
    const chosen = chooseLabel(m, "lookedAfter", 1);
    const after = chosen.columns.find((c) => c.column.key === "lookedAfter")!;
    expect(columnText(after)).toBe("Chosen: “UASC”.");
    expect(needsChoice(after)).toBe(false);
    // The officer gives the same label to the care leavers: the looked-after column loses it, and says why.
    const moved = chooseLabel(chosen, "careLeavers", 1);
    expect(columnText(moved.columns.find((c) => c.column.key === "careLeavers")!)).toBe("Chosen: “UASC”.");
    const cleared = moved.columns.find((c) => c.column.key === "lookedAfter")!;
    expect(columnText(cleared)).toBe(
      "Cleared: you chose “UASC” for “UASC care leavers”, and one column can stand for only one.",
    );
    // The looked-after column is optional, so being empty needs nothing of the officer.
    expect(needsChoice(cleared)).toBe(false);
  });

  it("does not mark an absent optional column as missing", () => {
    const m = matchHeaders("contacts", { headerRow: ["Year", "Contacts", "Referrals"], firstColumn: [] });
    const re = m.columns.find((c) => c.column.key === "reReferrals")!;
    expect(re.chosen).toBeUndefined();
    expect(columnText(re)).toBe("Not in this table: it is optional, so nothing is needed.");
    expect(needsChoice(re)).toBe(false);
    const gone = matchHeaders("contacts", { headerRow: ["Year", "Contacts"], firstColumn: [] });
    const referrals = gone.columns.find((c) => c.column.key === "referrals")!;
    expect(columnText(referrals)).toBe("Not found: choose where it is.");
    expect(needsChoice(referrals)).toBe(true);
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
