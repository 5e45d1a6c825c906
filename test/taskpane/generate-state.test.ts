/**
 * The Report tab's generate flow as a state machine, without a browser: each run of events
 * from "Generate" to the report written, the dialog answered, or the run stopped, and the
 * words the spinner and the messages show on the way.
 */
import type { ReportPlan } from "../../src/core/report";
import {
  generateReducer,
  INITIAL_GENERATE,
  isWorking,
  stepText,
  type GenerateEvent,
  type GenerateState,
} from "../../src/taskpane/generate-state";
import type { PaneMessage } from "../../src/taskpane/report-messages";

// The reducer reads only the plan's year and sheet name; it passes the plan on untouched.
const PLAN = { reportYear: "2021-22", sheetName: "Safeguarding Report" } as ReportPlan;
const FAILED: PaneMessage = { intent: "error", title: "Report not generated", text: "Generating the report failed." };

const run = (events: GenerateEvent[], from: GenerateState = INITIAL_GENERATE) => events.reduce(generateReducer, from);
const start: GenerateEvent = { type: "start" };
const LEEDS = { code: "383", name: "Leeds", otherNames: [], ons: "E08000035", label: "Leeds (LA 383)" };
const planned: GenerateEvent = { type: "planned", fresh: { kind: "plan", plan: PLAN, comparedAs: "as Leeds" } };
const sheet = (ownership: "absent" | "ours" | "edited" | "foreign", shows?: string): GenerateEvent => ({
  type: "sheet",
  ownership,
  shows,
});
const written: GenerateEvent = { type: "written", tables: 6, charts: 5 };
const PRINT = { intent: "warning", title: "Print settings not all set", text: "A4 paper" } as const;

describe("the generate state machine", () => {
  it.each<[string, GenerateEvent[], Record<string, unknown>]>([
    ["Generate checks the workbook again", [start], { phase: { kind: "checking" } }],
    ["a plan leads to reading the report sheet", [start, planned], { phase: { kind: "planning", plan: PLAN } }],
    [
      "no report sheet: written straight from the session, nothing to replace",
      [start, planned, sheet("absent")],
      { phase: { kind: "writing", replace: false, prepared: true } },
    ],
    [
      "our own sheet of the same year: replaced in place without asking",
      [start, planned, sheet("ours", "2021-22")],
      { phase: { kind: "writing", replace: true, prepared: true } },
    ],
    [
      "our own sheet of another year: asks first",
      [start, planned, sheet("ours", "2020-21")],
      { phase: { kind: "asking", ask: { found: "other-year", shows: "2020-21", plan: PLAN, comparedAs: "as Leeds" } } },
    ],
    [
      "a sheet edited by hand: asks first",
      [start, planned, sheet("edited")],
      { phase: { kind: "asking", ask: { found: "edited", plan: PLAN, comparedAs: "as Leeds" } } },
    ],
    [
      "a sheet the add-in did not make: asks first",
      [start, planned, sheet("foreign")],
      { phase: { kind: "asking", ask: { found: "foreign", plan: PLAN, comparedAs: "as Leeds" } } },
    ],
    [
      "Replace writes, reading the sheet again (time has passed since it was read)",
      [start, planned, sheet("edited"), { type: "replace" }],
      { phase: { kind: "writing", replace: true, prepared: false, comparedAs: "as Leeds" } },
    ],
    [
      "Keep writes nothing and says so",
      [start, planned, sheet("foreign"), { type: "keep" }],
      {
        phase: { kind: "idle" },
        notice: {
          intent: "info",
          title: "Nothing changed",
          text: "The sheet “Safeguarding Report” is as it was; no report was written.",
        },
      },
    ],
    [
      "written: done, with what was built",
      [start, planned, sheet("absent"), written],
      { phase: { kind: "done" }, built: { plan: PLAN, tables: 6, charts: 5, seq: 1, comparedAs: "as Leeds" } },
    ],
    [
      "written, with print settings Excel refused: done, built, and the warning shown",
      [start, planned, sheet("absent"), { ...written, notice: PRINT }],
      {
        phase: { kind: "done" },
        notice: PRINT,
        built: { plan: PLAN, tables: 6, charts: 5, seq: 1, comparedAs: "as Leeds" },
      },
    ],
    [
      "a failed write: failed, with what survived",
      [start, planned, sheet("absent"), { type: "write-failed", notice: FAILED }],
      { phase: { kind: "failed" }, notice: FAILED },
    ],
    [
      "the sheet could not be read: failed, nothing written",
      [start, planned, { type: "sheet-failed", notice: FAILED }],
      { phase: { kind: "failed" }, notice: FAILED },
    ],
    [
      "validation errors: stops; the message above the button says why",
      [start, { type: "planned", fresh: { kind: "blocked", errors: 3 } }],
      { phase: { kind: "failed" } },
    ],
    [
      "the workbook could not be checked",
      [start, { type: "planned", fresh: { kind: "not-checked" } }],
      {
        phase: { kind: "failed" },
        error: "The workbook could not be checked again, so no report was built. The Validate tab says why.",
      },
    ],
    [
      "the plan failed",
      [start, { type: "planned", fresh: { kind: "plan-failed", message: "a builder failed; tell us" } }],
      { phase: { kind: "failed" }, error: "The report could not be planned: a builder failed; tell us" },
    ],
    [
      "a council not DfE's, and no list of councils to choose from: says what to correct",
      [
        start,
        {
          type: "planned",
          fresh: { kind: "no-council", given: "Nowhere", message: "No match.", suggestions: [], councils: [] },
        },
      ],
      {
        phase: { kind: "failed" },
        error: 'No match. Correct the Local authority in the Settings table, or clear "Compare with".',
      },
    ],
    [
      "a council not DfE's: offers the list, starting on the close ones",
      [
        start,
        {
          type: "planned",
          fresh: {
            kind: "no-council",
            given: "Leds",
            message: "Closest: Leeds.",
            suggestions: [{ code: "383", name: "Leeds" }],
            councils: [LEEDS],
          },
        },
      ],
      {
        phase: { kind: "failed" },
        noCouncil: { given: "Leds", suggestions: [{ code: "383", name: "Leeds" }], councils: [LEEDS] },
      },
    ],
  ])("%s", (_, events, expected) => {
    expect(run(events)).toMatchObject(expected);
  });

  it("validation errors stop the run with no message of its own (the one above the button says why)", () => {
    expect(run([start, { type: "planned", fresh: { kind: "blocked", errors: 3 } }])).toEqual({
      phase: { kind: "failed" },
    });
  });

  it("ignores what does not belong to the phase: a second Generate while working, answers with no dialog open", () => {
    const working = run([start, planned]);
    expect(run([start], working)).toBe(working);
    expect(run([{ type: "replace" }, { type: "keep" }, written], working)).toBe(working);
    const asking = run([start, planned, sheet("edited")]);
    expect(run([start], asking)).toBe(asking);
  });

  it("a new run clears the last messages and keeps the last report until another is built", () => {
    const first = run([start, planned, sheet("absent"), written]);
    const kept = run([start, planned, sheet("foreign"), { type: "keep" }], first);
    expect(kept.built).toEqual(first.built);
    const again = run([start], kept);
    expect(again).toEqual({ phase: { kind: "checking" }, built: first.built });
    const second = run([planned, sheet("ours", "2021-22"), written], again);
    expect(second.built?.seq).toBe(2);
  });

  it("an error can be dismissed, the phase unchanged", () => {
    const failed = run([start, { type: "planned", fresh: { kind: "not-checked" } }]);
    expect(run([{ type: "dismiss-error" }], failed)).toEqual({ phase: { kind: "failed" } });
  });

  it.each<[string, GenerateEvent[], string | undefined, boolean]>([
    ["idle", [], undefined, false],
    ["checking", [start], "Checking the workbook again…", true],
    ["planning", [start, planned], "Checking the report sheet…", true],
    ["asking", [start, planned, sheet("edited")], undefined, false],
    [
      "writing",
      [start, planned, sheet("absent")],
      "Writing the 2021-22 report on the sheet “Safeguarding Report”…",
      true,
    ],
    ["done", [start, planned, sheet("absent"), written], undefined, false],
  ])("the spinner while %s", (_, events, step, working) => {
    const s = run(events);
    expect([stepText(s.phase), isWorking(s)]).toEqual([step, working]);
  });
});
