/**
 * The workbook's date system and Workbook.functions.date (date-system.ts): DATE(1904,1,1) is 1462
 * in the 1900 system and 0 in the 1904 one ("1900 and 1904 date system in Excel",
 * https://learn.microsoft.com/en-us/office/troubleshoot/excel/1900-and-1904-date-system);
 * DATE's year 0-1899 has 1900 added, and a day before the system's first is #NUM!
 * (support.microsoft.com, "DATE function"). And Application.calculate, which the add-in asks for
 * when the custom functions answered before it knew the workbook's date system.
 */
import { createFakeExcel, useDate1904 } from "../src";

async function date(wb1904: boolean, y: number, m: number, d: number): Promise<[number | undefined, string]> {
  const { run, workbook } = createFakeExcel();
  if (wb1904) useDate1904(workbook);
  return run(async (ctx) => {
    const r = ctx.workbook.functions.date(y, m, d).load("value,error");
    await ctx.sync();
    return [r.error ? undefined : r.value, r.error];
  });
}

describe("Workbook.functions.date", () => {
  test("gives the serial of the workbook's own date system", async () => {
    expect(await date(false, 1904, 1, 1)).toEqual([1462, ""]);
    expect(await date(true, 1904, 1, 1)).toEqual([0, ""]);
    expect(await date(false, 2021, 4, 1)).toEqual([44287, ""]);
    expect(await date(true, 2021, 4, 1)).toEqual([44287 - 1462, ""]);
    expect(await date(false, 1900, 1, 1)).toEqual([1, ""]);
  });

  test("carries months and days over, adds 1900 to a small year, and refuses a day before the system", async () => {
    expect(await date(false, 2021, 13, 1)).toEqual([await date(false, 2022, 1, 1).then((r) => r[0]), ""]);
    expect(await date(false, 121, 4, 1)).toEqual([44287, ""]);
    expect(await date(true, 1903, 12, 31)).toEqual([undefined, "#NUM!"]);
  });
});

describe("Application.calculate", () => {
  test("is applied at the sync, recorded in order, and refuses a type Excel does not have", async () => {
    const { run, workbook } = createFakeExcel();
    await run(async (ctx) => {
      ctx.workbook.application.calculate("Full");
      expect(workbook.calculations).toEqual([]); // queued, not yet sent
      ctx.application.calculate("Recalculate");
      await ctx.sync();
    });
    expect(workbook.calculations).toEqual(["Full", "Recalculate"]);
    await expect(
      run(async (ctx) => {
        ctx.workbook.application.calculate("Everything" as Excel.CalculationType);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(workbook.calculations).toEqual(["Full", "Recalculate"]);
  });
});
