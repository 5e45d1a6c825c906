/**
 * Large reads refused with GeneralException below the documented 5 MB (read-faults.ts):
 * office-js-docs #1247, office-js #1012; the code as Excel.ErrorCodes documents it
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
import { createFakeExcel, failLargeResponses } from "../src";

const rows = (n: number): string[][] => Array.from({ length: n }, (_, r) => [`row ${r}`.padEnd(100, "x")]);

describe("failLargeResponses", () => {
  test("refuses a response over the threshold with GeneralException and delivers a smaller one", async () => {
    const { run, workbook } = createFakeExcel({ S: rows(100) });
    failLargeResponses(workbook, { overBytes: 5_000 });
    await expect(
      run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("S").getRange("A1:A100").load("values");
        await ctx.sync();
        return r.values;
      }),
    ).rejects.toMatchObject({ name: "RichApi.Error", code: "GeneralException" });
    const small = await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:A10").load("values");
      await ctx.sync();
      return r.values;
    });
    expect(small).toHaveLength(10);
  });

  test("fails at most `times` syncs, with the code given, and stops when cleared", async () => {
    const { run, workbook } = createFakeExcel({ S: rows(100) });
    const read = () =>
      run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("S").getRange("A1:A100").load("values");
        await ctx.sync();
        return r.values.length;
      });
    failLargeResponses(workbook, { overBytes: 5_000, code: "ResponsePayloadSizeLimitExceeded", times: 1 });
    await expect(read()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await expect(read()).resolves.toBe(100);
    failLargeResponses(workbook, { overBytes: 5_000 });
    failLargeResponses(workbook, undefined);
    await expect(read()).resolves.toBe(100);
  });
});
