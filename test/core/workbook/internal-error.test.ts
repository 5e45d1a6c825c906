/**
 * A rule that throws is a bug in the add-in: validation reports it as an internal-error issue
 * (an error, so no data and no report) at the sheet it was checking, with none of the
 * exception's text (it may quote a child's record), and the other rules still run.
 */
import * as rows from "../../../src/core/workbook/rules/rows";
import * as trends from "../../../src/core/workbook/rules/trends";
import * as build from "../../../src/core/workbook/build";
import { validateWorkbook } from "../../../src/core/workbook/validate";
import { sampleRaw, setCell } from "./helpers";

const BUG = "bug at child C1234 (referral 01/02/2020)";
const throwing = () => {
  throw new Error(BUG);
};

afterEach(() => jest.restoreAllMocks());

it("validates the sample with no internal error while every rule works", () => {
  const result = validateWorkbook(sampleRaw());
  expect(result.issues.filter((i) => i.code === "internal-error")).toEqual([]);
  expect(result.data).toBeDefined();
});

it.each([
  ["a row rule", () => jest.spyOn(rows, "checkRows").mockImplementation(throwing), "within each row"],
  ["the trend rule", () => jest.spyOn(trends, "checkTrends").mockImplementation(throwing), "trends between periods"],
])("%s that throws is an internal error on each sheet it was checking, and blocks the report", (_, inject, step) => {
  inject();
  const result = validateWorkbook(sampleRaw());
  const internal = result.issues.filter((i) => i.code === "internal-error");
  expect(internal.map((i) => i.sheet)).toEqual(["Assessments", "Child Protection", "Looked After", "Contacts", "UASC"]);
  for (const i of internal) {
    expect(i.severity).toBe("error");
    expect(i.message).toContain(step);
    expect(i.message).toContain("fault in the add-in, not in your workbook");
    expect(`${i.message} ${i.hint}`).not.toContain("C1234");
  }
  expect(result.data).toBeUndefined();
});

it("still reports the officer's own problems beside the fault", () => {
  jest.spyOn(trends, "checkTrends").mockImplementation(throwing);
  const result = validateWorkbook(setCell(sampleRaw(), "tblContacts", 4, "Contacts", "n/a"));
  expect(result.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["internal-error", "not-a-number"]));
});

it.each([
  ["throws", () => jest.spyOn(build, "buildPerformanceData").mockImplementation(throwing)],
  ["refuses a figure the rules passed", () => jest.spyOn(build, "buildPerformanceData").mockReturnValue(undefined)],
])("gathering the figures that %s is an internal error, never a silent 'no figures'", (_, inject) => {
  inject();
  const result = validateWorkbook(sampleRaw());
  const internal = result.issues.filter((i) => i.code === "internal-error");
  expect(internal).toHaveLength(1);
  expect(internal[0]?.message).toContain("gathering the checked figures for the report");
  expect(result.data).toBeUndefined();
});
