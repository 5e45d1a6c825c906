/**
 * DfE rules on the CINdetails episodes: referral and closure dates, the no-further-action flag
 * and what an NFA referral may not have, the code lists, open and overlapping episodes.
 */
import { isoFromSerial, workdayDue } from "../../dates";
import { CLOSURE_REASONS, NFA_VALUES, PRIMARY_NEEDS, REFERRAL_SOURCES } from "./codes";
import { isNfa, type CinEpisode } from "./model";
import { cinSpec, shown, text, type CinFailure, type CinRule } from "./rule-kit";

const REF = "CINdetails/CINreferralDate";
const NFA = "CINdetails/ReferralNFA";

/** Each episode of the child, with a check that may fail. */
function eachEpisode(check: (e: CinEpisode) => CinFailure | undefined): CinRule["check"] {
  return (child, _ctx, fail) => {
    for (const e of child.episodes) {
      const f = check(e);
      if (f) fail(f);
    }
  };
}

/** Activity an NFA referral may not have (rule 8831), as [element, value, line]. */
function nfaActivity(e: CinEpisode): [string, string, number][] {
  const found: [string, string, number][] = [];
  for (const a of e.assessments) {
    if (a.startDate) found.push(["AssessmentActualStartDate", a.startDate.text, a.startDate.line]);
    if (a.authorisationDate)
      found.push(["AssessmentAuthorisationDate", a.authorisationDate.text, a.authorisationDate.line]);
  }
  for (const s of e.section47s) {
    if (s.startDate) found.push(["S47ActualStartDate", s.startDate.text, s.startDate.line]);
    if (s.icpcDate) found.push(["DateOfInitialCPC", s.icpcDate.text, s.icpcDate.line]);
  }
  if (e.icpcDate) found.push(["DateOfInitialCPC", e.icpcDate.text, e.icpcDate.line]);
  return found;
}

export const REFERRAL_RULES: readonly CinRule[] = [
  {
    spec: cinSpec("8600", "error", "Child referral date missing or after data collection period", ["CINreferralDate"]),
    check: (child, ctx, fail) => {
      for (const e of child.episodes) {
        const r = e.referralDate;
        if (r?.serial !== undefined && r.serial <= ctx.header.end) continue;
        fail({
          line: r?.line ?? e.line,
          element: REF,
          values: { CINreferralDate: text(r) },
          detail:
            r?.serial === undefined
              ? `CINreferralDate is ${shown(r)}`
              : `CINreferralDate is ${r.text}, after the census ends on ${isoFromSerial(ctx.header.end)}`,
        });
      }
    },
  },
  {
    spec: cinSpec("8568", "error", "RNFA flag is missing or invalid", ["ReferralNFA"]),
    check: eachEpisode((e) =>
      e.referralNfa && NFA_VALUES.has(e.referralNfa.text.toLowerCase())
        ? undefined
        : {
            line: e.referralNfa?.line ?? e.line,
            element: NFA,
            values: { ReferralNFA: text(e.referralNfa) },
            detail: `ReferralNFA is ${shown(e.referralNfa)} (1, 0, true or false)`,
          },
    ),
  },
  {
    spec: cinSpec(
      "8569Q",
      "query",
      "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case",
      ["CINreferralDate", "ReferralNFA"],
    ),
    check: (child, ctx, fail) => {
      const dayBefore = workdayDue(ctx.header.start, -1, ctx.calendar);
      if (typeof dayBefore !== "number") return;
      for (const e of child.episodes) {
        const r = e.referralDate;
        if (r?.serial !== undefined && r.serial < dayBefore && isNfa(e.referralNfa)) {
          fail({
            line: e.referralNfa?.line ?? e.line,
            element: NFA,
            values: { CINreferralDate: r.text, ReferralNFA: text(e.referralNfa) },
            detail: `the referral on ${r.text} is flagged no further action but is before ${isoFromSerial(dayBefore)}`,
          });
        }
      }
    },
  },
  {
    spec: cinSpec("8610", "error", "Primary Need code is missing for a referral which led to further action.", [
      "ReferralNFA",
      "PrimaryNeedCode",
    ]),
    check: eachEpisode((e) =>
      isNfa(e.referralNfa) || text(e.primaryNeed) !== ""
        ? undefined
        : {
            line: e.line,
            element: "CINdetails/PrimaryNeedCode",
            values: { ReferralNFA: text(e.referralNfa), PrimaryNeedCode: "" },
            detail: "the referral led to further action and has no PrimaryNeedCode",
          },
    ),
  },
  {
    spec: cinSpec("8650", "error", "Primary Need Code invalid (see Primary Need table in CIN census code set)", [
      "PrimaryNeedCode",
    ]),
    check: eachEpisode((e) =>
      !e.primaryNeed || e.primaryNeed.text === "" || PRIMARY_NEEDS.has(e.primaryNeed.text)
        ? undefined
        : {
            line: e.primaryNeed.line,
            element: "CINdetails/PrimaryNeedCode",
            values: { PrimaryNeedCode: e.primaryNeed.text },
            detail: `PrimaryNeedCode is "${e.primaryNeed.text}" (N0 to N9)`,
          },
    ),
  },
  {
    spec: cinSpec("8866", "error", "Source of Referral is missing or an invalid code", [
      "ReferralSource",
      "CINreferralDate",
    ]),
    check: eachEpisode((e) =>
      e.referralSource && REFERRAL_SOURCES.has(e.referralSource.text)
        ? undefined
        : {
            line: e.referralSource?.line ?? e.line,
            element: "CINdetails/ReferralSource",
            values: { ReferralSource: text(e.referralSource) },
            detail: `ReferralSource is ${shown(e.referralSource)}`,
          },
    ),
  },
  {
    spec: cinSpec(
      "8640",
      "error",
      "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)",
      ["ReasonForClosure"],
    ),
    check: eachEpisode((e) =>
      !e.reasonForClosure || e.reasonForClosure.text === "" || CLOSURE_REASONS.has(e.reasonForClosure.text)
        ? undefined
        : {
            line: e.reasonForClosure.line,
            element: "CINdetails/ReasonForClosure",
            values: { ReasonForClosure: e.reasonForClosure.text },
            detail: `ReasonForClosure is "${e.reasonForClosure.text}" (RC1 to RC9)`,
          },
    ),
  },
  {
    spec: cinSpec("8620", "error", "CIN Closure Date present and does not fall within the Census year", [
      "CINclosureDate",
    ]),
    check: (child, ctx, fail) => {
      for (const e of child.episodes) {
        const c = e.closureDate;
        if (c?.serial === undefined || (c.serial >= ctx.header.start && c.serial <= ctx.header.end)) continue;
        fail({
          line: c.line,
          element: "CINdetails/CINclosureDate",
          values: { CINclosureDate: c.text },
          detail: `CINclosureDate is ${c.text}, outside ${isoFromSerial(ctx.header.start)} to ${isoFromSerial(ctx.header.end)}`,
        });
      }
    },
  },
  {
    spec: cinSpec("8630", "error", "CIN Closure Date is before CIN Referral Date for the same CIN episode", [
      "CINreferralDate",
      "CINclosureDate",
    ]),
    check: eachEpisode((e) => {
      const r = e.referralDate?.serial;
      const c = e.closureDate;
      return r === undefined || c?.serial === undefined || c.serial >= r
        ? undefined
        : {
            line: c.line,
            element: "CINdetails/CINclosureDate",
            values: { CINreferralDate: text(e.referralDate), CINclosureDate: c.text },
            detail: `CINclosureDate ${c.text} is before CINreferralDate ${text(e.referralDate)}`,
          };
    }),
  },
  {
    spec: cinSpec("8805", "error", "A CIN case cannot have a CIN closure date without a Reason for Closure", [
      "CINclosureDate",
      "ReasonForClosure",
    ]),
    check: eachEpisode((e) =>
      text(e.closureDate) === "" || text(e.reasonForClosure) !== ""
        ? undefined
        : {
            line: e.closureDate?.line ?? e.line,
            element: "CINdetails/ReasonForClosure",
            values: { CINclosureDate: text(e.closureDate), ReasonForClosure: "" },
            detail: `the episode closed on ${text(e.closureDate)} has no ReasonForClosure`,
          },
    ),
  },
  {
    spec: cinSpec("8810", "error", "A CIN case cannot have a Reason for Closure without a CIN Closure Date", [
      "CINclosureDate",
      "ReasonForClosure",
    ]),
    check: eachEpisode((e) =>
      text(e.reasonForClosure) === "" || text(e.closureDate) !== ""
        ? undefined
        : {
            line: e.reasonForClosure?.line ?? e.line,
            element: "CINdetails/CINclosureDate",
            values: { CINclosureDate: "", ReasonForClosure: text(e.reasonForClosure) },
            detail: `ReasonForClosure is "${text(e.reasonForClosure)}" but there is no CINclosureDate`,
          },
    ),
  },
  {
    spec: cinSpec(
      "8815",
      "error",
      "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.",
      ["ReferralNFA", "CINclosureDate"],
    ),
    check: (child, _ctx, fail) => {
      const open = child.episodes.filter((e) => text(e.closureDate) === "" && !isNfa(e.referralNfa));
      for (const e of open.slice(1)) {
        fail({
          line: e.line,
          element: "CINdetails/CINclosureDate",
          values: { CINreferralDate: text(e.referralDate), CINclosureDate: "", ReferralNFA: text(e.referralNfa) },
          detail: `the episode referred on ${text(e.referralDate)} is open, as is the one on line ${open[0]?.line}`,
        });
      }
    },
  },
  {
    spec: cinSpec("8820", "error", "The dates on the CIN episodes for this child overlap", [
      "CINreferralDate",
      "CINclosureDate",
    ]),
    check: (child, ctx, fail) => {
      // Episode j overlaps episode i when j's referral falls from i's referral up to the day
      // before i's closure (a new referral on the day the last one closed is a new episode), or,
      // for an open episode that led to further action, up to the ReferenceDate.
      const es = child.episodes;
      for (const [j, ej] of es.entries()) {
        const rj = ej.referralDate?.serial;
        if (rj === undefined) continue;
        const within = es.find((ei, i) => {
          const ri = ei.referralDate?.serial;
          if (i === j || ri === undefined || rj < ri) return false;
          if (rj === ri) return true;
          const ci = ei.closureDate?.serial;
          if (ci !== undefined) return rj < ci;
          return !isNfa(ei.referralNfa) && rj <= ctx.header.end;
        });
        if (within) {
          fail({
            line: ej.referralDate?.line ?? ej.line,
            element: REF,
            values: { CINreferralDate: text(ej.referralDate), CINclosureDate: text(ej.closureDate) },
            detail: `the referral on ${text(ej.referralDate)} falls within the episode referred on ${text(within.referralDate)} (line ${within.line})`,
          });
        }
      }
    },
  },
  {
    spec: cinSpec("8831", "error", "Activity is recorded against a case marked as a referral with no further action", [
      "ReferralNFA",
      "AssessmentActualStartDate",
      "AssessmentAuthorisationDate",
      "S47ActualStartDate",
      "DateOfInitialCPC",
    ]),
    check: (child, _ctx, fail) => {
      for (const e of child.episodes) {
        if (!isNfa(e.referralNfa)) continue;
        const [first] = nfaActivity(e);
        if (first)
          fail({
            line: first[2],
            element: first[0],
            values: { ReferralNFA: text(e.referralNfa), [first[0]]: first[1] },
            detail: `the referral on ${text(e.referralDate)} has no further action but has ${first[0]} ${first[1]}`,
          });
      }
    },
  },
  {
    spec: cinSpec("8832", "error", "Child Protection details provided for a referral with no further action.", [
      "ReferralNFA",
      "CPPstartDate",
    ]),
    check: eachEpisode((e) => {
      const p = e.plans[0];
      return !isNfa(e.referralNfa) || !p
        ? undefined
        : {
            line: p.line,
            element: "CINdetails/ChildProtectionPlans",
            values: { ReferralNFA: text(e.referralNfa), CPPstartDate: text(p.startDate) },
            detail: `the referral on ${text(e.referralDate)} has no further action but has a plan starting ${text(p.startDate) || "(no date)"}`,
          };
    }),
  },
  {
    spec: cinSpec(
      "4000",
      "error",
      "CIN Plan details provided for a referral with no further action",
      ["ReferralNFA", "CINPlanStartDate"],
      { from: 2021 },
    ),
    check: eachEpisode((e) => {
      const p = e.cinPlans[0];
      return !isNfa(e.referralNfa) || !p
        ? undefined
        : {
            line: p.line,
            element: "CINdetails/CINPlanDates",
            values: { ReferralNFA: text(e.referralNfa), CINPlanStartDate: text(p.startDate) },
            detail: `the referral on ${text(e.referralDate)} has no further action but has a CIN plan`,
          };
    }),
  },
];
