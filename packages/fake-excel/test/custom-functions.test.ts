/**
 * Custom-function results arrive later: a formula written through Office.js that calls a custom
 * function reads #BUSY! (an Error) until its result arrives, after the syncs the host is told or
 * when a test settles it; other formulas, other namespaces and seeded formulas are not held.
 */
import { createFakeExcel, type CustomFunctionOptions } from "../src";

/** A host that answers every formula with 42 once its result is in. */
function host(resultAfterSyncs: CustomFunctionOptions["resultAfterSyncs"]) {
  const fake = createFakeExcel({ S: [["x"]] });
  fake.workbook.evaluate = () => 42;
  fake.workbook.useCustomFunctions({ namespaces: ["CSC"], resultAfterSyncs });
  return fake;
}

/** Writes `formula` to S!B2, then reads it in the same batch and in `later` more syncs. */
async function writeAndRead(fake: ReturnType<typeof host>, formula: string, later: number) {
  return fake.run(async (ctx) => {
    const cell = ctx.workbook.worksheets.getItem("S").getRange("B2");
    cell.formulas = [[formula]];
    const seen: [unknown, unknown][] = [];
    for (let i = 0; i <= later; i++) {
      cell.load("values, valueTypes");
      await ctx.sync();
      seen.push([cell.values[0]?.[0], cell.valueTypes[0]?.[0]]);
    }
    return seen;
  });
}

const BUSY = ["#BUSY!", "Error"];
const VALUE = [42, "Double"];

describe("custom functions' results on the in-memory host", () => {
  it.each([
    ["a custom function, result after 1 sync", 1, "=CSC.WORKDAYS(A1,A2)", [BUSY, VALUE, VALUE]],
    ["a custom function, result after 2 syncs", 2, "=csc.rate_per_10k(1,2)", [BUSY, BUSY, VALUE]],
    ["a custom function inside a built-in one", 1, "=ROUND(CSC.RATE_PER_10K(1,2),1)", [BUSY, VALUE, VALUE]],
    ["no result until settled", "manual" as const, "=CSC.WORKDAYS(A1,A2)", [BUSY, BUSY, BUSY]],
    ["a built-in function: no wait", 1, "=SUM(A1:A2)", [VALUE, VALUE, VALUE]],
    ["another namespace: no wait", 1, "=XYZ.WORKDAYS(A1)", [VALUE, VALUE, VALUE]],
    ["the namespace only inside a string: no wait", 1, '=LEN("CSC.X(")', [VALUE, VALUE, VALUE]],
  ])("%s", async (_what, after, formula, seen) => {
    await expect(writeAndRead(host(after), formula, 2)).resolves.toEqual(seen);
  });

  it("settles on request, and a value written over a waiting formula is not held", async () => {
    const fake = host("manual");
    await writeAndRead(fake, "=CSC.WORKDAYS(A1,A2)", 0);
    const sheet = fake.workbook.requireSheet("S");
    expect(fake.workbook.cellValue(sheet, 1, 1)).toBe("#BUSY!");
    fake.workbook.settleCustomFunctions();
    expect(fake.workbook.cellValue(sheet, 1, 1)).toBe(42);
    await writeAndRead(fake, "=CSC.WORKDAYS(A1,A2)", 0);
    fake.workbook.writeValue(sheet, 1, 1, 7);
    expect(fake.workbook.cellValue(sheet, 1, 1)).toBe(7);
  });

  it("does not hold formulas seeded with the document (their results were saved with it)", () => {
    const fake = host("manual");
    const sheet = fake.workbook.requireSheet("S");
    fake.workbook.writeValue(sheet, 3, 0, "=CSC.WORKDAYS(A1,A2)", 5, "seed");
    expect(fake.workbook.cellValue(sheet, 3, 0)).toBe(42);
  });
});
