/**
 * The Office.js proxy model, as documented in
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model
 * and https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-core-concepts
 */
import { createFakeExcel, FakeWorkbook, excelRun } from "../src";

function fixture(): ReturnType<typeof createFakeExcel> {
  return createFakeExcel({
    Data: [
      ["Year", "Contacts"],
      ["2019-20", 126153],
      ["2020-21", 153033],
    ],
    Notes: [],
  });
}

describe("load and sync", () => {
  test("reading a property before load+sync throws PropertyNotLoaded with Excel's message", async () => {
    const { run } = fixture();
    await run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B3");
      expect(() => range.values).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }) as Error,
      );
      range.load("values");
      // Loaded but not yet synced: still not available.
      expect(() => range.values).toThrow(
        /The property 'values' is not available. Before reading the property's value, call the load method/,
      );
      await ctx.sync();
      expect(range.values).toEqual([
        ["Year", "Contacts"],
        ["2019-20", 126153],
        ["2020-21", 153033],
      ]);
      // Only what was loaded is available.
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
    });
  });

  test("load accepts a comma list, an array, select/expand and a property object; load() loads all scalars", async () => {
    const { run } = fixture();
    await run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("A1").load("address, values");
      const b = sheet.getRange("B2").load(["text", "rowIndex"]);
      const c = sheet.getRange("A1:B1").load({ select: "columnCount", expand: "format/fill" });
      const d = sheet.getRange("B3").load({ numberFormat: true, format: { font: { bold: true } } });
      const e = sheet.getRange("A2").load();
      await ctx.sync();
      expect([a.address, a.values]).toEqual(["Data!A1", [["Year"]]]);
      expect([b.text, b.rowIndex]).toEqual([[["126153"]], 1]);
      expect([c.columnCount, c.format.fill.color]).toEqual([2, "#FFFFFF"]);
      expect([d.numberFormat, d.format.font.bold]).toEqual([[["General"]], false]);
      expect([e.address, e.values, e.valueTypes, e.cellCount]).toEqual(["Data!A2", [["2019-20"]], [["String"]], 1]);
    });
  });

  test("values are snapshotted at the sync that fulfils the load", async () => {
    const { run, workbook } = fixture();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("B2").load("values");
      await ctx.sync();
      workbook.setValues("Data", "B2", [[1]]);
      expect(r.values).toEqual([[126153]]);
    });
  });

  test("writes are queued and applied at the next sync, in order", async () => {
    const { run, workbook } = fixture();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Notes").getRange("A1");
      r.values = [["first"]];
      r.values = [["second"]];
      expect(workbook.getValues("Notes", "A1")).toEqual([[""]]);
      const check = ctx.workbook.worksheets.getItem("Notes").getRange("A1").load("values");
      await ctx.sync();
      // The load queued after the writes sees them.
      expect(check.values).toEqual([["second"]]);
      expect(workbook.getValues("Notes", "A1")).toEqual([["second"]]);
    });
  });

  test("a written property reads back locally without a sync, as Office.js keeps the set value", async () => {
    const { run } = fixture();
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Notes");
      s.name = "Renamed";
      expect(s.name).toBe("Renamed");
      await ctx.sync();
    });
  });

  test("Excel.run syncs queued writes after the batch resolves; a throwing batch drops them", async () => {
    const { run, workbook } = fixture();
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Notes").getRange("A1").values = [["kept"]];
    });
    expect(workbook.getValues("Notes", "A1")).toEqual([["kept"]]);
    expect(workbook.stats.syncs).toBe(1);
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Notes").getRange("A2").values = [["lost"]];
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(workbook.getValues("Notes", "A2")).toEqual([[""]]);
  });

  test("sync passes its argument through", async () => {
    const { run } = fixture();
    await expect(run(async (ctx) => ctx.sync(42))).resolves.toBe(42);
  });

  test("a collection's items need load('items/name') (or load('name')) and sync", async () => {
    const { run } = fixture();
    await run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      sheets.load("items/name");
      const again = ctx.workbook.worksheets.load("name, position");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Data", "Notes"]);
      expect(again.items.map((s) => [s.name, s.position])).toEqual([
        ["Data", 0],
        ["Notes", 1],
      ]);
      expect(() => sheets.items[0]?.visibility).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }) as Error,
      );
    });
  });

  test("ClientResult.value is available after sync", async () => {
    const { run } = fixture();
    await run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      const image = sheet.charts.add("Line", sheet.getRange("A1:B3")).getImage();
      expect(() => image.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }) as Error);
      await ctx.sync();
      expect(typeof image.value).toBe("string");
    });
  });
});

describe("errors at sync", () => {
  test("getItem of a missing sheet rejects the sync with ItemNotFound, shaped like OfficeExtension.Error", async () => {
    const { run } = fixture();
    const err: unknown = await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Nope").load("name");
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      debugInfo: { code: "ItemNotFound", errorLocation: "Worksheet.load" },
    });
  });

  test("an unused getItem of a missing sheet does not fail (nothing was sent)", async () => {
    const { run } = fixture();
    await expect(run(async (ctx) => void ctx.workbook.worksheets.getItem("Nope"))).resolves.toBeUndefined();
  });

  test("getItemOrNullObject: isNullObject after sync, without a load", async () => {
    const { run } = fixture();
    await run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const found = ctx.workbook.worksheets.getItemOrNullObject("data").load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      expect(found.name).toBe("Data");
    });
  });

  test("statements before the failing one are applied, later ones are dropped", async () => {
    const { run, workbook } = fixture();
    await expect(
      run(async (ctx) => {
        const notes = ctx.workbook.worksheets.getItem("Notes");
        notes.getRange("A1").values = [["before"]];
        ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [["x"]];
        notes.getRange("A2").values = [["after"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(workbook.getValues("Notes", "A1:A2")).toEqual([["before"], [""]]);
  });

  test("a failed sync delivers no loads", async () => {
    const { run } = fixture();
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      ctx.workbook.worksheets.getItem("Nope").load("name");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as Error);
    });
  });

  test("loading an unknown property fails at sync with InvalidArgument", async () => {
    const { run } = fixture();
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1").load("colour");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("an object stays bound to the sheet it first resolved, through a rename", async () => {
    const { run, workbook } = fixture();
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Notes");
      s.load("name");
      await ctx.sync();
      s.name = "Renamed";
      s.getRange("A1").values = [["still here"]];
      await ctx.sync();
    });
    expect(workbook.getValues("Renamed", "A1")).toEqual([["still here"]]);
  });
});

test("excelRun binds to one workbook; separate workbooks are independent", async () => {
  const a = FakeWorkbook.fromSheets({ S: [[1]] });
  const b = FakeWorkbook.fromSheets({ S: [[2]] });
  const read = (wb: FakeWorkbook): Promise<unknown> =>
    excelRun(wb)(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await ctx.sync();
      return r.values;
    });
  await expect(read(a)).resolves.toEqual([[1]]);
  await expect(read(b)).resolves.toEqual([[2]]);
});
