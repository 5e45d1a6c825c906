/**
 * The format and code-list checks of the columns the figures read (DfE's 100-series rules of
 * the SSDA903 validation: 101 SEX, 102 DOB, 103 ETHNIC, 104 DUC, 105 UASC, 141 DECOM,
 * 143 RNE, 144 LS, 147 DEC, 149 REC). Wording as DfE's rules have it.
 */
import { parts, type FindingDraft, type ReturnRule } from "../common/rules";
import { ETHNIC_CODES, LS_CODES, REC_CODES, RNE_CODES, SEX_CODES, UASC_CODES } from "./codes";
import type { Context903 } from "./context";
import { dateText, type Child903 } from "./model";
import { at, badDateDetail, rule903 } from "./rule-kit";

function* headers(c: Context903): Iterable<Child903> {
  yield* c.ret.children.values();
  yield* c.ret.duplicateChildren;
}

/** A code check over the Header's children. */
function headerCode(
  code: string,
  message: string,
  field: "SEX" | "ETHNIC",
  list: ReadonlySet<string>,
): ReturnRule<Context903> {
  return rule903(code, "error", message, [field], function* (c) {
    for (const part of parts(headers(c))) {
      for (const h of part) {
        const v = field === "SEX" ? h.sex : h.ethnic;
        if (!list.has(v))
          yield at(h.id, h, field, { [field]: v }, v === "" ? "It is blank." : `"${v}" is not one of DfE's codes.`);
      }
      yield part.length;
    }
  });
}

/** A code check over the episodes (blank is left to the rules that require the item). */
function episodeCode(
  code: string,
  message: string,
  field: "RNE" | "LS" | "REC",
  list: ReadonlySet<string>,
): ReturnRule<Context903> {
  return rule903(code, "error", message, [field], function* (c) {
    for (const part of parts(c.ret.episodes)) {
      for (const e of part) {
        const v = field === "RNE" ? e.rne : field === "LS" ? e.ls : e.rec;
        if (v !== "" && !list.has(v)) yield at(e.child, e, field, { [field]: v }, `"${v}" is not one of DfE's codes.`);
      }
      yield part.length;
    }
  });
}

/** The episodes' dates: DECOM required, DEC blank while open. */
function episodeDate(code: string, message: string, field: "DECOM" | "DEC"): ReturnRule<Context903> {
  return rule903(code, "error", message, [field], function* (c) {
    for (const part of parts(c.ret.episodes)) {
      for (const e of part) {
        const serial = field === "DECOM" ? e.decom : e.dec;
        const detail =
          badDateDetail(e, field) ?? (field === "DECOM" && Number.isNaN(serial) ? "It is blank." : undefined);
        if (detail) yield at(e.child, e, field, { [field]: dateText(e, field, serial) }, detail);
      }
      yield part.length;
    }
  });
}

/** The 100-series rules. */
export const FORMAT_RULES: readonly ReturnRule<Context903>[] = [
  headerCode("101", "Gender code is not valid.", "SEX", SEX_CODES),
  rule903("102", "error", "Date of birth is not a valid date.", ["DOB"], function* (c) {
    for (const part of parts(headers(c))) {
      for (const h of part) {
        const detail = badDateDetail(h, "DOB") ?? (Number.isNaN(h.dob) ? "It is blank." : undefined);
        if (detail) yield at(h.id, h, "DOB", { DOB: dateText(h, "DOB", h.dob) }, detail);
      }
      yield part.length;
    }
  }),
  headerCode("103", "The ethnicity code is either not valid or has not been entered.", "ETHNIC", ETHNIC_CODES),
  rule903(
    "104",
    "error",
    "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.",
    ["DUC"],
    function* (c): Iterable<FindingDraft | number> {
      for (const part of parts(c.ret.uasc)) {
        for (const u of part) {
          const detail = badDateDetail(u, "DUC");
          if (detail) yield at(u.child, u, "DUC", { DUC: dateText(u, "DUC", u.duc) }, detail);
        }
        yield part.length;
      }
    },
  ),
  rule903(
    "105",
    "error",
    "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.",
    ["UASC"],
    function* (c) {
      for (const part of parts(headers(c))) {
        for (const h of part) {
          if (h.uasc !== undefined && !UASC_CODES.has(h.uasc)) yield at(h.id, h, "UASC", { UASC: h.uasc });
        }
        yield part.length;
      }
    },
    // The UASC item joined the header in 2018-19 (before, the UASC table alone said so).
    { from: 2018 },
  ),
  episodeDate("141", "Date episode began is not a valid date.", "DECOM"),
  episodeCode("143", "The reason for new episode code is not a valid code.", "RNE", RNE_CODES),
  episodeCode("144", "The legal status code is not a valid code.", "LS", LS_CODES),
  episodeDate("147", "Date episode ceased is not a valid date.", "DEC"),
  episodeCode("149", "Reason episode ceased code is not valid.", "REC", REC_CODES),
];
