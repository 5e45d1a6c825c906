/**
 * The Settings table (Setting | Value): each known setting read as its kind. The
 * timeliness limit (45 working days, Working Together) and trend threshold (25%) fall back
 * to their usual values with a warning; the other settings are required.
 */
import type { FinancialYear, Settings } from "../model";
import type { LocatedTable } from "../locate";
import { SETTINGS_ROWS, normaliseLabel, type SettingSpec } from "../layout";
import { a1 } from "../address";
import { finding, type FindingSink } from "../issues";
import { isBlankValue, isProblem, readCount, readPeriod, readShare, shareText } from "../cells";
import { reportProblem } from "./table";

/** The settings that could be read, with the cell of each. */
export interface ReadSettings {
  readonly values: Partial<Settings>;
  readonly cells: Partial<Record<SettingSpec["key"], string>>;
}

function readValue(
  spec: SettingSpec,
  v: unknown,
): string | number | FinancialYear | ReturnType<typeof readCount> | ReturnType<typeof readPeriod> {
  switch (spec.kind) {
    case "count":
      return readCount(v);
    case "share":
      return readShare(v);
    case "year":
      return readPeriod(v, "year");
    default:
      return typeof v === "string" ? v.trim() : String(v);
  }
}

/** Reads the settings, adding findings to `sink`. `t` is undefined when the table is missing (already reported). */
export function readSettings(t: LocatedTable | undefined, sink: FindingSink): ReadSettings {
  const values: Record<string, unknown> = {};
  const cells: Partial<Record<SettingSpec["key"], string>> = {};
  if (!t) return { values: {}, cells };
  const labelCol = t.left + (t.columnIndex[0] ?? 0);
  const valueCol = t.left + (t.columnIndex[1] ?? 1);
  const rowsByLabel = new Map<string, number>();
  t.rows.forEach((raw, i) => {
    const label = raw[t.columnIndex[0] ?? 0];
    if (typeof label === "string" && !rowsByLabel.has(normaliseLabel(label))) rowsByLabel.set(normaliseLabel(label), i);
  });
  const header = a1(t.top, labelCol);

  for (const spec of SETTINGS_ROWS) {
    const i = rowsByLabel.get(normaliseLabel(spec.label));
    const raw = i === undefined ? undefined : t.rows[i]?.[t.columnIndex[1] ?? 1];
    const cell = i === undefined ? header : a1(t.top + 1 + i, valueCol);
    cells[spec.key] = cell;
    if (i === undefined || isBlankValue(raw)) {
      if (spec.fallback !== undefined) {
        const shown = spec.kind === "share" ? shareText(spec.fallback) : String(spec.fallback);
        sink.add(finding("setting-default", t.sheet, cell, { setting: spec.label, value: shown }));
        values[spec.key] = spec.fallback;
      } else if (i === undefined) sink.add(finding("setting-missing", t.sheet, header, { setting: spec.label }));
      else sink.add(finding("blank", t.sheet, cell, { what: spec.label, column: "value" }));
      continue;
    }
    const v = readValue(spec, raw);
    if (isProblem(v)) {
      reportProblem(sink, t, cell, v, { column: "Value", what: spec.label }, spec.key);
      continue;
    }
    if (typeof v === "number" && Number.isNaN(v)) continue; // blank handled above
    values[spec.key] = v;
  }
  return { values: values as Partial<Settings>, cells };
}
