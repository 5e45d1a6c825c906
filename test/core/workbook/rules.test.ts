/**
 * Each rule with a failing case (the expected code at the expected cell) and a passing
 * case, on copies of the sample workbook.
 */
import type { RawWorkbook } from "../../../src/core/workbook/raw";
import { validateWorkbook } from "../../../src/core/workbook/validate";
import { serialFromYmd } from "../../../src/core/dates/serial";
import { editTable, sampleRaw, setCell, where } from "./helpers";

const S = sampleRaw();

type Case = [name: string, workbook: RawWorkbook, expected: string, severity: "error" | "warning"];

const failing: Case[] = [
  ["blank care-leavers figure", setCell(S, "tblUASC", 12, "UASC care leavers", null), "blank@UASC!C14", "error"],
  [
    "number stored as text",
    setCell(S, "tblAssessments", 4, "Assessments completed", "19,712 "),
    "number-as-text@Assessments!B6",
    "error",
  ],
  ["other text in a count", setCell(S, "tblContacts", 1, "Contacts", "n/a"), "not-a-number@Contacts!B3", "error"],
  ["negative count", setCell(S, "tblContacts", 1, "Referrals", -40014), "negative@Contacts!C3", "error"],
  [
    "non-integer count",
    setCell(S, "tblChildProtection", 3, "Children on a plan at 31 March", 1097.5),
    "not-integer@Child Protection!B5",
    "error",
  ],
  [
    "share above 100%",
    setCell(S, "tblAssessments", 2, "Timeliness", 1.2),
    "share-out-of-range@Assessments!D4",
    "error",
  ],
  [
    "percentage text above 100%",
    setCell(S, "tblAssessments", 2, "Timeliness", "120%"),
    "share-out-of-range@Assessments!D4",
    "error",
  ],
  ["negative share", setCell(S, "tblAssessments", 2, "Timeliness", -0.1), "share-out-of-range@Assessments!D4", "error"],
  ["unreadable year", setCell(S, "tblAssessments", 4, "Year", "2019-21"), "period-unreadable@Assessments!A6", "error"],
  [
    "quarter in a year column",
    setCell(S, "tblContacts", 4, "Year", "Jun-2021"),
    "period-wrong-kind@Contacts!A6",
    "error",
  ],
  ["blank period with figures", setCell(S, "tblContacts", 4, "Year", null), "blank@Contacts!A6", "error"],
  ["duplicated quarter", setCell(S, "tblUASC", 13, "Quarter", "Jun-2020"), "period-duplicate@UASC!A15", "error"],
  ["missing quarter", editTable(S, "tblUASC", (t) => void t.rows.splice(9, 1)), "period-missing@UASC!A10", "error"],
  ["missing year", editTable(S, "tblContacts", (t) => void t.rows.splice(2, 1)), "period-missing@Contacts!A3", "error"],
  [
    "out of order",
    editTable(S, "tblContacts", (t) => t.rows.splice(1, 2, t.rows[2] ?? [], t.rows[1] ?? [])),
    "period-order@Contacts!A4",
    "error",
  ],
  [
    "looked-after quarter gap (known quarters only)",
    editTable(S, "tblLookedAfter", (t) => void t.rows.push(["Dec-2020", 1700])),
    "period-missing@Looked After!A9",
    "warning",
  ],
  [
    "within-limit above completed",
    setCell(S, "tblAssessments", 4, "Completed within limit", 20000),
    "part-above-whole@Assessments!C6",
    "error",
  ],
  [
    "within / completed disagrees with timeliness",
    setCell(S, "tblAssessments", 4, "Completed within limit", 15000),
    "timeliness-mismatch@Assessments!D6",
    "error",
  ],
  [
    "plans lasting 2+ years above plans ended",
    setCell(
      setCell(S, "tblChildProtection", 6, "Plans ended", 900),
      "tblChildProtection",
      6,
      "Ended plans lasting 2+ years",
      901,
    ),
    "part-above-whole@Child Protection!D8",
    "error",
  ],
  [
    "re-referrals above referrals",
    setCell(S, "tblContacts", 0, "Re-referrals", 40000),
    "part-above-whole@Contacts!D2",
    "error",
  ],
  [
    "tenfold jump 1602 -> 16020",
    setCell(S, "tblLookedAfter", 6, "Children looked after", 16020),
    "trend-jump@Looked After!B8",
    "warning",
  ],
  [
    "UASC looked after above the NTS quota (0.07% of 274,300 = 192)",
    setCell(S, "tblUASC", 13, "UASC looked after", 193),
    "uasc-above-quota@UASC!B15",
    "warning",
  ],
  [
    "report year without contacts",
    editTable(S, "tblContacts", (t) => void t.rows.pop()),
    "report-year-missing@Contacts!A5",
    "warning",
  ],
  [
    "report year without UASC quarters",
    editTable(S, "tblUASC", (t) => void t.rows.splice(16)),
    "report-year-missing@UASC!A17",
    "warning",
  ],
  ["blank required setting", setCell(S, "tblSettings", 2, "Value", null), "blank@Settings!B4", "error"],
  ["unreadable report year", setCell(S, "tblSettings", 1, "Value", "2021"), "period-unreadable@Settings!B3", "error"],
  ["threshold above 100%", setCell(S, "tblSettings", 5, "Value", 1.5), "share-out-of-range@Settings!B7", "error"],
  [
    "missing required setting",
    editTable(S, "tblSettings", (t) => void t.rows.splice(0, 1)),
    "setting-missing@Settings!A1",
    "error",
  ],
  [
    "missing limit setting falls back to 45",
    editTable(S, "tblSettings", (t) => void t.rows.splice(4, 1)),
    "setting-default@Settings!A1",
    "warning",
  ],
];

describe.each(failing)("%s", (_name, workbook, expected, severity) => {
  const result = validateWorkbook(workbook);
  const found = result.issues.find((i) => where(i) === expected);
  it(`gives ${expected} (${severity})`, () => {
    expect(result.issues.map(where)).toContain(expected);
    expect(found?.severity).toBe(severity);
    expect(found?.message).not.toBe("");
    expect(found?.hint).not.toBe("");
  });
  it(severity === "error" ? "withholds the data" : "still yields the data", () => {
    expect(result.data === undefined).toBe(severity === "error");
  });
});

const passing: [name: string, workbook: RawWorkbook, absent: string][] = [
  ["percentage typed as text", setCell(S, "tblAssessments", 4, "Timeliness", "92.61%"), "Assessments!D6"],
  [
    "within / completed rounding to the stated share",
    setCell(S, "tblAssessments", 4, "Completed within limit", 18255),
    "Assessments!D6",
  ],
  [
    "quarter typed as a date (Excel turns Jun-2017 into 1 June 2017)",
    setCell(S, "tblUASC", 0, "Quarter", serialFromYmd(2017, 6, 1)),
    "UASC!A",
  ],
  ["quarter written as a range", setCell(S, "tblUASC", 0, "Quarter", "Apr-Jun 2017"), "UASC!A"],
  ["year written with a slash", setCell(S, "tblContacts", 0, "Year", "2017/18"), "Contacts"],
  ["UASC at the quota exactly", setCell(S, "tblUASC", 13, "UASC looked after", 192), "uasc-above-quota"],
  ["a higher trend threshold", setCell(S, "tblSettings", 5, "Value", 0.5), "trend-jump@UASC"],
  ["a blank optional figure", setCell(S, "tblContacts", 2, "Re-referrals", null), "Contacts"],
  ["a trailing blank row", editTable(S, "tblContacts", (t) => void t.rows.push([null, null, null, null])), "Contacts"],
];

describe.each(passing)("%s", (_name, workbook, absent) => {
  it(`gives no ${absent} issue`, () => {
    const result = validateWorkbook(workbook);
    expect(result.issues.map(where).filter((w) => w.includes(absent))).toEqual([]);
  });
});

describe("wording", () => {
  it("says what is missing and what the rule is, at UASC!C14", () => {
    const issue = validateWorkbook(setCell(S, "tblUASC", 12, "UASC care leavers", null)).issues.find(
      (i) => i.code === "blank",
    );
    expect(issue).toMatchObject({
      sheet: "UASC",
      cell: "C14",
      message: "value missing for Jun-2020; every quarter from Jun-2017 needs a figure",
    });
  });

  it("names the missing period and where it goes", () => {
    const issue = validateWorkbook(editTable(S, "tblUASC", (t) => void t.rows.splice(9, 1))).issues.find(
      (i) => i.code === "period-missing",
    );
    expect(issue?.message).toBe("no row for Sep-2019 after Jun-2019");
  });

  it("says number stored as text", () => {
    const issue = validateWorkbook(setCell(S, "tblAssessments", 4, "Assessments completed", "19,712 ")).issues[0];
    expect(issue?.message).toContain("number stored as text");
    expect(issue?.hint).toContain("19,712");
  });

  it("quotes the tenfold jump", () => {
    const issue = validateWorkbook(setCell(S, "tblLookedAfter", 6, "Children looked after", 16020)).issues.find(
      (i) => i.sheet === "Looked After" && i.cell === "B8",
    );
    expect(issue?.message).toBe(
      "Children looked after changed by +862.74% from 2018-19 (1,664) to 2019-20 (16,020), more than the 25% threshold",
    );
  });
});
