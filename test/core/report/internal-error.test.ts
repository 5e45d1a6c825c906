/**
 * A report builder that throws is a bug in the add-in: planReport gives an internal-error issue
 * (so the pane and the CLI write nothing), never a report with a part silently missing.
 */
import * as tables from "../../../src/core/report/tables";
import * as headlines from "../../../src/core/report/headlines";
import { planReport } from "../../../src/core/report/build";
import type { FinancialYear } from "../../../src/core/dates";
import { sampleData } from "../../../support/sample-workbook";

const year: FinancialYear = { kind: "year", startYear: 2021 };
const throwing = () => {
  throw new Error("bug at child C1234");
};

afterEach(() => jest.restoreAllMocks());

it("plans the sample's report while every builder works", () => {
  const outcome = planReport(sampleData(), { year });
  expect("plan" in outcome && outcome.plan.blocks.some((b) => b.kind === "table" && b.id === "contacts")).toBe(true);
});

it.each([
  ["a table builder", () => jest.spyOn(tables, "contactsTable").mockImplementation(throwing)],
  ["a headline builder", () => jest.spyOn(headlines, "timeliness").mockImplementation(throwing)],
])("%s that throws gives an internal error, not a plan", (_, inject) => {
  inject();
  const outcome = planReport(sampleData(), { year });
  expect(outcome).not.toHaveProperty("plan");
  if (!("failure" in outcome)) throw new Error("expected a failure");
  expect(outcome.failure).toMatchObject({ code: "internal-error", severity: "error" });
  expect(outcome.failure.message).toBe(
    "the add-in failed while planning the report: this is a fault in the add-in, not in your workbook, so no report is made until it is fixed",
  );
  expect(outcome.failure.hint).not.toContain("C1234");
});
