/**
 * The council the officer chose to compare as, when the Settings' local authority is not one of
 * DfE's, kept in the add-in's document settings so the choice survives closing the pane, and
 * never in the officer's cells (the Settings table stays as written).
 * Excel.SettingCollection is ExcelApi 1.4: getItemOrNullObject and add
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.settingcollection).
 */
import type { CompareAs } from "../core/benchmarks";

/** The document setting's key. */
export const COMPARE_AS_SETTING = "CSC.compareAs";

/** The stored choice, or undefined when none is stored or the stored value is not one. */
export function parseCompareAs(value: unknown): CompareAs | undefined {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v) as unknown;
    } catch {
      return undefined;
    }
  }
  if (typeof v !== "object" || v === null) return undefined;
  const { given, code } = v as Record<string, unknown>;
  return typeof given === "string" && typeof code === "string" ? { given, code } : undefined;
}

/** The choice kept with the workbook, if any. */
export async function readCompareAs(): Promise<CompareAs | undefined> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(COMPARE_AS_SETTING);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? undefined : parseCompareAs(setting.value);
  });
}

/** Keeps the choice with the workbook (in its add-in settings, not in a cell). */
export async function saveCompareAs(choice: CompareAs): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(COMPARE_AS_SETTING, JSON.stringify({ given: choice.given, code: choice.code }));
    await context.sync();
  });
}

/** Forgets the choice kept with the workbook, so the pane asks again. */
export async function forgetCompareAs(): Promise<void> {
  await Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(COMPARE_AS_SETTING);
    await context.sync();
    if (!setting.isNullObject) setting.delete();
    await context.sync();
  });
}
