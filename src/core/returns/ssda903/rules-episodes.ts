/**
 * The episode rules that guard the counts (SSDA903 validation): episodes left open or
 * overlapping (142, 501), dates outside the year or in the wrong order (354, 385, 356), the
 * short-break limits (365, 367), and continuity with last year's return when it is given (502,
 * NoE). Wording as DfE's rules have it.
 */
import { ukFromSerial } from "../../dates";
import { parts, type ReturnRule } from "../common/rules";
import type { Context903 } from "./context";
import { byChild } from "./context";
import { dateText, type Episode903 } from "./model";
import { at, rule903 } from "./rule-kit";

const uk = (s: number) => (Number.isNaN(s) ? "" : ukFromSerial(s));
const DAY = 1;

/** The episode's dates as written. */
const dates = (e: Episode903) => ({ DECOM: dateText(e, "DECOM", e.decom), DEC: dateText(e, "DEC", e.dec) });

/** The short-break rules' legal status: V3, a single short-term placement. */
const V3 = "V3";

export const EPISODE_RULES: readonly ReturnRule<Context903>[] = [
  rule903(
    "142",
    "error",
    "A new episode has started, but the previous episode has not ended.",
    ["DEC", "REC"],
    function* (c) {
      for (const part of parts(c.episodesByChild)) {
        for (const [child, eps] of part) {
          for (let i = 0; i < eps.length - 1; i++) {
            const e = eps[i] as Episode903;
            if (Number.isNaN(e.decom)) continue;
            if ((Number.isNaN(e.dec) && !e.bad?.DEC) || e.rec === "") {
              yield at(child, e, Number.isNaN(e.dec) ? "DEC" : "REC", { ...dates(e), REC: e.rec });
            }
          }
        }
        yield part.length;
      }
    },
  ),
  rule903(
    "501",
    "error",
    "A new episode has started before the end date of the previous episode.",
    ["DECOM", "DEC"],
    function* (c) {
      for (const part of parts(c.episodesByChild)) {
        for (const [child, eps] of part) {
          for (let i = 1; i < eps.length; i++) {
            const prev = eps[i - 1] as Episode903;
            const e = eps[i] as Episode903;
            if (e.decom < prev.dec) {
              yield at(
                child,
                e,
                "DECOM",
                { DECOM: uk(e.decom), DEC: uk(prev.dec) },
                `This episode began ${uk(e.decom)}; the one before ended ${uk(prev.dec)}.`,
              );
            }
          }
        }
        yield part.length;
      }
    },
  ),
  rule903(
    "354",
    "error",
    "Date episode started must be on or before the end of the current collection year.",
    ["DECOM"],
    function* (c) {
      for (const part of parts(c.ret.episodes)) {
        for (const e of part)
          if (e.decom > c.end) yield at(e.child, e, "DECOM", { DECOM: uk(e.decom) }, `The year ended ${uk(c.end)}.`);
        yield part.length;
      }
    },
  ),
  rule903(
    "385",
    "error",
    "Date episode ceased must be on or before the end of the current collection year.",
    ["DEC"],
    function* (c) {
      for (const part of parts(c.ret.episodes)) {
        for (const e of part)
          if (e.dec > c.end) yield at(e.child, e, "DEC", { DEC: uk(e.dec) }, `The year ended ${uk(c.end)}.`);
        yield part.length;
      }
    },
  ),
  rule903(
    "356",
    "error",
    "The date the episode ceased is before the date the same episode started.",
    ["DECOM", "DEC"],
    function* (c) {
      for (const part of parts(c.ret.episodes)) {
        for (const e of part) if (e.dec < e.decom) yield at(e.child, e, "DEC", dates(e));
        yield part.length;
      }
    },
  ),
  rule903(
    "365",
    "error",
    "Any individual short- term respite placement must not exceed 17 days.",
    ["LS", "DECOM", "DEC"],
    function* (c) {
      for (const part of parts(c.ret.episodes)) {
        for (const e of part) {
          if (e.ls !== V3 || Number.isNaN(e.decom)) continue;
          const end = Number.isNaN(e.dec) ? c.end : e.dec;
          if (end > e.decom + 17 * DAY)
            yield at(
              e.child,
              e,
              "DEC",
              { LS: e.ls, ...dates(e) },
              `It lasted ${end - e.decom} days${Number.isNaN(e.dec) ? " to the year's end" : ""}.`,
            );
        }
        yield part.length;
      }
    },
  ),
  rule903(
    "367",
    "error",
    "The maximum amount of respite care allowable is 75 days in any 12-month period.",
    ["LS", "DECOM", "DEC"],
    function* (c) {
      for (const part of parts(c.episodesByChild)) {
        for (const [child, eps] of part) {
          let days = 0;
          let first: Episode903 | undefined;
          for (const e of eps) {
            if (e.ls !== V3 || Number.isNaN(e.decom)) continue;
            // DfE counts the days of short breaks within the collection year.
            const from = Math.max(e.decom, c.start);
            const to = Math.min(Number.isNaN(e.dec) ? c.end : e.dec, c.end);
            if (to > from) {
              days += to - from;
              first ??= e;
            }
          }
          if (first && days > 75)
            yield at(
              child,
              first,
              "LS",
              { LS: V3, ...dates(first) },
              `This child's V3 short breaks add up to ${days} days in the year.`,
            );
        }
        yield part.length;
      }
    },
  ),
  rule903(
    "502",
    "error",
    "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.",
    ["DECOM"],
    function* (c) {
      if (!c.previous) return;
      const last = byChild(c.previous);
      for (const part of parts(c.episodesByChild)) {
        for (const [child, eps] of part) {
          const open = last.get(child)?.find((e) => Number.isNaN(e.dec) && !e.bad?.DEC);
          const first = eps[0];
          if (open && first && first.decom !== open.decom) {
            yield at(
              child,
              first,
              "DECOM",
              { DECOM: uk(first.decom) },
              `Last year's open episode began ${uk(open.decom)}.`,
            );
          }
        }
        yield part.length;
      }
    },
  ),
  rule903(
    "NoE",
    "query",
    "This child has no episodes loaded for previous year even though child started to be looked after before this current year.",
    ["DECOM"],
    function* (c) {
      if (!c.previous) return;
      const last = new Set(c.previous.episodes.map((e) => e.child));
      for (const part of parts(c.episodesByChild)) {
        for (const [child, eps] of part) {
          const early = eps.find((e) => e.decom < c.start);
          if (early && !last.has(child)) yield at(child, early, "DECOM", { DECOM: uk(early.decom) });
        }
        yield part.length;
      }
    },
  ),
];
