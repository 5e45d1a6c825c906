/**
 * Writes children in need census XML for tests and benchmarks, in the structure of any census
 * year from 2019-20 to 2025-26: `CINPlanDates` only from 2021-22, `Sex` (M/F/U) from 2024-25 in
 * place of `GenderCurrent` (1/2/9). A value left undefined is left out; "" writes an empty
 * element. Dates are ISO text, as the census writes them.
 */
import { prng } from "../prng";

/** An `Assessments` group. */
export interface GenAssessment {
  readonly start?: string;
  readonly review?: string;
  readonly authorised?: string;
  readonly factors?: readonly string[];
}

/** A `Section47` group. */
export interface GenSection47 {
  readonly start?: string;
  readonly target?: string;
  readonly icpc?: string;
  readonly notRequired?: string;
}

/** A `ChildProtectionPlans` group. */
export interface GenPlan {
  readonly start?: string;
  readonly end?: string;
  readonly initial?: string;
  readonly latest?: string;
  readonly previous?: string;
  readonly reviews?: readonly string[];
}

/** A `CINdetails` episode; defaults: source 1A, need N1, ReferralNFA 0. */
export interface GenEpisode {
  readonly referral?: string;
  readonly source?: string;
  readonly need?: string;
  readonly closure?: string;
  readonly reason?: string;
  readonly icpc?: string;
  readonly nfa?: string;
  readonly assessments?: readonly GenAssessment[];
  readonly cinPlans?: readonly { readonly start?: string; readonly end?: string }[];
  readonly section47s?: readonly GenSection47[];
  readonly plans?: readonly GenPlan[];
  /** Raw XML written at the end of the episode (an element of a later year, say). */
  readonly extra?: string;
}

/** A `Child`; the gender element follows the year unless `gender` is given with its element. */
export interface GenChild {
  readonly id?: string;
  readonly upn?: string;
  readonly birth?: string;
  /** The gender value in the year's element (GenderCurrent 1/2/9 to 2023-24, Sex M/F/U from 2024-25). */
  readonly gender?: string;
  readonly episodes?: readonly GenEpisode[];
  /** Raw XML written at the end of ChildIdentifiers. */
  readonly extraIdentifiers?: string;
}

/** A census file's header and children. */
export interface GenCensus {
  /** Start year of the census year (2023 for 2023-24). */
  readonly year: number;
  readonly children: readonly GenChild[];
  /** Defaults to 31 March of the census year's end. */
  readonly referenceDate?: string;
  /** Defaults to CIN. */
  readonly collection?: string;
  /** Write CINPlanDates even before 2021-22 (to test the note). */
  readonly cinPlansAnyYear?: boolean;
  /** The header's Source/LEA, the council's DfE LA number; defaults to 999 (no council). */
  readonly lea?: string;
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function el(name: string, value: string | undefined, indent: string): string {
  return value === undefined ? "" : `${indent}<${name}>${esc(value)}</${name}>\n`;
}

/** One child's XML in the structure of `year`. */
export function cinChildXml(child: GenChild, year: number, cinPlansAnyYear = false): string {
  const i3 = "      ";
  const i4 = i3 + "  ";
  const i5 = i4 + "  ";
  const i6 = i5 + "  ";
  let x = `    <Child>\n${i3}<ChildIdentifiers>\n`;
  x += el("LAchildID", child.id, i4) + el("UPN", child.upn, i4) + el("PersonBirthDate", child.birth, i4);
  x += el(year >= 2024 ? "Sex" : "GenderCurrent", child.gender ?? (year >= 2024 ? "F" : "2"), i4);
  x += child.extraIdentifiers ?? "";
  x += `${i3}</ChildIdentifiers>\n${i3}<ChildCharacteristics>\n${i4}<Ethnicity>WBRI</Ethnicity>\n${i3}</ChildCharacteristics>\n`;
  for (const e of child.episodes ?? []) {
    x += `${i3}<CINdetails>\n`;
    x += el("CINreferralDate", e.referral, i4) + el("ReferralSource", e.source ?? "1A", i4);
    x += el("PrimaryNeedCode", e.need ?? "N1", i4) + el("CINclosureDate", e.closure, i4);
    x += el("ReasonForClosure", e.reason, i4) + el("DateOfInitialCPC", e.icpc, i4);
    x += el("ReferralNFA", e.nfa ?? "0", i4);
    for (const a of e.assessments ?? []) {
      x += `${i4}<Assessments>\n` + el("AssessmentActualStartDate", a.start, i5);
      x += el("AssessmentInternalReviewDate", a.review, i5) + el("AssessmentAuthorisationDate", a.authorised, i5);
      if (a.factors) {
        x += `${i5}<FactorsIdentifiedAtAssessment>\n`;
        for (const f of a.factors) x += el("AssessmentFactors", f, i6);
        x += `${i5}</FactorsIdentifiedAtAssessment>\n`;
      }
      x += `${i4}</Assessments>\n`;
    }
    if (year >= 2021 || cinPlansAnyYear) {
      for (const p of e.cinPlans ?? []) {
        x += `${i4}<CINPlanDates>\n` + el("CINPlanStartDate", p.start, i5) + el("CINPlanEndDate", p.end, i5);
        x += `${i4}</CINPlanDates>\n`;
      }
    }
    for (const s of e.section47s ?? []) {
      x += `${i4}<Section47>\n` + el("S47ActualStartDate", s.start, i5) + el("InitialCPCtarget", s.target, i5);
      x += el("DateOfInitialCPC", s.icpc, i5) + el("ICPCnotRequired", s.notRequired ?? "false", i5);
      x += `${i4}</Section47>\n`;
    }
    for (const p of e.plans ?? []) {
      x += `${i4}<ChildProtectionPlans>\n` + el("CPPstartDate", p.start, i5) + el("CPPendDate", p.end, i5);
      x += el("InitialCategoryOfAbuse", p.initial ?? "NEG", i5) + el("LatestCategoryOfAbuse", p.latest ?? "NEG", i5);
      x += el("NumberOfPreviousCPP", p.previous ?? "0", i5);
      if (p.reviews) {
        x += `${i5}<Reviews>\n`;
        for (const r of p.reviews) x += el("CPPreviewDate", r, i6);
        x += `${i5}</Reviews>\n`;
      }
      x += `${i4}</ChildProtectionPlans>\n`;
    }
    x += e.extra ?? "";
    x += `${i3}</CINdetails>\n`;
  }
  return x + "    </Child>\n";
}

/** The header and the opening of `Children`. */
export function cinHeaderXml(census: Omit<GenCensus, "children">): string {
  const ref = census.referenceDate ?? `${census.year + 1}-03-31`;
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n` +
    `      <Collection>${census.collection ?? "CIN"}</Collection>\n      <Year>${census.year + 1}</Year>\n` +
    `      <ReferenceDate>${ref}</ReferenceDate>\n    </CollectionDetails>\n    <Source>\n` +
    `      <SourceLevel>L</SourceLevel>\n      <LEA>${census.lea ?? "999"}</LEA>\n    </Source>\n  </Header>\n  <Children>\n`
  );
}

/** The closing of `Children` and `Message`. */
export const CIN_FOOTER_XML = "  </Children>\n</Message>\n";

/** A whole census file's text. */
export function cinCensusXml(census: GenCensus): string {
  const body = census.children.map((c) => cinChildXml(c, census.year, census.cinPlansAnyYear)).join("");
  return cinHeaderXml(census) + body + CIN_FOOTER_XML;
}

function iso(serialDays: number): string {
  return new Date(serialDays * 86400000).toISOString().slice(0, 10);
}

/**
 * A large county's census as text chunks (about 700 bytes a child, written without indentation),
 * generated as it is read so the file never has to be held whole: `children` children of the
 * census year starting in `year`, each with one or two episodes in turn (the first may have
 * been open since before the year), assessments, some section 47 enquiries, conferences and
 * plans, mostly passing DfE's rules.
 */
export function* largeCinCensus(children: number, year = 2023, seed = 20240331): Generator<string> {
  const rand = prng(seed);
  const start = Date.UTC(year, 3, 1) / 86400000;
  const end = Date.UTC(year + 1, 2, 31) / 86400000;
  yield cinHeaderXml({ year });
  let batch = "";
  for (let n = 1; n <= children; n++) {
    const episodes: GenEpisode[] = [];
    const count = rand() < 0.12 ? 2 : 1;
    let referral = start - 60 + Math.floor(rand() * 200);
    for (let k = 0; k < count && referral <= end; k++) {
      const inYear = referral >= start;
      const nfa = inYear && rand() < 0.2;
      const authorised = Math.max(start, referral + 10 + Math.floor(rand() * 70));
      const s47 = !nfa && inYear && referral + 25 <= end && rand() < 0.3;
      const icpc = referral + 19;
      const plan = s47 && rand() < 0.5;
      const planEnd = icpc + 90 + Math.floor(rand() * 400);
      const closure = Math.max(start, referral + 60 + Math.floor(rand() * 60));
      const last = k === count - 1 || closure + 10 > end;
      const closed = !last && !(plan && planEnd > closure);
      episodes.push({
        referral: iso(referral),
        nfa: nfa ? "1" : "0",
        ...(closed ? { closure: iso(closure), reason: "RC1" } : {}),
        assessments: nfa
          ? []
          : [
              {
                start: iso(referral + 2),
                ...(authorised <= end ? { authorised: iso(authorised), factors: ["1A", "18B"] } : {}),
              },
            ],
        cinPlans: !nfa && !plan && rand() < 0.4 && authorised + 5 <= end ? [{ start: iso(authorised + 5) }] : [],
        section47s: s47 ? [{ start: iso(referral + 5), target: iso(referral + 20), icpc: iso(icpc) }] : [],
        plans: plan
          ? [
              {
                start: iso(icpc),
                ...(planEnd <= end ? { end: iso(planEnd) } : {}),
                previous: String(Math.floor(rand() * 2)),
              },
            ]
          : [],
      });
      if (!closed) break;
      referral = closure + 10 + Math.floor(rand() * 60);
    }
    batch += cinChildXml({ id: `C${n}`, birth: iso(start - 3000), episodes }, year).replace(/\n\s+/g, "\n");
    if (batch.length > 60_000) {
      yield batch;
      batch = "";
    }
  }
  yield batch + CIN_FOOTER_XML;
}
