/**
 * Shapes, threaded comments and notes on a sheet (sheet-objects.ts):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.shapecollection,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.commentcollection,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.clearapplyto.
 */
import { createFakeExcel, emulateExcelApi } from "../src";

/** The shapes' names, and the cells of the comments and notes, on sheet S. */
async function objects(run: ReturnType<typeof createFakeExcel>["run"]) {
  return run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("S");
    s.shapes.load("items/name");
    s.comments.load("items/content");
    s.notes.load("items/content");
    await ctx.sync();
    const comments = s.comments.items.map((c) => c.getLocation().load("address"));
    const notes = s.notes.items.map((n) => n.getLocation().load("address"));
    await ctx.sync();
    return {
      shapes: s.shapes.items.map((x) => x.name),
      comments: comments.map((r) => r.address),
      notes: notes.map((r) => r.address),
    };
  });
}

describe("shapes, comments and notes", () => {
  test("are added, listed with their names and cells, and deleted", async () => {
    const { run } = createFakeExcel({ S: [["a"]] });
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.shapes.addTextBox("Checked");
      s.shapes.addGeometricShape("Rectangle").name = "Box";
      s.comments.add("S!B5", "Is this right?");
      s.notes.add("C7", "Checked with the team");
      await ctx.sync();
    });
    expect(await objects(run)).toEqual({ shapes: ["TextBox 1", "Box"], comments: ["S!B5"], notes: ["S!C7"] });
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.shapes.getItem("Box").delete();
      s.notes.load("items");
      await ctx.sync();
      s.notes.items[0]?.delete();
      await ctx.sync();
    });
    expect(await objects(run)).toEqual({ shapes: ["TextBox 1"], comments: ["S!B5"], notes: [] });
  });

  test("a comment or note goes on one cell only, and a cell takes one note", async () => {
    const { run } = createFakeExcel({ S: [["a"]] });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").comments.add("B5:C6", "Too wide");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run(async (ctx) => {
        const notes = ctx.workbook.worksheets.getItem("S").notes;
        notes.add("B5", "One");
        notes.add("B5", "Two");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("clear() removes the notes and comments of its cells and no shape; clearing contents or formats keeps them", async () => {
    const { run } = createFakeExcel({ S: [["a"]] });
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.shapes.addTextBox("Stays");
      s.notes.add("B5", "In the cleared block");
      s.comments.add("S!C6", "In the cleared block");
      s.notes.add("H20", "Outside it");
      await ctx.sync();
      s.getRange("A1:D10").clear("Contents");
      s.getRange("A1:D10").clear("Formats");
      await ctx.sync();
    });
    expect(await objects(run)).toMatchObject({ notes: ["S!B5", "S!H20"], comments: ["S!C6"] });
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:D10").clear();
      await ctx.sync();
    });
    expect(await objects(run)).toEqual({ shapes: ["TextBox 1"], comments: [], notes: ["S!H20"] });
  });

  test("are refused above the emulated requirement set, as Office.js refuses them", async () => {
    const { run, workbook } = createFakeExcel({ S: [["a"]] });
    emulateExcelApi(workbook, "1.9");
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").shapes.addTextBox("1.9 has shapes");
      await ctx.sync();
    });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").comments.load("items");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").notes.load("items");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
