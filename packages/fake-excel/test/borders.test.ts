/**
 * Range borders: https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangebordercollection
 * and https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeborder
 */
import { createFakeExcel } from "../src";
import { BorderIndex, BorderLineStyle, BorderWeight } from "../src/proxy/enums";

type Run = ReturnType<typeof createFakeExcel>["run"];

/** style/weight/color of one side of `address` on sheet S, as loaded. */
async function side(run: Run, address: string, index: string): Promise<[unknown, unknown, unknown]> {
  return run(async (ctx) => {
    const b = ctx.workbook.worksheets
      .getItem("S")
      .getRange(address)
      .format.borders.getItem(index as Excel.BorderIndex);
    b.load("style,weight,color");
    await ctx.sync();
    return [b.style, b.weight, b.color];
  });
}

test("an edge set on a range is stored on the cells along it, read back through load/sync", async () => {
  const { run, workbook } = createFakeExcel({ S: [] });
  await run(async (ctx) => {
    const top = ctx.workbook.worksheets.getItem("S").getRange("B2:C3").format.borders.getItem(BorderIndex.edgeTop);
    top.style = BorderLineStyle.continuous;
    top.weight = BorderWeight.medium;
    top.color = "#FF0000";
    await ctx.sync();
  });
  expect(await side(run, "B2:C3", BorderIndex.edgeTop)).toEqual(["Continuous", "Medium", "#FF0000"]);
  expect(await side(run, "C2", BorderIndex.edgeTop)).toEqual(["Continuous", "Medium", "#FF0000"]);
  expect(await side(run, "B3", BorderIndex.edgeTop)).toEqual(["None", "Thin", "#000000"]);
  expect(await side(run, "B2:C3", BorderIndex.edgeBottom)).toEqual(["None", "Thin", "#000000"]);
  expect(workbook.getCell("S", "B2")?.format?.borderTop).toEqual({
    style: "Continuous",
    weight: "Medium",
    color: "#FF0000",
  });
});

test("inside borders go between the cells of a multi-cell range, not round it", async () => {
  const { run } = createFakeExcel({ S: [] });
  await run(async (ctx) => {
    const borders = ctx.workbook.worksheets.getItem("S").getRange("A1:C2").format.borders;
    borders.getItem("InsideHorizontal").style = "Continuous";
    borders.getItem("InsideVertical").style = "Dash";
    await ctx.sync();
  });
  expect((await side(run, "A1", BorderIndex.edgeBottom))[0]).toBe("Continuous");
  expect((await side(run, "C2", BorderIndex.edgeTop))[0]).toBe("Continuous");
  expect((await side(run, "A1:C1", BorderIndex.edgeTop))[0]).toBe("None");
  expect((await side(run, "B1", BorderIndex.edgeLeft))[0]).toBe("Dash");
  expect((await side(run, "B1", BorderIndex.edgeRight))[0]).toBe("Dash");
  expect((await side(run, "A1:A2", BorderIndex.edgeLeft))[0]).toBe("None");
  expect((await side(run, "C1:C2", BorderIndex.edgeRight))[0]).toBe("None");
  expect((await side(run, "A1:C2", BorderIndex.insideVertical))[0]).toBe("Dash");
});

test("a side whose cells differ reads null", async () => {
  const { run } = createFakeExcel({ S: [] });
  await run(async (ctx) => {
    ctx.workbook.worksheets.getItem("S").getRange("A1").format.borders.getItem("EdgeTop").style = "Double";
    await ctx.sync();
  });
  expect(await side(run, "A1:B1", BorderIndex.edgeTop)).toEqual([null, "Thin", "#000000"]);
});

test.each([
  ["style", "Solid"],
  ["weight", "Heavy"],
  ["style", 1],
])("%s %p is not an Excel value: InvalidArgument at sync, nothing written", async (prop, value) => {
  const { run, workbook } = createFakeExcel({ S: [] });
  const before = workbook.snapshot();
  await expect(
    run(async (ctx) => {
      const b = ctx.workbook.worksheets.getItem("S").getRange("A1:B2").format.borders.getItem("EdgeLeft");
      (b as unknown as Record<string, unknown>)[prop] = value;
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: `RangeBorder.${prop}` } });
  expect(workbook.snapshot()).toEqual(before);
});

test("an unknown or diagonal side is InvalidArgument at sync", async () => {
  const { run } = createFakeExcel({ S: [] });
  for (const index of ["Top", "DiagonalUp"]) {
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .format.borders.getItem(index as Excel.BorderIndex).style = "Continuous";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  }
});

test("borders are in the snapshot and survive save and reopen; setting None clears the edge", async () => {
  const { run, workbook } = createFakeExcel({ S: [] });
  await run(async (ctx) => {
    const b = ctx.workbook.worksheets.getItem("S").getRange("A1:B1").format.borders.getItem("EdgeBottom");
    b.style = "Continuous";
    b.weight = "Thin";
    await ctx.sync();
  });
  const snap = workbook.snapshot() as { sheets: { cells: Record<string, { format?: unknown }> }[] };
  expect(snap.sheets[0]?.cells.B1?.format).toEqual({ borderBottom: { style: "Continuous" } });
  const reopened = workbook.reopen();
  expect(reopened.snapshot()).toEqual(workbook.snapshot());
  expect(reopened.getCell("S", "A1")?.format?.borderBottom).toEqual({ style: "Continuous" });
  await run(async (ctx) => {
    ctx.workbook.worksheets.getItem("S").getRange("A1:B1").format.borders.getItem("EdgeBottom").style = "None";
    await ctx.sync();
  });
  expect(workbook.getCell("S", "A1")?.format).toBeUndefined();
});
