/**
 * The host's Excel.DataValidation: a rule sets the type, one criterion per rule, the prompt and
 * error alert read back, clear() removes it, stricter refusals (a second rule, a partial
 * overlap, over-long titles), protection, ExcelApi 1.8, and insertion moving it.
 */
import { createFakeExcel, dataValidationAt, emulateExcelApi, isOfficeError } from "../src";

async function setRule(fx: ReturnType<typeof createFakeExcel>, address: string, rule: unknown): Promise<void> {
  await fx.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").getRange(address).dataValidation.rule = rule as Excel.DataValidationRule;
    await ctx.sync();
  });
}

const WHOLE = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };

describe("DataValidation", () => {
  it("sets a rule, prompt and alert that read back, with the type the rule implies", async () => {
    const fx = createFakeExcel();
    const read = await fx.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:B100").dataValidation;
      dv.rule = WHOLE as Excel.DataValidationRule;
      dv.prompt = { title: "A whole number", message: "0 or more", showPrompt: true };
      dv.errorAlert = { title: "Not valid", message: "Try again", showAlert: true, style: "Stop" };
      await ctx.sync();
      const part = ctx.workbook.worksheets.getItem("Sheet1").getRange("B5:B6").dataValidation;
      part.load("type,rule,prompt,errorAlert,ignoreBlanks");
      const none = ctx.workbook.worksheets.getItem("Sheet1").getRange("C5").dataValidation;
      none.load("type");
      const mixed = ctx.workbook.worksheets.getItem("Sheet1").getRange("B1:B2").dataValidation;
      mixed.load("type");
      await ctx.sync();
      return { part: part.toJSON(), none: none.type, mixed: mixed.type };
    });
    expect(read.part).toEqual({
      type: "WholeNumber",
      rule: WHOLE,
      prompt: { title: "A whole number", message: "0 or more", showPrompt: true },
      errorAlert: { title: "Not valid", message: "Try again", showAlert: true, style: "Stop" },
      ignoreBlanks: true,
    });
    expect(read.none).toBe("None");
    expect(read.mixed).toBe("Inconsistent");
    expect(dataValidationAt(fx.workbook.requireSheet("Sheet1"), 99, 1)?.type).toBe("WholeNumber");
    expect(dataValidationAt(fx.workbook.requireSheet("Sheet1"), 100, 1)).toBeUndefined();
  });

  it.each([
    ["two criteria", { ...WHOLE, decimal: { formula1: 0, operator: "GreaterThan" } }],
    ["no operator", { wholeNumber: { formula1: 0 } }],
    ["Between without formula2", { decimal: { formula1: 0, operator: "Between" } }],
    ["an unknown criterion", { colour: {} }],
  ])("refuses a rule with %s", async (_label, rule) => {
    const fx = createFakeExcel();
    await expect(setRule(fx, "A1:A5", rule)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a second rule until clear(), and a rule partly over another", async () => {
    const fx = createFakeExcel();
    await setRule(fx, "A1:A5", WHOLE);
    await expect(setRule(fx, "A1:A5", WHOLE)).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(setRule(fx, "A4:A9", WHOLE)).rejects.toMatchObject({ code: "InvalidOperation" });
    await fx.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A10").dataValidation.clear();
      await ctx.sync();
    });
    await setRule(fx, "A4:A9", WHOLE);
    expect(dataValidationAt(fx.workbook.requireSheet("Sheet1"), 0, 0)).toBeUndefined();
  });

  it("refuses a prompt title over 32 characters", async () => {
    const fx = createFakeExcel();
    const e = await fx
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.prompt = {
          title: "x".repeat(33),
          message: "m",
          showPrompt: true,
        };
        await ctx.sync();
      })
      .catch((x: unknown) => x);
    expect(isOfficeError(e) && e.code).toBe("InvalidArgument");
  });

  it("refuses a change on a protected sheet", async () => {
    const fx = createFakeExcel();
    fx.workbook.requireSheet("Sheet1").protection = { password: "" };
    await expect(setRule(fx, "A1", WHOLE)).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("is ExcelApi 1.8: refused by an Excel that offers 1.7", async () => {
    const fx = createFakeExcel();
    emulateExcelApi(fx.workbook, "1.7");
    await expect(setRule(fx, "A1", WHOLE)).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("moves down with its cells when rows are inserted above, cut at the sheet's last row", async () => {
    const fx = createFakeExcel();
    await setRule(fx, "A2:A1048576", WHOLE);
    await fx.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").insert("Down");
      await ctx.sync();
    });
    const sheet = fx.workbook.requireSheet("Sheet1");
    expect(dataValidationAt(sheet, 2, 0)).toBeUndefined();
    expect(dataValidationAt(sheet, 3, 0)?.rect).toEqual({ startRow: 3, endRow: 1_048_575, startCol: 0, endCol: 0 });
  });
});
