/**
 * Range behaviour: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-get
 * and https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 */
import { createFakeExcel } from "../src";

type Run = ReturnType<typeof createFakeExcel>["run"];

async function load<K extends "address" | "values" | "formulas" | "text" | "valueTypes" | "numberFormat">(
  run: Run,
  sheet: string,
  address: string,
  prop: K,
): Promise<Excel.Range[K]> {
  return run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(address).load(prop);
    await ctx.sync();
    return r[prop];
  });
}

describe("values", () => {
  test("a 2D array whose shape differs from the range fails with InvalidArgument at sync", async () => {
    const { run, workbook } = createFakeExcel({ S: [] });
    const before = workbook.snapshot();
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:B2").values = [[1, 2, 3]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Range.values" } });
    expect(workbook.snapshot()).toEqual(before);
  });

  test("a scalar assigned to a multi-cell range fills every cell", async () => {
    const { run, workbook } = createFakeExcel({ S: [] });
    await run(async (ctx) => {
      (ctx.workbook.worksheets.getItem("S").getRange("A1:B2") as { values: unknown }).values = 7;
    });
    expect(workbook.getValues("S", "A1:B2")).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  test("strings are interpreted as Excel does: numbers, booleans, formulas, apostrophe text; null leaves a cell", async () => {
    const { run, workbook } = createFakeExcel({ S: [[null, "keep"]] });
    workbook.setValues("S", "B1", [["keep"]]);
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:F1").values = [["12.5", null, "TRUE", "'007", "=1+1", "text"]];
    });
    expect(workbook.getValues("S", "A1:F1")).toEqual([[12.5, "keep", true, "007", "", "text"]]);
    expect(workbook.getCell("S", "E1")?.formula).toBe("=1+1");
  });

  test("valueTypes", async () => {
    const { run } = createFakeExcel({ S: [["", "a", 1, true, "#N/A"]] });
    await expect(load(run, "S", "A1:E1", "valueTypes")).resolves.toEqual([
      ["Empty", "String", "Double", "Boolean", "Error"],
    ]);
  });
});

describe("formulas", () => {
  test('formulas returns the formula, values the cached value ("" when never computed)', async () => {
    const { run, workbook } = createFakeExcel({ S: [[1, 2]] });
    workbook.setFormula("S", "C1", "=A1+B1", 3);
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("D1").formulas = [["=CSC.TIMELINESS(A1:B1)"]];
    });
    await expect(load(run, "S", "A1:D1", "formulas")).resolves.toEqual([[1, 2, "=A1+B1", "=CSC.TIMELINESS(A1:B1)"]]);
    await expect(load(run, "S", "A1:D1", "values")).resolves.toEqual([[1, 2, 3, ""]]);
  });

  test("the evaluate hook computes formula values on read", async () => {
    const { run, workbook } = createFakeExcel({ S: [[1, 2, "=SUM(A1:B1)"]] });
    workbook.evaluate = (formula, sheet, address) =>
      formula === "=SUM(A1:B1)" && sheet === "S" && address === "C1" ? 3 : undefined;
    await expect(load(run, "S", "C1", "values")).resolves.toEqual([[3]]);
  });
});

describe("text and number formats", () => {
  test.each([
    [0.4567, "0.0%", "45.7%"],
    [0.4567, "0.00%", "45.67%"],
    [0.5, "0%", "50%"],
    [126153, "#,##0", "126,153"],
    [12.345, "0", "12"],
    [12.345, "0.0", "12.3"],
    [-1234.5, "#,##0.0", "-1,234.5"],
    [43921, "dd/mm/yyyy", "31/03/2020"],
    [42887, "mmm-yyyy", "Jun-2017"],
    [0.1 + 0.2, "General", "0.3"],
    [true, "General", "TRUE"],
  ])("%p with %p -> %p", async (value, format, text) => {
    const { run } = createFakeExcel({ S: [[value]] });
    const out = await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      r.numberFormat = [[format]];
      r.load("text, numberFormat");
      await ctx.sync();
      return [r.text, r.numberFormat];
    });
    expect(out).toEqual([[[text]], [[format]]]);
  });
});

describe("addresses", () => {
  test("address is sheet-qualified and quoted like Excel", async () => {
    const { run } = createFakeExcel({ "My Sheet": [], Sheet1: [], "2019-20": [] });
    await expect(load(run, "My Sheet", "B2:C4", "address")).resolves.toBe("'My Sheet'!B2:C4");
    await expect(load(run, "Sheet1", "a1", "address")).resolves.toBe("Sheet1!A1");
    await expect(load(run, "2019-20", "A:B", "address")).resolves.toBe("'2019-20'!A:B");
  });

  test("getCell, getRow, getColumn, getRangeByIndexes", async () => {
    const { run } = createFakeExcel({ S: [] });
    const out = await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const base = s.getRange("B2:C4");
      const rs = [
        base.getCell(0, 0),
        base.getCell(5, 5),
        base.getRow(2),
        base.getColumn(1),
        s.getRangeByIndexes(1, 1, 2, 3),
        s.getCell(0, 2),
      ];
      rs.forEach((r) => r.load("address"));
      await ctx.sync();
      return rs.map((r) => r.address);
    });
    expect(out).toEqual(["S!B2", "S!G7", "S!B4:C4", "S!C2:C4", "S!B2:D3", "S!C1"]);
  });

  test("a derived range outside the sheet fails with InvalidArgument", async () => {
    const { run } = createFakeExcel({ S: [] });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").getCell(-1, 0).load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("rowIndex/columnIndex/rowCount/columnCount/cellCount", async () => {
    const { run } = createFakeExcel({ S: [] });
    const r = await run(async (ctx) => {
      const x = ctx.workbook.worksheets
        .getItem("S")
        .getRange("C5:E9")
        .load("rowIndex, columnIndex, rowCount, columnCount, cellCount");
      await ctx.sync();
      return [x.rowIndex, x.columnIndex, x.rowCount, x.columnCount, x.cellCount];
    });
    expect(r).toEqual([4, 2, 5, 3, 15]);
  });
});

describe("used range", () => {
  test("bounding box of used cells; valuesOnly ignores format-only cells", async () => {
    const { run } = createFakeExcel({ S: [] });
    const out = await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.getRange("C3").values = [["x"]];
      s.getRange("B5").values = [[1]];
      s.getRange("F10").format.fill.color = "#FFFF00";
      const all = s.getUsedRange().load("address");
      const vals = s.getUsedRange(true).load("address");
      await ctx.sync();
      return [all.address, vals.address];
    });
    expect(out).toEqual(["S!B3:F10", "S!B3:C5"]);
  });

  test("blank sheet: getUsedRange is A1 (as documented); getUsedRangeOrNullObject is a null object", async () => {
    const { run } = createFakeExcel({ S: [] });
    const out = await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const used = s.getUsedRange().load("address");
      const orNull = s.getUsedRangeOrNullObject();
      await ctx.sync();
      return [used.address, orNull.isNullObject];
    });
    expect(out).toEqual(["S!A1", true]);
  });
});

describe("format, clear, select", () => {
  test("fill and font are stored per cell; mixed ranges read null", async () => {
    const { run, workbook } = createFakeExcel({ S: [[1, 2]] });
    const out = await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const a = s.getRange("A1");
      a.format.fill.color = "yellow";
      a.format.font.bold = true;
      a.format.font.color = "#9c0006";
      s.getRange("A1:B1").format.font.italic = true;
      const both = s.getRange("A1:B1").load("format/fill/color, format/font/bold, format/font/italic");
      const one = s.getRange("A1").load({ format: { fill: { color: true }, font: { color: true } } });
      await ctx.sync();
      return [
        both.format.fill.color,
        both.format.font.bold,
        both.format.font.italic,
        one.format.fill.color,
        one.format.font.color,
      ];
    });
    expect(out).toEqual([null, null, true, "#FFFF00", "#9C0006"]);
    expect(workbook.getCell("S", "A1")?.format).toEqual({
      fill: "#FFFF00",
      bold: true,
      fontColor: "#9C0006",
      italic: true,
    });
  });

  test("an invalid colour fails with InvalidArgument", async () => {
    const { run } = createFakeExcel({ S: [] });
    await expect(
      run(async (ctx) => void (ctx.workbook.worksheets.getItem("S").getRange("A1").format.fill.color = "not a colour")),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  test("fill.clear, clear('Formats'), clear('Contents'), clear()", async () => {
    const { run, workbook } = createFakeExcel({ S: [[1, 2, 3, 4]] });
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.getRange("A1:D1").format.fill.color = "#FF0000";
      s.getRange("A1").format.fill.clear();
      s.getRange("B1").clear("Formats");
      s.getRange("C1").clear("Contents");
      s.getRange("D1").clear();
    });
    expect(workbook.getValues("S", "A1:D1")).toEqual([[1, 2, "", ""]]);
    expect(["A1", "B1", "C1", "D1"].map((a) => workbook.getCell("S", a)?.format?.fill ?? null)).toEqual([
      null,
      null,
      "#FF0000",
      null,
    ]);
  });

  test("columnWidth, horizontalAlignment, wrapText", async () => {
    const { run } = createFakeExcel({ S: [["a much longer heading", "x"]] });
    const out = await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.getRange("B:B").format.columnWidth = 100;
      s.getRange("A1").format.horizontalAlignment = "Center";
      s.getRange("A1").format.wrapText = true;
      const a = s.getRange("A1").load("format/columnWidth, format/horizontalAlignment, format/wrapText");
      const b = s.getRange("B1").load("format/columnWidth");
      const c = s.getRange("C1").load("format/columnWidth");
      await ctx.sync();
      return [a.format.horizontalAlignment, a.format.wrapText, b.format.columnWidth, c.format.columnWidth];
    });
    expect(out).toEqual(["Center", true, 100, 48]);
  });

  test("select() sets the selection and activates the sheet; getSelectedRange reads it", async () => {
    const { run, workbook } = createFakeExcel({ A: [], B: [] });
    const address = await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("B").getRange("C3:D4").select();
      await ctx.sync();
      const sel = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      return sel.address;
    });
    expect(address).toBe("B!C3:D4");
    expect(workbook.activeSheet?.name).toBe("B");
  });

  test("range.set({...}) writes nested properties", async () => {
    const { run, workbook } = createFakeExcel({ S: [] });
    await run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem("S")
        .getRange("A1")
        .set({ values: [["x"]], format: { fill: { color: "#00FF00" } } });
    });
    expect(workbook.getCell("S", "A1")).toEqual({ value: "x", format: { fill: "#00FF00" } });
  });
});
