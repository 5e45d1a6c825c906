/**
 * The Report tab's generate flow, as a plain reducer (tested without a browser); the hook
 * (hooks/useReportRun.ts) runs the work each phase names and the components only render it:
 *
 *   idle ─start─► checking ─planned─► planning ─sheet─► writing ─written──► done
 *   done/failed     │ (blocked, no       │   │  (absent,      │ ▲
 *     ─start─►      │  council, failed)  │   │  ours, same    │ │ replace
 *                   ▼                    │   │  year)         │ │
 *                 failed ◄─sheet-failed──┘   └─sheet─► asking ┘ └──── asking ─keep─► idle
 *                   ▲                          (edited, foreign,        ("Nothing changed")
 *                   └────────write-failed──────  another year)
 *
 * checking: the workbook read and validated again and the report planned from those figures
 * (report-flow.ts); planning: the report sheet read once for that plan and whose it is
 * decided (src/excel's prepareReport); asking: the replace or keep dialog; writing: the plan
 * committed. The last report built stays shown through later runs until another is built.
 */
import type { ReportPlan, ReportSheetOwnership, SheetAdditions } from "../core/report";
import type { FreshPlan } from "./report-flow";
import type { PaneMessage } from "./report-messages";

/** Why the pane asks before writing: the sheet was edited, is not ours, or shows another year. */
export type ReportAsk = (
  | {
      readonly found: "edited" | "foreign";
      readonly plan: ReportPlan;
      /** What the officer added to the sheet (notes and comments a refresh removes, charts and shapes it keeps). */
      readonly added?: SheetAdditions;
    }
  | { readonly found: "other-year"; readonly shows: string; readonly plan: ReportPlan }
) & { readonly comparedAs?: string };

/** What a generation built. */
export interface Built {
  readonly plan: ReportPlan;
  readonly tables: number;
  readonly charts: number;
  /** Counts the generations, so each one's message is new (and announced). */
  readonly seq: number;
  /** Which council, region and neighbour model the comparison used, when comparators were chosen. */
  readonly comparedAs?: string;
}

/** The Settings' council is not DfE's: the message and the councils the officer can compare as. */
export type NoCouncil = Extract<FreshPlan, { kind: "no-council" }>;

/** A plan to write, and the comparison it was made with. */
interface Planned {
  readonly plan: ReportPlan;
  readonly comparedAs?: string;
}

/** Where the flow is. */
export type GeneratePhase =
  | { readonly kind: "idle" }
  | { readonly kind: "checking" }
  | ({ readonly kind: "planning" } & Planned)
  | { readonly kind: "asking"; readonly ask: ReportAsk }
  | ({
      readonly kind: "writing";
      /** Replace a sheet that is not ours as written (the officer said so, or it is ours). */
      readonly replace: boolean;
      /** The sheet was read for this write just now (the session stands); false after a dialog. */
      readonly prepared: boolean;
    } & Planned)
  | { readonly kind: "done" }
  | { readonly kind: "failed" };

/** The tab's generate state: the phase, and what it shows beside it. */
export interface GenerateState {
  readonly phase: GeneratePhase;
  /** A message of the checking or planning step (dismissable). */
  readonly error?: string;
  /** What happened to the workbook: protection, a failed write, nothing changed. */
  readonly notice?: PaneMessage;
  readonly noCouncil?: NoCouncil;
  /** The last report built, kept while the officer cancels or a later run fails. */
  readonly built?: Built;
}

/** What happens. */
export type GenerateEvent =
  | { readonly type: "start" }
  | { readonly type: "planned"; readonly fresh: FreshPlan }
  | {
      readonly type: "sheet";
      readonly ownership: ReportSheetOwnership;
      readonly shows: string | undefined;
      readonly added?: SheetAdditions;
    }
  | { readonly type: "sheet-failed"; readonly notice: PaneMessage }
  | { readonly type: "replace" }
  | { readonly type: "keep" }
  | {
      readonly type: "written";
      readonly tables: number;
      readonly charts: number;
      /** What the print setup could not set, when Excel refused part of it (the report stands). */
      readonly notice?: PaneMessage;
    }
  | { readonly type: "write-failed"; readonly notice: PaneMessage }
  | { readonly type: "dismiss-error" };

/** The first state. */
export const INITIAL_GENERATE: GenerateState = { phase: { kind: "idle" } };

/** True while a run is under way (the controls are held). */
export function isWorking(s: GenerateState): boolean {
  const k = s.phase.kind;
  return k === "checking" || k === "planning" || k === "writing";
}

/** The spinner's words for the phase, or undefined when nothing is being done. */
export function stepText(phase: GeneratePhase): string | undefined {
  switch (phase.kind) {
    case "checking":
      return "Checking the workbook again…";
    case "planning":
      return "Checking the report sheet…";
    case "writing":
      return `Writing the ${phase.plan.reportYear} report on the sheet “${phase.plan.sheetName}”…`;
    default:
      return undefined;
  }
}

const comparedOf = (c: string | undefined) => (c ? { comparedAs: c } : {});

/** Why a fresh plan could not be had, as the tab shows it ("blocked" and "no-data" show above the button). */
function notPlanned(s: GenerateState, fresh: Exclude<FreshPlan, { kind: "plan" }>): GenerateState {
  const failed: GenerateState = { ...s, phase: { kind: "failed" } };
  switch (fresh.kind) {
    case "not-checked":
      return {
        ...failed,
        error: "The workbook could not be checked again, so no report was built. The Validate tab says why.",
      };
    case "plan-failed":
      return { ...failed, error: `The report could not be planned: ${fresh.message}` };
    case "no-council":
      return fresh.councils.length > 0
        ? { ...failed, noCouncil: fresh }
        : {
            ...failed,
            error: `${fresh.message} Correct the Local authority in the Settings table, or clear "Compare with".`,
          };
    default:
      return failed;
  }
}

/** The next state. Events that do not belong to the phase leave the state as it is. */
export function generateReducer(s: GenerateState, e: GenerateEvent): GenerateState {
  const phase = s.phase;
  switch (e.type) {
    case "start":
      if (isWorking(s) || phase.kind === "asking") return s;
      return { phase: { kind: "checking" }, ...(s.built ? { built: s.built } : {}) };
    case "planned":
      if (phase.kind !== "checking") return s;
      if (e.fresh.kind !== "plan") return notPlanned(s, e.fresh);
      return { ...s, phase: { kind: "planning", plan: e.fresh.plan, ...comparedOf(e.fresh.comparedAs) } };
    case "sheet": {
      if (phase.kind !== "planning") return s;
      const { plan, comparedAs } = phase;
      if (e.ownership === "edited" || e.ownership === "foreign") {
        const added = e.added ? { added: e.added } : {};
        return {
          ...s,
          phase: { kind: "asking", ask: { found: e.ownership, plan, ...added, ...comparedOf(comparedAs) } },
        };
      }
      if (e.ownership === "ours" && e.shows !== undefined && e.shows !== plan.reportYear) {
        return {
          ...s,
          phase: { kind: "asking", ask: { found: "other-year", shows: e.shows, plan, ...comparedOf(comparedAs) } },
        };
      }
      return {
        ...s,
        phase: { kind: "writing", plan, replace: e.ownership === "ours", prepared: true, ...comparedOf(comparedAs) },
      };
    }
    case "sheet-failed":
      return phase.kind === "planning" ? { ...s, phase: { kind: "failed" }, notice: e.notice } : s;
    case "replace":
      if (phase.kind !== "asking") return s;
      return {
        ...s,
        phase: {
          kind: "writing",
          plan: phase.ask.plan,
          replace: true,
          prepared: false,
          ...comparedOf(phase.ask.comparedAs),
        },
      };
    case "keep":
      if (phase.kind !== "asking") return s;
      return {
        ...s,
        phase: { kind: "idle" },
        notice: {
          intent: "info",
          title: "Nothing changed",
          text: `The sheet “${phase.ask.plan.sheetName}” is as it was; no report was written.`,
        },
      };
    case "written":
      if (phase.kind !== "writing") return s;
      return {
        ...s,
        phase: { kind: "done" },
        ...(e.notice ? { notice: e.notice } : {}),
        built: {
          plan: phase.plan,
          tables: e.tables,
          charts: e.charts,
          seq: (s.built?.seq ?? 0) + 1,
          ...comparedOf(phase.comparedAs),
        },
      };
    case "write-failed":
      return phase.kind === "writing" ? { ...s, phase: { kind: "failed" }, notice: e.notice } : s;
    case "dismiss-error": {
      const { error: _dismissed, ...rest } = s;
      return rest;
    }
  }
}
