/**
 * Each rule with a failing case (the expected code at the expected cell) and a passing
 * case, on copies of the sample workbook.
 */
import type { RawWorkbook } from "../../../src/core/workbook/raw";
import { validateWorkbook } from "../../../src/core/workbook/validate";
import { serialFromYmd } from "../../../src/core/dates";
import { addTable, editTable, sampleRaw, setCell, where, withFormat } from "./helpers";

const S = sampleRaw();
const MARCH_31_2020 = serialFromYmd(2020, 3, 31);
/** A second table of looked-after figures beside the first, as a copied block becomes. */
const SECOND_LOOKED_AFTER = {
  name: "Table1",
  sheet: "Looked After",
  top: 0,
  left: 4,
  headers: ["Period", "Children looked after"],
  rows: [["2020-21", 1700]],
};

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
    "a timeliness stated beside 0 assessments completed",
    setCell(
      setCell(S, "tblAssessments", 4, "Assessments completed", 0),
      "tblAssessments",
      4,
      "Completed within limit",
      0,
    ),
    "share-without-count@Assessments!D6",
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
    "share that drops from 90.90% to 0.93%",
    setCell(S, "tblAssessments", 4, "Timeliness", 0.0093),
    "trend-jump@Assessments!D6",
    "warning",
  ],
  [
    "31 March typed in a count",
    withFormat(
      setCell(S, "tblLookedAfter", 6, "Children looked after", MARCH_31_2020),
      "tblLookedAfter",
      6,
      "Children looked after",
      "dd/mm/yyyy",
    ),
    "date-in-count@Looked After!B8",
    "error",
  ],
  [
    "a count formatted as a date",
    withFormat(S, "tblContacts", 1, "Contacts", "[$-809]d mmmm yyyy"),
    "date-in-count@Contacts!B3",
    "error",
  ],
  [
    "the population formatted as a date",
    withFormat(S, "tblSettings", 2, "Value", "mm-dd-yy"),
    "date-in-count@Settings!B4",
    "error",
  ],
  [
    "a date for a year of flows",
    setCell(S, "tblContacts", 2, "Year", MARCH_31_2020),
    "period-unreadable@Contacts!A4",
    "error",
  ],
  [
    "a 30 June date for a Child Protection year",
    setCell(S, "tblChildProtection", 4, "Year", serialFromYmd(2020, 6, 30)),
    "period-unreadable@Child Protection!A6",
    "error",
  ],
  [
    "two tables of looked-after figures",
    addTable(S, "Looked After", SECOND_LOOKED_AFTER),
    "table-duplicate@Looked After!E1",
    "warning",
  ],
  [
    "a setting given twice with different values",
    editTable(S, "tblSettings", (t) => void t.rows.push(["Report year", "2020-21"])),
    "setting-duplicate@Settings!A9",
    "error",
  ],
  [
    "a setting given twice with the same value",
    editTable(S, "tblSettings", (t) => void t.rows.push(["report year", " 2021-22"])),
    "setting-duplicate@Settings!A9",
    "warning",
  ],
  ["a timeliness limit of 0", setCell(S, "tblSettings", 4, "Value", 0), "setting-zero@Settings!B6", "error"],
  ["an under-18 population of 0", setCell(S, "tblSettings", 2, "Value", 0), "setting-zero@Settings!B4", "error"],
  [
    "a population estimate 3 years before the report year",
    setCell(S, "tblSettings", 3, "Value", "mid-2018"),
    "population-old@Settings!B5",
    "warning",
  ],
  [
    "a population estimate year typed as a date",
    setCell(S, "tblSettings", 3, "Value", serialFromYmd(2017, 6, 30)),
    "population-old@Settings!B5",
    "warning",
  ],
  [
    "an under-18 population typed in thousands (274.3 for 274,300)",
    setCell(S, "tblSettings", 2, "Value", 274),
    "population-implausible@Settings!B4",
    "warning",
  ],
  [
    "an under-18 population with a digit too many",
    setCell(S, "tblSettings", 2, "Value", 2743000),
    "population-implausible@Settings!B4",
    "warning",
  ],
  [
    "an NTS rate of 0.1 (10%, meant 0.1%)",
    setCell(S, "tblSettings", 6, "Value", 0.1),
    "nts-rate-high@Settings!B8",
    "error",
  ],
  ["an NTS rate of 0", setCell(S, "tblSettings", 6, "Value", 0), "setting-zero@Settings!B8", "error"],
  [
    "a council name of 101 characters (a paragraph pasted into the cell)",
    setCell(S, "tblSettings", 0, "Value", "Brighton & Hove City Council ".repeat(4).slice(0, 101)),
    "setting-too-long@Settings!B2",
    "error",
  ],
  [
    "UASC above the NTS rate the workbook sets (0.05% of 274,300 = 137)",
    setCell(setCell(S, "tblSettings", 6, "Value", 0.0005), "tblUASC", 13, "UASC looked after", 138),
    "uasc-above-quota@UASC!B15",
    "warning",
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
    // Worded in full: no parameter left empty ('sheet "" (table )'), none undefined.
    for (const text of [found?.message, found?.hint]) {
      expect(text).toMatch(/\w/);
      expect(text).not.toMatch(/""|\(\s*\)|\(\s|\s\)|\s{2}|\s[,.:;]|undefined|NaN/);
    }
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
  [
    "a council name of 100 characters, emoji counted as one",
    setCell(S, "tblSettings", 0, "Value", `${"Brighton & Hove ".repeat(7).slice(0, 98)}\u{1F3F3}\u{1F308}`),
    "setting-too-long",
  ],
  ["a blank optional figure", setCell(S, "tblContacts", 2, "Re-referrals", null), "Contacts"],
  ["a trailing blank row", editTable(S, "tblContacts", (t) => void t.rows.push([null, null, null, null])), "Contacts"],
  [
    "a share moving 10 percentage points",
    setCell(S, "tblAssessments", 4, "Timeliness", 0.809),
    "trend-jump@Assessments!D6",
  ],
  ["a count in a number format", withFormat(S, "tblContacts", 1, "Contacts", "#,##0"), "date-in-count"],
  ["a share in a percent format", withFormat(S, "tblAssessments", 4, "Timeliness", "0.00%"), "Assessments!D"],
  ["en dash in a year", setCell(S, "tblContacts", 1, "Year", "2018\u201319"), "Contacts"],
  ["en dash in a quarter range", setCell(S, "tblUASC", 0, "Quarter", "Apr\u2013Jun 2017"), "UASC!A"],
  [
    "31 March typed for the Child Protection year",
    setCell(S, "tblChildProtection", 4, "Year", MARCH_31_2020),
    "Child Protection",
  ],
  [
    "a table elsewhere with other headers",
    addTable(S, "Looked After", { ...SECOND_LOOKED_AFTER, headers: ["Period", "Notes"] }),
    "table-duplicate",
  ],
  [
    "a note row repeated in Settings",
    editTable(S, "tblSettings", (t) => void t.rows.push(["Note", "x"], ["Note", "y"])),
    "Settings",
  ],
  ["a population of 1", setCell(S, "tblSettings", 2, "Value", 1), "setting-zero"],
  ["an NTS rate of 0.1%", setCell(S, "tblSettings", 6, "Value", 0.001), "Settings"],
  ["an NTS rate of 1%", setCell(S, "tblSettings", 6, "Value", "1%"), "Settings"],
  ["the NTS rate row left out", editTable(S, "tblSettings", (t) => void t.rows.splice(6, 1)), "Settings"],
  [
    "UASC under the NTS rate the workbook sets (0.1% of 274,300 = 274)",
    setCell(setCell(S, "tblSettings", 6, "Value", 0.001), "tblUASC", 13, "UASC looked after", 193),
    "uasc-above-quota",
  ],
  ["a population estimate 2 years before the report year", setCell(S, "tblSettings", 3, "Value", "2019"), "Settings"],
  ["a timeliness limit of 1", setCell(S, "tblSettings", 4, "Value", 1), "setting-zero"],
  ["an unreadable year where a year is missing", setCell(S, "tblContacts", 1, "Year", "2018-9"), "period-missing"],
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
      "Children looked after rose by 862.7% from 2018-19 (1,664) to 2019-20 (16,020), more than the 25% threshold",
    );
  });

  it("gives a share's jump in percentage points", () => {
    const issue = validateWorkbook(setCell(S, "tblAssessments", 4, "Timeliness", 0.0093)).issues.find(
      (i) => i.sheet === "Assessments" && i.cell === "D6",
    );
    expect(issue?.message).toBe(
      "Timeliness fell by 90 percentage points from 2018-19 (90.9%) to 2019-20 (0.93%), more than the 10 percentage point threshold",
    );
  });

  it("shows a date in a count as a date, and the count it would be", () => {
    const raw = withFormat(
      setCell(S, "tblLookedAfter", 6, "Children looked after", MARCH_31_2020),
      "tblLookedAfter",
      6,
      "Children looked after",
      "dd/mm/yyyy",
    );
    const issue = validateWorkbook(raw).issues.find((i) => i.code === "date-in-count");
    expect(issue?.message).toBe(
      "Children looked after for 2019-20 is formatted as a date (31/03/2020), so the count would be read as 43,921",
    );
    expect(issue?.hint).toContain("Number Format");
  });

  it("shows a date in a period column as a date, not its serial", () => {
    const issue = validateWorkbook(setCell(S, "tblContacts", 2, "Year", MARCH_31_2020)).issues.find(
      (i) => i.code === "period-unreadable",
    );
    expect(issue?.message).toBe("the date 31/03/2020 is not a financial year");
    expect(issue?.hint).toContain("format it as Text");
  });

  it("shows a report year typed as a date as a date", () => {
    const issue = validateWorkbook(setCell(S, "tblSettings", 1, "Value", serialFromYmd(2022, 3, 31))).issues.find(
      (i) => i.cell === "B3",
    );
    expect(issue?.message).toBe("the date 31/03/2022 is not a financial year");
  });

  it.each([
    [
      "a year typed as the number 2021",
      setCell(S, "tblSettings", 1, "Value", 2021),
      "B3",
      '"2021" is not a financial year',
    ],
    ["a quarter typed as the number 2017", setCell(S, "tblUASC", 0, "Quarter", 2017), "A2", '"2017" is not a quarter'],
  ])("shows %s as typed, not as a date", (_what, raw, cell, message) => {
    expect(validateWorkbook(raw).issues.find((i) => i.cell === cell && i.code === "period-unreadable")?.message).toBe(
      message,
    );
  });

  it("names the value read when a setting is given twice", () => {
    const raw = editTable(S, "tblSettings", (t) => void t.rows.push(["Report year", "2020-21"]));
    const issue = validateWorkbook(raw).issues.find((i) => i.code === "setting-duplicate");
    expect(issue?.message).toBe(
      'setting "Report year" is given twice with different values: 2020-21 here, 2021-22 at B3, which is the one read',
    );
  });

  it("says which table is read when there are two", () => {
    const issue = validateWorkbook(addTable(S, "Looked After", SECOND_LOOKED_AFTER)).issues.find(
      (i) => i.code === "table-duplicate",
    );
    expect(issue?.message).toBe(
      "a second table of Looked After figures: \"Table1\" has the same headers, but only the Looked After table ('Looked After'!A1) is read",
    );
  });

  it("says which of two tables with one name the report reads", () => {
    const twin = { ...SECOND_LOOKED_AFTER, name: "TBLLOOKEDAFTER", headers: ["Notes", "Owner"], rows: [["x", "y"]] };
    const issue = validateWorkbook(addTable(S, "Looked After", twin)).issues.find(
      (i) => i.code === "table-name-duplicate",
    );
    expect(issue && `${issue.sheet}!${issue.cell} ${issue.severity}`).toBe("Looked After!E1 warning");
    expect(issue?.message).toBe(
      "this table has the same name as the one the Looked After figures are read from (at 'Looked After'!A1), so it is not read",
    );
  });

  it("says how old the population estimate is", () => {
    const issue = validateWorkbook(setCell(S, "tblSettings", 3, "Value", "2017")).issues.find(
      (i) => i.code === "population-old",
    );
    expect(issue?.message).toBe(
      "the under-18 population is the mid-2017 estimate, 4 years before the 2021-22 report year (more than 2)",
    );
  });

  it("says an NTS rate above 1% is probably a percentage typed as a number", () => {
    const issue = validateWorkbook(setCell(S, "tblSettings", 6, "Value", 0.1)).issues.find(
      (i) => i.code === "nts-rate-high",
    );
    expect(issue?.message).toBe(
      'setting "NTS threshold rate (optional)" is 10%, above 1%: the NTS protocol\'s rates are 0.07% (from 1 July 2016) and 0.1% (from 24 August 2022)',
    );
    expect(issue?.hint).toContain("if you meant 0.1%, type it with the % sign");
  });

  it("says what a limit of 0 does", () => {
    const issue = validateWorkbook(setCell(S, "tblSettings", 4, "Value", 0)).issues.find(
      (i) => i.code === "setting-zero",
    );
    expect(issue?.message).toContain("every one would count as late");
    expect(issue?.hint).toContain("45");
  });
});

describe("periods read from dates", () => {
  it("reads 31 March typed in the Looked After period column as that year, with its figure", () => {
    const result = validateWorkbook(setCell(S, "tblLookedAfter", 6, "Period", MARCH_31_2020));
    // The sample's Looked After has no 2021-22 row (a warning at A9 before and after); A8 is clean.
    expect(result.issues.filter((i) => i.sheet === "Looked After").map(where)).toEqual([
      "report-year-missing@Looked After!A9",
    ]);
    expect(result.data?.lookedAfter).toContainEqual({ period: { kind: "year", startYear: 2019 }, lookedAfter: 1602 });
  });

  it("reads 1 March (Excel's reading of Mar-2020) in the Looked After column as the quarter", () => {
    const result = validateWorkbook(setCell(S, "tblLookedAfter", 6, "Period", serialFromYmd(2020, 3, 1)));
    expect(result.data?.lookedAfter).toContainEqual({
      period: { kind: "quarter", endYear: 2020, endMonth: 3 },
      lookedAfter: 1602,
    });
  });

  it("reads 31 March typed in the Child Protection year column as that year", () => {
    const result = validateWorkbook(setCell(S, "tblChildProtection", 4, "Year", MARCH_31_2020));
    expect(result.data?.childProtection).toContainEqual({ year: { kind: "year", startYear: 2019 }, onPlan: 938 });
  });
});

describe("an unreadable period beside a gap", () => {
  it("is reported once, without a missing-period error beside it", () => {
    const codes = validateWorkbook(setCell(S, "tblContacts", 1, "Year", "2018-9"))
      .issues.filter((i) => i.sheet === "Contacts")
      .map(where);
    expect(codes).toEqual(["period-unreadable@Contacts!A3"]);
  });

  it("still reports a gap one unreadable row cannot fill", () => {
    const raw = editTable(S, "tblContacts", (t) => {
      t.rows.splice(1, 2, ["2018-9", 117188, 40014, null]); // 2018-19 unreadable, 2019-20 gone
    });
    expect(validateWorkbook(raw).issues.map(where)).toEqual(
      expect.arrayContaining(["period-unreadable@Contacts!A3", "period-missing@Contacts!A2"]),
    );
  });
});
