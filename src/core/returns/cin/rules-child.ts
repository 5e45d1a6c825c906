/**
 * DfE rules on the census as a whole and on the child's identifiers (CIN census validation
 * rules; wording as DfE writes it).
 */
import { isoFromSerial, ymdFromSerial } from "../../dates";
import { GENDER_CODES, SEX_CODES } from "./codes";
import { cinSpec, shown, text, type CinRule } from "./rule-kit";

/** Rule 100, checked once per census (on the header), not per child. */
export const RULE_100 = cinSpec("100", "error", "Reference Date is incorrect", ["ReferenceDate"]);

/** Whether the ReferenceDate is 31 March (rule 100: it must be 31 March of the collection year). */
export function referenceDateIsCorrect(serial: number): boolean {
  const { month, day } = ymdFromSerial(serial);
  return month === 3 && day === 31;
}

export const CHILD_RULES: readonly CinRule[] = [
  {
    spec: cinSpec("8500", "error", "LA Child ID missing", ["LAchildID"]),
    check: (child, _ctx, fail) => {
      if (child.id === "") {
        fail({
          line: child.idValue?.line ?? child.line,
          element: "ChildIdentifiers/LAchildID",
          values: { LAchildID: "" },
          detail: "this child has no LAchildID",
        });
      }
    },
  },
  {
    spec: cinSpec("8510", "error", "More than one child record with the same LA Child ID", ["LAchildID"]),
    check: (child, ctx, fail) => {
      if (child.id === "") return;
      const first = ctx.seen.get(child.id);
      if (first === undefined) ctx.seen.set(child.id, child.line);
      else {
        fail({
          line: child.idValue?.line ?? child.line,
          element: "ChildIdentifiers/LAchildID",
          values: { LAchildID: child.id },
          detail: `LAchildID "${child.id}" is also the child on line ${first}`,
        });
      }
    },
  },
  {
    spec: cinSpec("8590", "error", "Child does not have a recorded CIN episode.", ["LAchildID"]),
    check: (child, _ctx, fail) => {
      if (child.episodes.length === 0) {
        fail({
          line: child.line,
          element: "Child",
          values: { LAchildID: child.id },
          detail: "there is no CINdetails group",
        });
      }
    },
  },
  {
    spec: cinSpec("4180", "error", "Gender is missing", ["GenderCurrent"], { to: 2023 }),
    check: (child, _ctx, fail) => {
      const g = child.genderCurrent;
      if (!g || !GENDER_CODES.has(g.text)) {
        fail({
          line: g?.line ?? child.line,
          element: "ChildIdentifiers/GenderCurrent",
          values: { GenderCurrent: text(g) },
          detail: `GenderCurrent is ${shown(g)} (0, 1, 2 or 9)`,
        });
      }
    },
  },
  {
    spec: cinSpec("4180", "error", "Sex must be provided and equal M, F, or U", ["Sex"], { from: 2024 }),
    check: (child, _ctx, fail) => {
      const s = child.sex;
      if (!s || !SEX_CODES.has(s.text)) {
        fail({
          line: s?.line ?? child.line,
          element: "ChildIdentifiers/Sex",
          values: { Sex: text(s) },
          detail: `Sex is ${shown(s)}`,
        });
      }
    },
  },
  {
    spec: cinSpec(
      "8520",
      "error",
      "Date of Birth is after data collection period (must be on or before the end of the census period)",
      ["PersonBirthDate", "ReferenceDate"],
    ),
    check: (child, ctx, fail) => {
      const b = child.birthDate;
      if (b?.serial !== undefined && b.serial > ctx.header.end) {
        fail({
          line: b.line,
          element: "ChildIdentifiers/PersonBirthDate",
          values: { PersonBirthDate: b.text, ReferenceDate: ctx.header.referenceDate.text },
          detail: `PersonBirthDate is ${b.text}, after the census ends on ${isoFromSerial(ctx.header.end)}`,
        });
      }
    },
  },
];
