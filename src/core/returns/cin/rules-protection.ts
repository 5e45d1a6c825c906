/**
 * DfE rules on section 47 enquiries, initial conferences and child protection plans: dates in
 * order and in the census year, open and overlapping plans, previous plans, the conference date
 * a plan starts on, and the categories of abuse.
 */
import { isoFromSerial } from "../../dates";
import { ABUSE_CATEGORIES } from "./codes";
import { isNfa, type CinChild, type CinEpisode, type CinProtectionPlan } from "./model";
import { cinSpec, shown, text, type CinFailure, type CinRule, type CinRuleContext } from "./rule-kit";

const CPP = "CINdetails/ChildProtectionPlans";

/** Each plan of the child, with its episode, and a check that may fail. */
function eachPlan(
  check: (p: CinProtectionPlan, e: CinEpisode, ctx: CinRuleContext) => CinFailure | undefined,
): CinRule["check"] {
  return (child, ctx, fail) => {
    for (const e of child.episodes) {
      for (const p of e.plans) {
        const f = check(p, e, ctx);
        if (f) fail(f);
      }
    }
  };
}

function plansOf(child: CinChild): CinProtectionPlan[] {
  return child.episodes.flatMap((e) => e.plans);
}

/** A category of abuse code check (rules 8905, 8910). */
function category(
  code: string,
  name: "InitialCategoryOfAbuse" | "LatestCategoryOfAbuse",
  pick: (p: CinProtectionPlan) => CinProtectionPlan["initialCategory"],
): CinRule {
  const which = name === "InitialCategoryOfAbuse" ? "Initial" : "Latest";
  return {
    spec: cinSpec(
      code,
      "error",
      `${which} Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)`,
      [name],
    ),
    check: eachPlan((p) => {
      const v = pick(p);
      return v && ABUSE_CATEGORIES.has(v.text)
        ? undefined
        : {
            line: v?.line ?? p.line,
            element: `${CPP}/${name}`,
            values: { [name]: text(v) },
            detail: `${name} is ${shown(v)} (NEG, PHY, SAB, EMO or MUL)`,
          };
    }),
  };
}

export const PROTECTION_RULES: readonly CinRule[] = [
  {
    spec: cinSpec(
      "8615",
      "error",
      "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
      ["S47ActualStartDate", "DateOfInitialCPC"],
    ),
    check: (child, _ctx, fail) => {
      for (const e of child.episodes) {
        for (const s of e.section47s) {
          const icpc = s.icpcDate;
          if (icpc?.serial === undefined) continue;
          const start = s.startDate?.serial;
          if (start !== undefined && start <= icpc.serial) continue;
          fail({
            line: s.startDate?.line ?? s.line,
            element: "CINdetails/Section47/S47ActualStartDate",
            values: { S47ActualStartDate: text(s.startDate), DateOfInitialCPC: icpc.text },
            detail:
              start === undefined
                ? `the enquiry with a conference on ${icpc.text} has no S47ActualStartDate`
                : `S47ActualStartDate ${text(s.startDate)} is after the conference on ${icpc.text}`,
          });
        }
      }
    },
  },
  {
    spec: cinSpec("8715", "error", "Date of Initial Child Protection Conference must fall within the census year", [
      "DateOfInitialCPC",
      "ReferenceDate",
    ]),
    check: (child, ctx, fail) => {
      const { start, end } = ctx.header;
      for (const e of child.episodes) {
        const dates = [
          ...e.section47s.map((s) => ({ d: s.icpcDate, element: "CINdetails/Section47/DateOfInitialCPC" })),
          { d: e.icpcDate, element: "CINdetails/DateOfInitialCPC" },
        ];
        for (const { d, element } of dates) {
          if (d?.serial === undefined || (d.serial >= start && d.serial <= end)) continue;
          fail({
            line: d.line,
            element,
            values: { DateOfInitialCPC: d.text, ReferenceDate: ctx.header.referenceDate.text },
            detail: `DateOfInitialCPC is ${d.text}, outside ${isoFromSerial(start)} to ${isoFromSerial(end)}`,
          });
        }
      }
    },
  },
  {
    spec: cinSpec("8720", "error", "Child Protection Plan Start Date missing or out of data collection period", [
      "CPPstartDate",
      "ReferenceDate",
    ]),
    check: eachPlan((p, _e, ctx) => {
      const s = p.startDate;
      return s?.serial !== undefined && s.serial <= ctx.header.end
        ? undefined
        : {
            line: s?.line ?? p.line,
            element: `${CPP}/CPPstartDate`,
            values: { CPPstartDate: text(s), ReferenceDate: ctx.header.referenceDate.text },
            detail:
              s?.serial === undefined
                ? `CPPstartDate is ${shown(s)}`
                : `CPPstartDate ${s.text} is after the census ends on ${isoFromSerial(ctx.header.end)}`,
          };
    }),
  },
  {
    spec: cinSpec("8925", "error", "Child Protection Plan End Date earlier than Start Date", [
      "CPPstartDate",
      "CPPendDate",
    ]),
    check: eachPlan((p) => {
      const s = p.startDate?.serial;
      const d = p.endDate;
      return s === undefined || d?.serial === undefined || d.serial >= s
        ? undefined
        : {
            line: d.line,
            element: `${CPP}/CPPendDate`,
            values: { CPPstartDate: text(p.startDate), CPPendDate: d.text },
            detail: `CPPendDate ${d.text} is before CPPstartDate ${text(p.startDate)}`,
          };
    }),
  },
  {
    spec: cinSpec("8930", "error", "Child Protection Plan End Date must fall within the census year", [
      "CPPendDate",
      "ReferenceDate",
    ]),
    check: eachPlan((p, _e, ctx) => {
      const d = p.endDate;
      const { start, end } = ctx.header;
      return d?.serial === undefined || (d.serial >= start && d.serial <= end)
        ? undefined
        : {
            line: d.line,
            element: `${CPP}/CPPendDate`,
            values: { CPPendDate: d.text, ReferenceDate: ctx.header.referenceDate.text },
            detail: `CPPendDate is ${d.text}, outside ${isoFromSerial(start)} to ${isoFromSerial(end)}`,
          };
    }),
  },
  {
    spec: cinSpec(
      "8935",
      "error",
      "This child is showing more than one open Child Protection plan, i.e. with no End Date",
      ["CPPendDate"],
    ),
    check: (child, _ctx, fail) => {
      const open = plansOf(child).filter((p) => text(p.endDate) === "");
      for (const p of open.slice(1)) {
        fail({
          line: p.line,
          element: `${CPP}/CPPendDate`,
          values: { CPPstartDate: text(p.startDate), CPPendDate: "" },
          detail: `the plan starting ${text(p.startDate)} is open, as is the one on line ${open[0]?.line}`,
        });
      }
    },
  },
  {
    spec: cinSpec("8940", "error", "Child Protection Plan data contains overlapping dates", [
      "CPPstartDate",
      "CPPendDate",
    ]),
    check: (child, ctx, fail) => {
      // Plan j overlaps plan i when j starts from i's start up to the day before i ends (a new
      // plan on the day the last ended follows it), or up to the ReferenceDate when i is open.
      const plans = plansOf(child);
      for (const [j, pj] of plans.entries()) {
        const sj = pj.startDate?.serial;
        if (sj === undefined) continue;
        const within = plans.find((pi, i) => {
          const si = pi.startDate?.serial;
          if (i === j || si === undefined || sj < si) return false;
          if (sj === si) return true;
          const ei = pi.endDate?.serial;
          return ei !== undefined ? sj < ei : sj <= ctx.header.end;
        });
        if (within) {
          fail({
            line: pj.startDate?.line ?? pj.line,
            element: `${CPP}/CPPstartDate`,
            values: { CPPstartDate: text(pj.startDate), CPPendDate: text(pj.endDate) },
            detail: `the plan starting ${text(pj.startDate)} falls within the plan starting ${text(within.startDate)} (line ${within.line})`,
          });
        }
      }
    },
  },
  {
    spec: cinSpec("8730", "error", "Total Number of previous Child Protection Plans missing", ["NumberOfPreviousCPP"]),
    check: eachPlan((p) => {
      const v = p.previousPlans;
      return v && /^\d+$/.test(v.text)
        ? undefined
        : {
            line: v?.line ?? p.line,
            element: `${CPP}/NumberOfPreviousCPP`,
            values: { NumberOfPreviousCPP: text(v) },
            detail: `NumberOfPreviousCPP is ${shown(v)} (a whole number, 0 or more)`,
          };
    }),
  },
  {
    spec: cinSpec(
      "2885",
      "error",
      "Child protection plan shown as starting a different day to the initial child protection conference.",
      ["CPPstartDate", "DateOfInitialCPC"],
    ),
    check: eachPlan((p, e, ctx) => {
      const s = p.startDate;
      if (s?.serial === undefined || s.serial < ctx.header.start || s.serial > ctx.header.end) return undefined;
      // The conference is the Section47's (unless no conference was required), or the episode's.
      const held = e.section47s.filter((x) => !isNfa(x.icpcNotRequired)).map((x) => x.icpcDate?.serial);
      held.push(e.icpcDate?.serial);
      return held.includes(s.serial)
        ? undefined
        : {
            line: s.line,
            element: `${CPP}/CPPstartDate`,
            values: {
              CPPstartDate: s.text,
              DateOfInitialCPC: [...e.section47s.map((x) => text(x.icpcDate)), text(e.icpcDate)]
                .filter((x) => x !== "")
                .join(", "),
            },
            detail: `the plan starts on ${s.text} and no initial conference in the episode was held that day`,
          };
    }),
  },
  category("8905", "InitialCategoryOfAbuse", (p) => p.initialCategory),
  category("8910", "LatestCategoryOfAbuse", (p) => p.latestCategory),
];
