/**
 * DfE rules on assessments: dates in order and in the census year, open assessments past 45
 * working days (a query), and the factors identified at assessment.
 */
import { isoFromSerial, workdaysElapsed } from "../../dates";
import { ASSESSMENT_WORKING_DAYS } from "../../base";
import { ASSESSMENT_FACTORS } from "./codes";
import type { CinAssessment, CinEpisode } from "./model";
import { cinSpec, text, type CinFailure, type CinRule, type CinRuleContext } from "./rule-kit";

const START = "CINdetails/Assessments/AssessmentActualStartDate";
const END = "CINdetails/Assessments/AssessmentAuthorisationDate";
const FACTORS = "CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors";

/** Each assessment of the child, with a check that may fail. */
function eachAssessment(
  check: (a: CinAssessment, e: CinEpisode, ctx: CinRuleContext) => CinFailure | undefined,
): CinRule["check"] {
  return (child, ctx, fail) => {
    for (const e of child.episodes) {
      for (const a of e.assessments) {
        const f = check(a, e, ctx);
        if (f) fail(f);
      }
    }
  };
}

/** A query on an old factor code that the 2020-21 code set replaced. */
function oldFactor(code: string, old: string, replacements: string): CinRule {
  return {
    spec: cinSpec(
      code,
      "query",
      `Please check and either amend data or provide a reason: the assessment factors code '${old}' should not be used (${replacements} should be used instead)`,
      ["AssessmentFactors"],
      { from: 2020 },
    ),
    check: eachAssessment((a) => {
      const f = a.factors.find((x) => x.text.toUpperCase() === old);
      return (
        f && {
          line: f.line,
          element: FACTORS,
          values: { AssessmentFactors: f.text },
          detail: `factor "${f.text}" is recorded`,
        }
      );
    }),
  };
}

export const ASSESSMENT_RULES: readonly CinRule[] = [
  {
    spec: cinSpec("1103", "error", "The assessment start date cannot be before the referral date", [
      "AssessmentActualStartDate",
      "CINreferralDate",
    ]),
    check: eachAssessment((a, e) => {
      const s = a.startDate;
      const r = e.referralDate?.serial;
      return s?.serial === undefined || r === undefined || s.serial >= r
        ? undefined
        : {
            line: s.line,
            element: START,
            values: { AssessmentActualStartDate: s.text, CINreferralDate: text(e.referralDate) },
            detail: `AssessmentActualStartDate ${s.text} is before CINreferralDate ${text(e.referralDate)}`,
          };
    }),
  },
  {
    spec: cinSpec("8608", "error", "Assessment Start Date cannot be later than its End Date", [
      "AssessmentActualStartDate",
      "AssessmentAuthorisationDate",
    ]),
    check: eachAssessment((a) => {
      const s = a.startDate?.serial;
      const d = a.authorisationDate;
      return s === undefined || d?.serial === undefined || d.serial >= s
        ? undefined
        : {
            line: d.line,
            element: END,
            values: { AssessmentActualStartDate: text(a.startDate), AssessmentAuthorisationDate: d.text },
            detail: `AssessmentAuthorisationDate ${d.text} is before AssessmentActualStartDate ${text(a.startDate)}`,
          };
    }),
  },
  {
    spec: cinSpec("8696", "error", "Assessment end date must fall within the census year", [
      "AssessmentAuthorisationDate",
      "ReferenceDate",
    ]),
    check: eachAssessment((a, _e, ctx) => {
      const d = a.authorisationDate;
      const { start, end } = ctx.header;
      return d?.serial === undefined || (d.serial >= start && d.serial <= end)
        ? undefined
        : {
            line: d.line,
            element: END,
            values: { AssessmentAuthorisationDate: d.text, ReferenceDate: ctx.header.referenceDate.text },
            detail: `AssessmentAuthorisationDate is ${d.text}, outside ${isoFromSerial(start)} to ${isoFromSerial(end)}`,
          };
    }),
  },
  {
    spec: cinSpec(
      "8736",
      "error",
      "For an Assessment that has not been completed, the start date must fall within the census year",
      ["AssessmentAuthorisationDate", "AssessmentActualStartDate"],
    ),
    check: eachAssessment((a, _e, ctx) => {
      const s = a.startDate;
      const { start, end } = ctx.header;
      return text(a.authorisationDate) !== "" || s?.serial === undefined || (s.serial >= start && s.serial <= end)
        ? undefined
        : {
            line: s.line,
            element: START,
            values: { AssessmentActualStartDate: s.text, AssessmentAuthorisationDate: "" },
            detail: `the open assessment started on ${s.text}, outside ${isoFromSerial(start)} to ${isoFromSerial(end)}`,
          };
    }),
  },
  {
    spec: cinSpec(
      "8670Q",
      "query",
      "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.",
      ["AssessmentActualStartDate"],
    ),
    check: eachAssessment((a, _e, ctx) => {
      const s = a.startDate;
      if (text(a.authorisationDate) !== "" || s?.serial === undefined) return undefined;
      const days = workdaysElapsed(s.serial, ctx.header.end, ctx.calendar);
      return days <= ASSESSMENT_WORKING_DAYS
        ? undefined
        : {
            line: s.line,
            element: START,
            values: { AssessmentActualStartDate: s.text, AssessmentAuthorisationDate: "" },
            detail: `the assessment started on ${s.text}, ${days} working days before ${isoFromSerial(ctx.header.end)}, and is still open`,
          };
    }),
  },
  {
    spec: cinSpec(
      "8897Q",
      "query",
      "Parental or child factors at assessment information is missing from a completed assessment",
      ["AssessmentAuthorisationDate", "AssessmentFactors"],
    ),
    check: eachAssessment((a, _e, ctx): CinFailure | undefined => {
      const d = a.authorisationDate;
      if (d?.serial === undefined || d.serial < ctx.header.start) return undefined;
      const bad = a.factors.find((f) => !ASSESSMENT_FACTORS.has(f.text.toUpperCase()));
      if (a.factors.length > 0 && !bad) return undefined;
      return bad
        ? {
            line: bad.line,
            element: FACTORS,
            values: { AssessmentFactors: bad.text },
            detail: `factor "${bad.text}" is not in DfE's code set`,
          }
        : {
            line: d.line,
            element: FACTORS,
            values: { AssessmentAuthorisationDate: d.text, AssessmentFactors: "" },
            detail: `the assessment completed on ${d.text} has no factors`,
          };
    }),
  },
  oldFactor("8945Q", "18A", "'18B' or '18C'"),
  oldFactor("8950Q", "19A", "'19B' or '19C'"),
];
