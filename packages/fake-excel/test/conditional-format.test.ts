/**
 * Conditional formats (Custom type) in the fake host.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection
 */
import { conditionalStyleAt, createFakeExcel } from "../src";

describe("conditional formats", () => {
  it("adds a Custom format whose id is readable only after load and sync", async () => {
    const { workbook, run } = createFakeExcel({ Sheet1: [[1, 2]] });
    const id = await run(async (context) => {
      const cf = context.workbook.worksheets.getItem("Sheet1").getRange("B1").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#FFC7CE";
      cf.load("id");
      expect(() => cf.id).toThrow(/not available|PropertyNotLoaded/i);
      await context.sync();
      return cf.id;
    });
    expect(id).toMatch(/cf/);
    expect(conditionalStyleAt(workbook.requireSheet("Sheet1"), 0, 1)).toEqual({ fill: "#FFC7CE" });
    expect(conditionalStyleAt(workbook.requireSheet("Sheet1"), 0, 0)).toEqual({});
  });

  it("finds a format by id, returns a null object for an unknown id, and deletes", async () => {
    const { workbook, run } = createFakeExcel({ Sheet1: [[1]] });
    const before = workbook.snapshot();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const cf = range.conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      cf.load("id");
      await context.sync();
      const found = range.conditionalFormats.getItemOrNullObject(cf.id);
      const missing = range.conditionalFormats.getItemOrNullObject("{cf-none}");
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect(missing.isNullObject).toBe(true);
      found.delete();
      await context.sync();
    });
    expect(workbook.snapshot()).toEqual(before);
  });

  it("applies a bold font and edges by name (ExcelApi 1.6), reads them back, and refuses other edges and styles", async () => {
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalrangebordercollection
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalrangeborder
    const { workbook, run } = createFakeExcel({
      Sheet1: [
        [1, 2],
        [3, 4],
      ],
    });
    const read = await run(async (context) => {
      const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      const f = cf.custom.format;
      f.font.load("bold");
      await context.sync();
      const unset = f.font.bold;
      f.font.bold = true;
      f.borders.top.style = "Continuous";
      f.borders.getItem("EdgeLeft").style = "Dash";
      f.borders.getItem("EdgeLeft").color = "red";
      expect(() => f.borders.getItem("InsideHorizontal" as Excel.ConditionalRangeBorderIndex)).toThrow(
        /InsideHorizontal is not one of/,
      );
      const right = f.borders.right;
      right.load("style, sideIndex");
      f.font.load("bold");
      await context.sync();
      return { unset, bold: f.font.bold, right: { style: right.style, side: right.sideIndex } };
    });
    expect(read).toEqual({ unset: null, bold: true, right: { style: "None", side: "EdgeRight" } });
    const sheet = workbook.requireSheet("Sheet1");
    // Each cell gets the edges of the format's range it lies on.
    expect(conditionalStyleAt(sheet, 0, 0)).toEqual({
      bold: true,
      borders: { EdgeTop: { style: "Continuous" }, EdgeLeft: { style: "Dash", color: "#FF0000" } },
    });
    expect(conditionalStyleAt(sheet, 1, 1)).toEqual({ bold: true });
    await expect(
      run(async (context) => {
        const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Custom");
        cf.custom.format.borders.bottom.style = "Double" as Excel.ConditionalRangeBorderLineStyle;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
