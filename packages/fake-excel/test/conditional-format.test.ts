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
});
