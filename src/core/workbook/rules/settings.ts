/**
 * The Settings table (Setting | Value): each known setting read as its kind. The
 * timeliness limit (45 working days, Working Together) and trend threshold (25%) fall back
 * to their usual values with a warning; the other settings are required. A setting given
 * twice, a limit or population of 0 and a population estimate much older than the report
 * year are reported at their cell.
 */
import type { SettingKey, Settings } from "../model";
import type { LocatedTable } from "../locate";
import { SETTINGS_ROWS, normaliseLabel, type SettingSpec } from "../layout";
import { finding, type FindingSink, type ZeroSetting } from "../issues";
import { isBlankValue, isProblem, readCount, readPeriod, readShare, shareText, shown, shownAsDate } from "../cells";
import { ymdFromSerial, type FinancialYear, formatPeriod } from "../../dates";
import { NTS_RATE_MAX } from "../../indicators";
import { dateInCount, isDateCell, reportProblem } from "./table";
import { formatCell, formatNumber } from "../../base";

/**
 * A population estimate more than this many years before the report year's start is
 * flagged. ONS publishes a mid-year estimate every year, about a year after its mid-year
 * (mid-2020 in summer 2021), so a report written after 31 March can use one at most a year
 * or two old; the 2021-22 sample uses the mid-2019 estimate (2 years), as old as passes.
 */
export const POPULATION_MAX_AGE = 2;

/** Settings that must not be 0: a limit of 0 working days, a population of 0 children, an NTS rate of 0. */
const NOT_ZERO: readonly ZeroSetting[] = ["timelinessLimit", "under18Population", "ntsRate"];

/** True for a setting whose value 0 breaks the report. */
function isZeroSetting(key: SettingSpec["key"]): key is ZeroSetting {
  return (NOT_ZERO as readonly string[]).includes(key);
}

/** The settings that could be read, with the cell of each. */
export interface ReadSettings {
  readonly values: Partial<Settings>;
  readonly cells: Partial<Record<SettingKey, string>>;
}

function readValue(
  spec: SettingSpec,
  v: unknown,
  dateFormatted: boolean,
): string | number | FinancialYear | ReturnType<typeof readCount> | ReturnType<typeof readPeriod> {
  switch (spec.kind) {
    case "count":
      return readCount(v);
    case "share":
      return readShare(v);
    case "year":
      return readPeriod(v, "year", false, dateFormatted);
    default:
      // "30/06/2019" typed for the estimate year is a date: its year, not the serial 43646.
      if (spec.key === "populationYear" && typeof v === "number" && (dateFormatted || v >= 10000))
        return String(ymdFromSerial(v).year);
      return typeof v === "string" ? v.trim() : String(v);
  }
}

/** The calendar year in a population year setting ("2019", "mid-2019", "2019 mid-year"), or undefined. */
export function estimateYear(text: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Same value, for a setting given twice: text compared trimmed and case-insensitively. */
function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): string => (typeof v === "string" ? v.trim().toLowerCase() : String(v));
  return norm(a) === norm(b);
}

/** Reads the settings, adding findings to `sink`. `t` is undefined when the table is missing (already reported). */
export function readSettings(t: LocatedTable | undefined, sink: FindingSink): ReadSettings {
  const values: Record<string, unknown> = {};
  const cells: Partial<Record<SettingKey, string>> = {};
  if (!t) return { values: {}, cells };
  const labelCol = t.left + (t.columnIndex[0] ?? 0);
  const valueCol = t.left + (t.columnIndex[1] ?? 1);
  const rowsByLabel = new Map<string, number>();
  const known = new Map(SETTINGS_ROWS.map((s) => [normaliseLabel(s.label), s]));
  const valueIx = t.columnIndex[1] ?? 1;
  // A value as the officer sees it: a date-formatted cell as dd/mm/yyyy.
  const valueText = (v: unknown, row: number): string =>
    isDateCell(t, row, valueIx) ? shownAsDate(v, true) : shown(v ?? "");
  t.rows.forEach((raw, i) => {
    const label = raw[t.columnIndex[0] ?? 0];
    if (typeof label !== "string") return;
    const key = normaliseLabel(label);
    const first = rowsByLabel.get(key);
    if (first === undefined) {
      rowsByLabel.set(key, i);
      return;
    }
    const spec = known.get(key);
    if (!spec) return; // the officer's own notes may repeat
    // The first row is read; a second row with another value is a slip either way.
    const firstValue = t.rows[first]?.[valueIx];
    const same = sameValue(firstValue, raw[valueIx]);
    sink.add(
      finding(
        "setting-duplicate",
        t.sheet,
        formatCell({ row: t.top + 1 + i, col: labelCol }),
        {
          setting: spec.label,
          firstCell: formatCell({ row: t.top + 1 + first, col: valueCol }),
          value: valueText(raw[valueIx], i),
          firstValue: valueText(firstValue, first),
          same,
        },
        same ? "warning" : "error",
      ),
    );
  });
  const header = formatCell({ row: t.top, col: labelCol });

  for (const spec of SETTINGS_ROWS) {
    const i = rowsByLabel.get(normaliseLabel(spec.label));
    const raw = i === undefined ? undefined : t.rows[i]?.[t.columnIndex[1] ?? 1];
    const cell = i === undefined ? header : formatCell({ row: t.top + 1 + i, col: valueCol });
    cells[spec.key] = cell;
    if (i === undefined || isBlankValue(raw)) {
      if (spec.optional) continue;
      if (spec.fallback !== undefined) {
        const shown = spec.kind === "share" ? shareText(spec.fallback) : String(spec.fallback);
        sink.add(finding("setting-default", t.sheet, cell, { setting: spec.label, value: shown }));
        values[spec.key] = spec.fallback;
      } else if (i === undefined) sink.add(finding("setting-missing", t.sheet, header, { setting: spec.label }));
      else sink.add(finding("blank", t.sheet, cell, { what: spec.label, column: "value" }));
      continue;
    }
    const dateFormatted = isDateCell(t, i, valueIx);
    const v = readValue(spec, raw, dateFormatted);
    if (isProblem(v)) {
      reportProblem(sink, t, cell, v, { column: "Value", what: spec.label }, spec.key);
      // A report year Excel turned into a date is still read (period-as-date is a warning).
      if (v.period?.kind === "year") values[spec.key as "reportYear"] = v.period;
      continue;
    }
    if (typeof v === "number" && Number.isNaN(v)) continue; // blank handled above
    if (spec.kind === "count" && typeof v === "number" && dateFormatted) {
      sink.add(finding("date-in-count", t.sheet, cell, dateInCount(v, "Value", spec.label)));
      continue;
    }
    if (spec.maxLength !== undefined && typeof v === "string" && [...v].length > spec.maxLength) {
      sink.add(
        finding("setting-too-long", t.sheet, cell, { setting: spec.label, length: [...v].length, max: spec.maxLength }),
      );
      continue;
    }
    if (v === 0 && isZeroSetting(spec.key)) {
      sink.add(finding("setting-zero", t.sheet, cell, { setting: spec.label, key: spec.key }));
      continue;
    }
    if (spec.key === "ntsRate" && typeof v === "number" && v > NTS_RATE_MAX) {
      sink.add(
        finding("nts-rate-high", t.sheet, cell, {
          setting: spec.label,
          shown: shareText(v),
          max: shareText(NTS_RATE_MAX),
          meant: `${Math.round(v * 10000) / 10000}%`,
        }),
      );
      continue;
    }
    values[spec.key] = v;
  }
  checkPopulationAge(values as Partial<Settings>, cells, t.sheet, sink);
  checkPopulationSize(values as Partial<Settings>, cells, t.sheet, sink);
  return { values: values as Partial<Settings>, cells };
}

/**
 * The range of English councils' under-18 populations: ONS mid-year estimates (persons aged 0
 * to 17) run from about 400 (Isles of Scilly) to about 350,000 (Kent). Outside it the figure
 * is almost surely typed in thousands (274 for 274,300), a whole region's, or with a digit too
 * many, and every rate per 10,000 would be wrong. A warning, not an error: it can be read past.
 */
export const UNDER18_PLAUSIBLE = { low: 300, high: 500_000 } as const;

/** Warns when the under-18 population is outside {@link UNDER18_PLAUSIBLE}. */
function checkPopulationSize(
  values: Partial<Settings>,
  cells: Partial<Record<SettingKey, string>>,
  sheet: string,
  sink: FindingSink,
): void {
  const n = values.under18Population;
  const cell = cells.under18Population;
  if (n === undefined || !cell || (n >= UNDER18_PLAUSIBLE.low && n <= UNDER18_PLAUSIBLE.high)) return;
  sink.add(finding("population-implausible", sheet, cell, { shown: formatNumber(n) }));
}

/** Warns when the population estimate is more than {@link POPULATION_MAX_AGE} years older than the report year. */
function checkPopulationAge(
  values: Partial<Settings>,
  cells: Partial<Record<SettingKey, string>>,
  sheet: string,
  sink: FindingSink,
): void {
  const { reportYear, populationYear } = values;
  const cell = cells.populationYear;
  if (!reportYear || populationYear === undefined || !cell) return;
  const year = estimateYear(populationYear);
  if (year === undefined) return;
  const age = reportYear.startYear - year;
  if (age <= POPULATION_MAX_AGE) return;
  sink.add(
    finding("population-old", sheet, cell, {
      estimateYear: String(year),
      age,
      reportYear: formatPeriod(reportYear),
      limit: POPULATION_MAX_AGE,
    }),
  );
}
