/**
 * Sync counters, Excel on the web's payload and cell limits, and fault injection.
 * Limits: https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * ("Excel on the web has a payload size limit for requests and responses of 5MB";
 * "A range is limited to five million cells for get operations").
 * Error codes: https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
 */
import { createFakeExcel } from "../src";

const big = (rows: number, cols: number, width: number): string[][] =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `${r}:${c}:`.padEnd(width, "x")));

describe("stats", () => {
  test("counts syncs and the JSON bytes of each request and response", async () => {
    const { run, workbook } = createFakeExcel({ S: [[1]] });
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("S").getRange("A2:B2").values = [["é", "x".repeat(1000)]];
      await ctx.sync();
      return r.values;
    });
    const { stats } = workbook;
    expect(stats.syncs).toBe(2);
    expect(stats.requests).toHaveLength(2);
    expect(stats.responses).toHaveLength(2);
    expect(stats.requests[1]?.bytes).toBeGreaterThan(1000);
    expect(stats.responses[0]?.bytes).toBe(JSON.stringify([{ values: [[1]] }]).length);
    expect(stats.maxRequestBytes).toBe(Math.max(...stats.requests.map((r) => r.bytes)));
    expect(stats.maxResponseBytes).toBe(stats.responses[0]?.bytes);
    // The one load, by the path of the object it read; the write is not a load.
    expect(stats.loads).toEqual([{ path: expect.stringContaining('getRange("A1")'), load: "values" }]);
    workbook.resetStats();
    expect(workbook.stats.syncs).toBe(0);
    expect(workbook.stats.loads).toEqual([]);
  });

  test("Excel.run adds no sync when nothing is queued", async () => {
    const { run, workbook } = createFakeExcel();
    await run(async (ctx) => {
      ctx.workbook.worksheets.load("items");
      await ctx.sync();
    });
    expect(workbook.stats.syncs).toBe(1);
  });
});

describe("payload limits (5 MB per request and per response)", () => {
  test("a write over 5 MB rejects with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const { run, workbook } = createFakeExcel({ S: [] });
    const values = big(1000, 50, 110); // ~5.5 MB of JSON
    const before = workbook.snapshot();
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["small"]];
        ctx.workbook.worksheets.getItem("S").getRange("A1:AX1000").values = values;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded", name: "RichApi.Error" });
    expect(workbook.snapshot()).toEqual(before);
    expect(workbook.stats.maxRequestBytes).toBeGreaterThan(5_000_000);
  });

  test("the same data written in two halves fits", async () => {
    const { run, workbook } = createFakeExcel({ S: [] });
    const values = big(1000, 50, 110);
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.getRange("A1:AX500").values = values.slice(0, 500);
      await ctx.sync();
      s.getRange("A501:AX1000").values = values.slice(500);
      await ctx.sync();
    });
    expect(workbook.getValues("S", "AX1000")).toEqual([[values[999]?.[49]]]);
    expect(workbook.stats.maxRequestBytes).toBeLessThan(5_000_000);
  });

  test("a read over 5 MB rejects with ResponsePayloadSizeLimitExceeded", async () => {
    const { run, workbook } = createFakeExcel({ S: [] });
    workbook.setValues("S", "A1", big(1000, 50, 110));
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:AX1000").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("limits are configurable per workbook", async () => {
    const { run, workbook } = createFakeExcel({ S: [] });
    workbook.limits.payloadBytes = 100;
    await expect(
      run(async (ctx) => void (ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(200)]])),
    ).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
  });
});

describe("5,000,000-cell read limit", () => {
  test("loading values of A:E (5,242,880 cells) rejects with RangeExceedsLimit; its address is fine", async () => {
    const { run } = createFakeExcel({ S: [] });
    const address = await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A:E").load("address, cellCount");
      await ctx.sync();
      return r.address;
    });
    expect(address).toBe("S!A:E");
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A:E").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });
});

describe("fault injection", () => {
  test("failOnSync(n): the nth sync from now fails and applies none of its writes", async () => {
    const { run, workbook } = createFakeExcel({ S: [] });
    await run(async (ctx) => void (ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["earlier"]]));
    workbook.failOnSync(2);
    let snapshotBeforeFailingSync: unknown;
    await expect(
      run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem("S");
        s.getRange("A2").values = [["sync 1"]];
        await ctx.sync();
        snapshotBeforeFailingSync = workbook.snapshot();
        s.getRange("A3").values = [["sync 2a"]];
        s.getRange("A4").values = [["sync 2b"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException", name: "RichApi.Error" });
    expect(workbook.snapshot()).toEqual(snapshotBeforeFailingSync);
    expect(workbook.getValues("S", "A1:A4")).toEqual([["earlier"], ["sync 1"], [""], [""]]);
    // The fault is used up: the next sync succeeds.
    await run(async (ctx) => void (ctx.workbook.worksheets.getItem("S").getRange("A3").values = [["retry"]]));
    expect(workbook.getValues("S", "A3")).toEqual([["retry"]]);
  });

  test("partial: true applies the first half of the queued statements, then throws", async () => {
    const { run, workbook } = createFakeExcel({ S: [] });
    workbook.failOnSync(1, "RequestAborted", { partial: true });
    await expect(
      run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem("S");
        ["A1", "A2", "A3", "A4"].forEach((a) => (s.getRange(a).values = [[a]]));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestAborted" });
    expect(workbook.getValues("S", "A1:A4")).toEqual([["A1"], ["A2"], [""], [""]]);
  });

  test("the injected failure counts as a sync", async () => {
    const { run, workbook } = createFakeExcel();
    workbook.failOnSync(1);
    await expect(run(async (ctx) => ctx.sync())).rejects.toMatchObject({ code: "GeneralException" });
    expect(workbook.stats.syncs).toBe(1);
  });
});
