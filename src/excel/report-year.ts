/**
 * Which year the report sheet shows, from the record the add-in keeps with the workbook when
 * it writes the report (report-state.ts): a refresh for another year asks first.
 * Settings.getItemOrNullObject is ExcelApi 1.4
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.settingcollection#excel-excel-settingcollection-getitemornullobject-member(1)).
 */
import { parseStoredReport, REPORT_SETTING } from "./report-state";

/** The report year ("2021-22") of the report the add-in last wrote, or undefined when none is recorded. */
export async function reportSheetYear(): Promise<string | undefined> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(REPORT_SETTING);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? undefined : parseStoredReport(setting.value)?.reportYear;
  });
}
