/** The optional assessment log: cell rules, and its timeliness per financial year against the summary figure. */
import type { RawValue, RawWorkbook } from "../../../src/core/workbook/raw";
import { validateWorkbook } from "../../../src/core/workbook/validate";
import { serialFromYmd } from "../../../src/core/dates";
import { sampleRaw, setCell, where, withLog } from "./helpers";

const d = serialFromYmd;

// 2019-20: 2 of 3 completed within 45 working days (1 Apr 2020 -> 9 Jun 2020 is day 45).
const rows2019: RawValue[][] = [
  ["A1", d(2019, 5, 1), d(2019, 5, 10)],
  ["A2", d(2019, 6, 3), d(2019, 6, 28)],
  ["A3", d(2019, 6, 3), d(2019, 12, 2)],
  ["A4", d(2020, 3, 1), null], // open: not counted
];

type Case = [name: string, workbook: RawWorkbook, expected: string];
const cases: Case[] = [
  ["a blank child id", withLog([[null, d(2019, 5, 1), d(2019, 5, 2)]]), "blank@Assessment Log!A2"],
  ["a blank referral date", withLog([["A1", null, d(2019, 5, 2)]]), "blank@Assessment Log!B2"],
  ["an unreadable referral date", withLog([["A1", "31/02/2020", null]]), "date-unreadable@Assessment Log!B2"],
  ["an unreadable completion date", withLog([["A1", d(2019, 5, 1), "soon"]]), "date-unreadable@Assessment Log!C2"],
  [
    "completed before the referral",
    withLog([["A1", d(2019, 5, 1), d(2019, 4, 30)]]),
    "end-before-start@Assessment Log!C2",
  ],
  ["a log disagreeing with the summary's 92.61%", withLog(rows2019), "log-timeliness-mismatch@Assessments!D6"],
];

it.each(cases)("%s gives %s", (_name, workbook, expected) => {
  expect(validateWorkbook(workbook).issues.map(where)).toContain(expected);
});

it("accepts a log that agrees with the summary (2 of 3 = 66.67%), reading UK text dates", () => {
  const raw = setCell(sampleRaw(), "tblAssessments", 4, "Timeliness", 0.6667);
  const rows = rows2019.map((r, i) => (i === 0 ? ["A1", "01/05/2019", "2019-05-10"] : r));
  const result = validateWorkbook(withLog(rows, raw));
  expect(result.issues.filter((i) => i.sheet === "Assessment Log" || i.code === "log-timeliness-mismatch")).toEqual([]);
  expect(result.data?.assessmentLog).toHaveLength(4);
  expect(result.data?.assessmentLog?.[3]).toEqual({ childId: "A4", referral: d(2020, 3, 1) });
});

it("reads date-times as their day: text with a time, and a serial with a fraction", () => {
  const raw = setCell(sampleRaw(), "tblAssessments", 4, "Timeliness", 0.6667);
  // Referred 1 May 2019 17:00, completed 10 May 2019 08:00: the days, as DfE table C2 counts them.
  const rows = rows2019.map((r, i) => (i === 0 ? ["A1", "01/05/2019 17:00", d(2019, 5, 10) + 1 / 3] : r));
  const result = validateWorkbook(withLog(rows, raw));
  expect(result.issues.filter((i) => i.sheet === "Assessment Log" || i.code === "log-timeliness-mismatch")).toEqual([]);
  expect(result.data?.assessmentLog?.[0]).toEqual({
    childId: "A1",
    referral: d(2019, 5, 1),
    completed: d(2019, 5, 10),
  });
});

it("caps a long run of one problem and says how many more", () => {
  const rows: RawValue[][] = Array.from({ length: 500 }, (_, i) => [`C${i}`, "not a date", null]);
  const issues = validateWorkbook(withLog(rows)).issues.filter((i) => i.sheet === "Assessment Log");
  expect(issues.filter((i) => i.code === "date-unreadable")).toHaveLength(50);
  const more = issues.find((i) => i.code === "more-issues");
  expect(more).toMatchObject({ severity: "error", message: 'and 450 more "date-unreadable" issues in this column' });
});
