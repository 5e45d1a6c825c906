import {
  chooseLabel,
  matchHeaders,
  missingRequired,
  orientationOf,
  resemblance,
} from "../../../src/core/workbook/header-match";
import { headerKey } from "../../../src/core/workbook/header-key";
import { LAYOUT } from "../../../src/core/workbook/layout";
import {
  chosenFromComment,
  describeTarget,
  mappingComment,
  mappingFormula,
  mappingNameFor,
  MAX_NAME_COMMENT,
  parseMappingFormula,
} from "../../../src/core/workbook/mapping";

describe("mapping names", () => {
  it.each([
    ["settings", "CSC_Settings"],
    ["assessments", "CSC_Assessments"],
    ["childProtection", "CSC_ChildProtection"],
    ["lookedAfter", "CSC_LookedAfter"],
    ["contacts", "CSC_Contacts"],
    ["uasc", "CSC_UASC"],
    ["assessmentLog", "CSC_AssessmentLog"],
  ] as const)("%s is named %s", (id, name) => {
    expect(mappingNameFor(id)).toBe(name);
  });

  it("gives every dataset a distinct name", () => {
    expect(new Set(LAYOUT.map((d) => mappingNameFor(d.id))).size).toBe(LAYOUT.length);
  });

  it.each([
    [{ kind: "table", table: "tblMine" } as const, "=tblMine[#All]"],
    [
      { kind: "range", sheet: "My Sheet", range: { top: 2, left: 1, bottom: 11, right: 7 } } as const,
      "='My Sheet'!$B$3:$H$12",
    ],
    [{ kind: "range", sheet: "Data", range: { top: 0, left: 26, bottom: 4, right: 27 } } as const, "=Data!$AA$1:$AB$5"],
    [
      { kind: "range", sheet: "O'Neil", range: { top: 0, left: 0, bottom: 1, right: 1 } } as const,
      "='O''Neil'!$A$1:$B$2",
    ],
  ])("writes %j as %s and reads it back", (target, formula) => {
    expect(mappingFormula(target)).toBe(formula);
    expect(parseMappingFormula(formula)).toEqual(target);
  });

  it.each([
    ["=tblMine", { kind: "table", table: "tblMine" }],
    ["=tblMine[]", { kind: "table", table: "tblMine" }],
    ["=Sheet1!B3:C4", { kind: "range", sheet: "Sheet1", range: { top: 2, left: 1, bottom: 3, right: 2 } }],
    ["=#REF!", undefined],
    ["='Gone'!#REF!", undefined],
    ["=0.07", undefined],
    ['="text"', undefined],
    ["=A1:B2", undefined],
    ["=Sheet1!$A$1:$B$2,Sheet1!$D$1", undefined],
    ["=tblMine[Year]", undefined],
  ])("reads %s as %j", (formula, target) => {
    expect(parseMappingFormula(formula)).toEqual(target);
  });

  it("describes a target in the officer's terms", () => {
    expect(describeTarget({ kind: "table", table: "Mine" })).toBe("Mine");
    expect(describeTarget({ kind: "range", sheet: "My Sheet", range: { top: 2, left: 1, bottom: 11, right: 7 } })).toBe(
      "My Sheet!B3:H12",
    );
  });

  it("records chosen headers in the comment and reads them back, within Excel's 255 characters", () => {
    const chosen = [{ header: "Assessments completed", label: "No. done" }];
    const { comment, complete } = mappingComment("Assessments", chosen);
    expect(complete).toBe(true);
    expect(chosenFromComment(comment)).toEqual(chosen);
    const many = Array.from({ length: 20 }, (_, i) => ({ header: `Column header ${i}`, label: `My label ${i}` }));
    const long = mappingComment("Assessments", many);
    expect(long.complete).toBe(false);
    expect(long.comment.length).toBeLessThanOrEqual(MAX_NAME_COMMENT);
    expect(chosenFromComment(long.comment)).toEqual([]);
    expect(chosenFromComment("someone else's comment")).toEqual([]);
  });
});

describe("header matching", () => {
  it.each([
    ["Re-referrals", "re referrals"],
    ["  TIMELINESS % ", "Timeliness"],
    ["Number of contacts", "Contacts"],
    ["No. of referrals", "Referrals"],
    ["Children on a plan at 31 March", "children_on_a_plan_at_31_march"],
    ["Child ID", "ChildID"],
  ])("%j and %j are the same header", (a, b) => {
    expect(headerKey(a)).toBe(headerKey(b));
    expect(resemblance(a, b)).toBe(1);
  });

  it.each([
    ["Children on a plan at 31 March", "Children on a plan", true],
    ["Assessments completed", "Assesments completed", true],
    ["UASC care leavers", "Care leavers (UASC)", true],
    ["Referrals", "Re-referrals", true],
    ["Contacts", "Year", false],
    ["Timeliness", "Plans ended", false],
  ])("%j resembles %j: %s", (a, b, close) => {
    const r = resemblance(a, b);
    expect(r < 1).toBe(true);
    expect(r > 0).toBe(close);
  });

  it("matches exact headers in any order, case and spacing, and lists the rest", () => {
    const m = matchHeaders("contacts", {
      headerRow: ["REFERRALS", "year", "Number of contacts", "Notes"],
      firstColumn: ["REFERRALS"],
    });
    expect(m.orientation).toBe("columns");
    expect(m.columns.map((c) => [c.column.key, c.status, c.chosen?.index])).toEqual([
      ["year", "matched", 1],
      ["contacts", "matched", 2],
      ["referrals", "matched", 0],
      ["reReferrals", "missing", undefined],
    ]);
    expect(m.unused.map((u) => u.label)).toEqual(["Notes"]);
    expect(missingRequired(m)).toEqual([]);
  });

  it("offers resembling headers as a choice, best first, and never one an exact match took", () => {
    const m = matchHeaders("childProtection", {
      headerRow: ["Year", "Children on a plan", "Plans ended", "Plans ended lasting 2+ years", "Repeat"],
      firstColumn: [],
    });
    const onPlan = m.columns.find((c) => c.column.key === "onPlan")!;
    expect(onPlan.status).toBe("unsure");
    expect(onPlan.chosen?.label).toBe("Children on a plan");
    const lasting = m.columns.find((c) => c.column.key === "lasting2Plus")!;
    expect(lasting.status).toBe("unsure");
    expect(lasting.candidates.map((c) => c.label)).not.toContain("Plans ended");
    expect(m.columns.find((c) => c.column.key === "plansEnded")?.status).toBe("matched");
  });

  it("reports a required column nothing resembles as missing", () => {
    const m = matchHeaders("assessments", { headerRow: ["Year", "Assessments completed"], firstColumn: [] });
    expect(m.columns.find((c) => c.column.key === "timeliness")?.status).toBe("missing");
    expect(missingRequired(m).map((c) => c.key)).toEqual(["timeliness"]);
  });

  it("lets the officer choose another label or none; a label goes to one column only", () => {
    const m = matchHeaders("uasc", {
      headerRow: ["Quarter", "UASC looked after (under 18)", "UASC care leavers aged 18+"],
      firstColumn: [],
    });
    const la = m.columns.find((c) => c.column.key === "lookedAfter")!;
    expect(la.status).toBe("unsure");
    const none = chooseLabel(m, "careLeavers", undefined);
    expect(none.columns.find((c) => c.column.key === "careLeavers")?.chosen).toBeUndefined();
    expect(missingRequired(none).map((c) => c.key)).toEqual(["careLeavers"]);
    expect(none.unused.map((u) => u.label)).toEqual(["UASC care leavers aged 18+"]);
    const back = chooseLabel(none, "careLeavers", 2);
    expect(back.columns.find((c) => c.column.key === "careLeavers")?.chosen?.index).toBe(2);
    expect(back.unused).toEqual([]);
    // Choosing the looked-after label for care leavers takes it from looked after.
    const steal = la.candidates.some((c) => c.index === 2) ? chooseLabel(m, "lookedAfter", 2) : m;
    const takers = steal.columns.filter((c) => c.chosen?.index === 2);
    expect(takers.length).toBeLessThanOrEqual(1);
  });

  it.each([
    [["Measure", "2019-20", "2020-21", "2021-22"], "rows"],
    [["", "Jun-2017", "Sep-2017"], "rows"],
    [["Measure", "Apr-Jun 2019", "Jul-Sep 2019", ""], "rows"],
    [["Year", "Contacts", "Referrals"], "columns"],
    [["Measure", "2019-20"], "columns"],
    [["Measure", "2019-20", "Total"], "columns"],
  ])("a header row %j is read as %s", (row, orientation) => {
    expect(orientationOf(row)).toBe(orientation);
  });

  it("matches the first column's labels when periods run across the header row", () => {
    const m = matchHeaders("contacts", {
      headerRow: ["Measure", "2019-20", "2020-21"],
      firstColumn: ["Measure", "Number of contacts", "Referals", "Something else"],
    });
    expect(m.orientation).toBe("rows");
    expect(m.columns.map((c) => [c.column.key, c.status, c.chosen?.index])).toEqual([
      ["year", "periods", undefined],
      ["contacts", "matched", 1],
      ["referrals", "unsure", 2],
      ["reReferrals", "missing", undefined],
    ]);
    expect(missingRequired(m)).toEqual([]);
  });

  it("never makes one label the default for two unsure columns", () => {
    const m = matchHeaders("contacts", { headerRow: ["Year", "Contacts", "Referral"], firstColumn: [] });
    const ref = m.columns.find((c) => c.column.key === "referrals")!;
    const re = m.columns.find((c) => c.column.key === "reReferrals")!;
    expect(ref.chosen?.label).toBe("Referral");
    expect(re.status).toBe("unsure");
    expect(re.chosen).toBeUndefined();
  });
});
