import {
  additionsNeedConsent,
  chartsToDelete,
  describeAdditions,
  JOURNAL_FRESH_MS,
  recoveryAction,
  reportConflict,
  reportSheetOwnership,
  sheetAdditions,
} from "../../../src/core/report";

const objects = (o: Partial<Parameters<typeof sheetAdditions>[0]>) => ({
  charts: [],
  shapes: [],
  notes: [],
  comments: [],
  ...o,
});

describe("sheetAdditions", () => {
  it("takes a chart as the host's by its recorded name only, and every shape as the officer's", () => {
    const added = sheetAdditions(objects({ charts: ["CSC_chart_a", "Chart 3"], shapes: ["TextBox 1", "Chart 3"] }), [
      "CSC_chart_a",
      "CSC_chart_gone",
    ]);
    // A shape listed under a chart's name is that chart's frame, not a second object.
    expect(added).toMatchObject({ charts: ["Chart 3"], shapes: ["TextBox 1"], unread: [] });
  });

  it("lists what the host could not read, rather than guessing", () => {
    expect(sheetAdditions(objects({ notes: undefined, comments: undefined }), []).unread).toEqual([
      "notes",
      "comments",
    ]);
  });
});

describe("the ownership rule with what lies on the sheet", () => {
  const seen = (added: ReturnType<typeof sheetAdditions>) => ({
    present: true as const,
    name: "Safeguarding Report",
    mark: "abc",
    content: "abc",
    added,
  });

  it("a note or a comment makes the host's sheet edited; the officer's charts and shapes, which a refresh keeps, do not", () => {
    expect(reportSheetOwnership(seen(sheetAdditions(objects({ notes: ["B5"] }), [])))).toBe("edited");
    expect(reportSheetOwnership(seen(sheetAdditions(objects({ comments: ["C7"] }), [])))).toBe("edited");
    expect(reportSheetOwnership(seen(sheetAdditions(objects({ charts: ["Mine"], shapes: ["TextBox 1"] }), [])))).toBe(
      "ours",
    );
  });

  it("unread notes do not make the sheet edited, and a sheet without additions is judged by its values", () => {
    expect(reportSheetOwnership(seen(sheetAdditions(objects({ notes: undefined }), [])))).toBe("ours");
    expect(reportSheetOwnership({ ...seen(sheetAdditions(objects({}), [])), content: "xyz" })).toBe("edited");
  });

  it("the conflict carries the additions for the host to name them", () => {
    const added = sheetAdditions(objects({ notes: ["B5"], shapes: ["TextBox 1"] }), []);
    expect(reportConflict("edited", "Safeguarding Report", added)).toEqual({
      code: "report-sheet-edited",
      params: { sheet: "Safeguarding Report", added },
    });
    expect(additionsNeedConsent(added)).toBe(true);
    expect(describeAdditions(added)).toEqual({ removed: ["a note on B5"], kept: ["the shape “TextBox 1”"] });
  });
});

describe("chartsToDelete", () => {
  it("deletes only the recorded charts present, one per chart", () => {
    expect(
      chartsToDelete(["CSC_chart_a", "Mine", "CSC_chart_b", "CSC_chart_a"], ["CSC_chart_a", "CSC_chart_b"]),
    ).toEqual(["CSC_chart_a", "CSC_chart_b", "CSC_chart_a"]);
  });
});

describe("recoveryAction", () => {
  const me = { session: "me", now: Date.parse("2026-12-06T12:00:00Z") };
  const ago = (ms: number) => new Date(me.now - ms).toISOString();

  it("acts only on a journal: staging-named sheets without one are left alone", () => {
    expect(recoveryAction(undefined, true, me)).toEqual({ kind: "leave-reserved" });
    expect(recoveryAction(undefined, false, me)).toEqual({ kind: "nothing" });
  });

  it("recovers its own journal, an older add-in's, and another session's once stale", () => {
    expect(recoveryAction({ session: "me", at: ago(1000) }, true, me)).toEqual({ kind: "recover" });
    expect(recoveryAction({}, true, me)).toEqual({ kind: "recover" });
    expect(recoveryAction({ session: "other", at: ago(JOURNAL_FRESH_MS) }, true, me)).toEqual({ kind: "recover" });
    expect(recoveryAction({ session: "other", at: "not a time" }, true, me)).toEqual({ kind: "recover" });
  });

  it("leaves another session's recent journal to it, saying how long ago it began", () => {
    expect(recoveryAction({ session: "other", at: ago(3 * 60_000 + 5_000) }, true, me)).toEqual({
      kind: "other-session",
      minutesAgo: 3,
    });
    expect(recoveryAction({ session: "other", at: ago(JOURNAL_FRESH_MS - 1) }, false, me).kind).toBe("other-session");
  });
});
