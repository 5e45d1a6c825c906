import type { ReturnsAnalysis, ReturnsFillPlan } from "../../src/core/returns";
import type { FillRecord } from "../../src/excel";
import {
  INITIAL_RETURNS,
  returnsReducer,
  type ReturnsAction,
  type ReturnsState,
} from "../../src/taskpane/returns-state";

const ANALYSIS: ReturnsAnalysis = { returns: [], problems: [], reconciliation: [] };
const PLAN: ReturnsFillPlan = { cells: [], rows: [], differences: [], notes: [] };
const RECORD = { plan: PLAN, cells: [], rows: [], skipped: [] } as FillRecord;

const run = (actions: ReturnsAction[], from: ReturnsState = INITIAL_RETURNS) => actions.reduce(returnsReducer, from);
const choose: ReturnsAction = { type: "choose", files: ["header.csv", "episodes.csv"] };
const read: ReturnsAction = { type: "read", analysis: ANALYSIS };
const CHECKING = { label: "Checking DfE's rules on 10 children: 3 of 31 rules", done: 3, total: 31 };

describe("the Returns tab's state machine", () => {
  it.each<[string, ReturnsAction[], Partial<Record<string, unknown>>]>([
    ["choosing files starts reading", [choose], { phase: "reading", files: ["header.csv", "episodes.csv"] }],
    [
      "progress shows while reading",
      [choose, { type: "progress", progress: { file: "episodes.csv", rows: 10, read: 5, size: 9 } }],
      { phase: "reading", progress: { file: "episodes.csv", rows: 10, read: 5, size: 9 } },
    ],
    [
      "once read, DfE's rules' progress shows",
      [
        choose,
        { type: "progress", progress: { file: "episodes.csv", rows: 10, read: 9, size: 9 } },
        { type: "checking", progress: CHECKING },
      ],
      { phase: "reading", checking: CHECKING },
    ],
    [
      "the rules' progress after the analysis arrived changes nothing",
      [choose, read, { type: "checking", progress: CHECKING }],
      { phase: "read", analysis: ANALYSIS },
    ],
    [
      "cancelling while the rules run leaves nothing",
      [choose, { type: "checking", progress: CHECKING }, { type: "cancelled" }],
      { phase: "idle", note: "Reading cancelled. Nothing was read." },
    ],
    ["the analysis arrives", [choose, read], { phase: "read", analysis: ANALYSIS }],
    [
      "cancelling a first read leaves nothing",
      [choose, { type: "cancelled" }],
      { phase: "idle", note: "Reading cancelled. Nothing was read." },
    ],
    [
      "cancelling a second read keeps the first",
      [choose, read, { type: "choose", files: ["x.xml"] }, { type: "cancelled" }],
      { phase: "read", files: ["header.csv", "episodes.csv"], analysis: ANALYSIS },
    ],
    ["a failed read says why", [choose, { type: "failed", error: "bad" }], { phase: "failed", error: "bad" }],
    ["planning asks first", [choose, read, { type: "plan", plan: PLAN }], { phase: "read", confirm: PLAN }],
    ["filling without a confirmation does nothing", [choose, read, { type: "fill" }], { phase: "read" }],
    [
      "fill, filled, undone",
      [
        choose,
        read,
        { type: "plan", plan: PLAN },
        { type: "fill" },
        { type: "filled", record: RECORD },
        { type: "undone", note: "n" },
      ],
      { phase: "read", note: "n", analysis: ANALYSIS },
    ],
    [
      "a failed fill keeps the figures on show",
      [choose, read, { type: "plan", plan: PLAN }, { type: "fill" }, { type: "failed", error: "e" }],
      { phase: "failed", settled: { files: ["header.csv", "episodes.csv"], analysis: ANALYSIS } },
    ],
    [
      "files cannot be chosen while reading",
      [choose, { type: "choose", files: ["other"] }],
      { files: ["header.csv", "episodes.csv"] },
    ],
  ])("%s", (_name, actions, expected) => {
    expect(run(actions)).toMatchObject(expected);
  });

  it("keeping closes the question", () => {
    const s = run([choose, read, { type: "plan", plan: PLAN }, { type: "keep" }]);
    expect(s.phase === "read" && s.confirm).toBe(undefined);
  });

  it("the filled state holds the record for Undo", () => {
    const s = run([choose, read, { type: "plan", plan: PLAN }, { type: "fill" }, { type: "filled", record: RECORD }]);
    expect(s.phase === "filled" && s.record).toBe(RECORD);
  });
});
