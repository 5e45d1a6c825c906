/**
 * The Returns tab's state machine, as a plain reducer (tested without a browser):
 *
 *   idle ──choose──► reading ──read──► read ──fill──► filling ──filled──► filled
 *     ▲                │  │              ▲  ▲            │                  │
 *     └──cancelled─────┘  └──failed──► failed └─undone───┼──────────────────┘
 *                                              └─failed──┘ (the analysis stays)
 *
 * The analysis (children's IDs and values in findings) lives only in this state, in memory:
 * nothing of it is written to settings, storage or logs.
 */
import type { FinancialYear } from "../core/dates";
import type { AnalyseProgress, ReturnsAnalysis, ReturnsFillPlan } from "../core/returns";
import type { FillRecord } from "../excel";
import type { ReadProgress } from "./return-file-source";

/** What the tab shows. */
export type ReturnsState =
  | { readonly phase: "idle"; readonly note?: string }
  | {
      readonly phase: "reading";
      readonly files: readonly string[];
      readonly progress?: ReadProgress;
      /** Once read: how far DfE's rules and the figures have got. */
      readonly checking?: AnalyseProgress;
      readonly previous?: Settled;
    }
  | ({ readonly phase: "read"; readonly confirm?: ReturnsFillPlan; readonly note?: string } & Settled)
  | ({ readonly phase: "filling" } & Settled)
  | ({ readonly phase: "filled"; readonly record: FillRecord } & Settled)
  | { readonly phase: "failed"; readonly error: string; readonly files: readonly string[]; readonly settled?: Settled };

/** A read return: the files, the year used and the analysis. */
export interface Settled {
  readonly files: readonly string[];
  /** The year the officer chose, when not told from the dates. */
  readonly chosenYear?: FinancialYear;
  readonly analysis: ReturnsAnalysis;
}

/** What happens. */
export type ReturnsAction =
  | { readonly type: "choose"; readonly files: readonly string[] }
  | { readonly type: "progress"; readonly progress: ReadProgress }
  | { readonly type: "checking"; readonly progress: AnalyseProgress }
  | { readonly type: "read"; readonly analysis: ReturnsAnalysis; readonly chosenYear?: FinancialYear }
  | { readonly type: "cancelled" }
  | { readonly type: "failed"; readonly error: string }
  | { readonly type: "plan"; readonly plan: ReturnsFillPlan }
  | { readonly type: "keep" }
  | { readonly type: "fill" }
  | { readonly type: "filled"; readonly record: FillRecord }
  | { readonly type: "undone"; readonly note: string };

/** The first state. */
export const INITIAL_RETURNS: ReturnsState = { phase: "idle" };

/** The read return the state holds, if any. */
export function settledOf(s: ReturnsState): Settled | undefined {
  switch (s.phase) {
    case "read":
    case "filling":
    case "filled":
      return { files: s.files, analysis: s.analysis, ...(s.chosenYear ? { chosenYear: s.chosenYear } : {}) };
    case "reading":
      return s.previous;
    case "failed":
      return s.settled;
    default:
      return undefined;
  }
}

/** The next state; an action that does not apply in a phase leaves the state as it is. */
export function returnsReducer(s: ReturnsState, a: ReturnsAction): ReturnsState {
  const settled = settledOf(s);
  switch (a.type) {
    case "choose":
      if (s.phase === "reading" || s.phase === "filling") return s;
      return { phase: "reading", files: a.files, ...(settled ? { previous: settled } : {}) };
    case "progress":
      return s.phase === "reading" ? { ...s, progress: a.progress } : s;
    case "checking":
      return s.phase === "reading" ? { ...s, checking: a.progress } : s;
    case "read":
      if (s.phase !== "reading") return s;
      return {
        phase: "read",
        files: s.files,
        analysis: a.analysis,
        ...(a.chosenYear ? { chosenYear: a.chosenYear } : {}),
      };
    case "cancelled":
      if (s.phase !== "reading") return s;
      // The return read before (if any) stays on show: cancelling a second read loses nothing.
      return s.previous
        ? { phase: "read", ...s.previous, note: "Reading cancelled. The figures shown are from the files read before." }
        : { phase: "idle", note: "Reading cancelled. Nothing was read." };
    case "failed":
      if (s.phase === "reading")
        return { phase: "failed", error: a.error, files: s.files, ...(s.previous ? { settled: s.previous } : {}) };
      if (s.phase === "filling" && settled) return { phase: "failed", error: a.error, files: settled.files, settled };
      if (s.phase === "filled" && settled) return { phase: "failed", error: a.error, files: settled.files, settled };
      if (s.phase === "read")
        return { phase: "failed", error: a.error, files: s.files, settled: settledOf(s) as Settled };
      return s;
    case "plan":
      return s.phase === "read" || s.phase === "filled" || s.phase === "failed"
        ? settled
          ? { phase: "read", ...settled, confirm: a.plan }
          : s
        : s;
    case "keep":
      return s.phase === "read" ? { phase: "read", ...(settled as Settled) } : s;
    case "fill":
      return s.phase === "read" && s.confirm ? { phase: "filling", ...(settled as Settled) } : s;
    case "filled":
      return s.phase === "filling" ? { phase: "filled", ...(settled as Settled), record: a.record } : s;
    case "undone":
      return s.phase === "filled" ? { phase: "read", ...(settled as Settled), note: a.note } : s;
  }
}
