/**
 * Selections other than one range (selection.ts): several areas refuse getSelectedRange and
 * are counted by getSelectedRanges
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeareas); a chart refuses both
 * with InvalidSelection (office-js #2268).
 */
import { createFakeExcel, selectAreas, selectChart } from "../src";

describe("special selections", () => {
  test("several areas: getSelectedRanges counts them, getSelectedRange throws", async () => {
    const { run, workbook } = createFakeExcel({ S: [[1, 2, 3]] });
    selectAreas(workbook, "S", ["A1:B2", "D1"]);
    const areas = await run(async (ctx) => {
      const a = ctx.workbook.getSelectedRanges().load("areaCount,address");
      await ctx.sync();
      return [a.areaCount, a.address];
    });
    expect(areas).toEqual([2, "S!A1:B2, S!D1"]);
    await expect(
      run(async (ctx) => {
        ctx.workbook.getSelectedRange().load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidSelection" });
  });

  test("a chart: both throw InvalidSelection until a range is selected", async () => {
    const { run, workbook } = createFakeExcel({ S: [[1]] });
    selectChart(workbook, "Chart 1");
    for (const get of ["getSelectedRange", "getSelectedRanges"] as const)
      await expect(
        run(async (ctx) => {
          ctx.workbook[get]().load("address");
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidSelection" });
    const address = await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").select();
      const r = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      return r.address;
    });
    expect(address).toBe("S!A1");
  });
});
