/**
 * Names referring to a table by structured reference, and names' comments.
 * https://support.microsoft.com/en-us/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditem
 * https://learn.microsoft.com/en-us/office/vba/api/excel.name.comment
 */
import { createFakeExcel, isOfficeError } from "../src";

function workbookWithTable() {
  const fx = createFakeExcel({
    Data: [
      ["Year", "Count"],
      ["2019-20", 1],
      ["2020-21", 2],
    ],
  });
  fx.workbook.addTable("Data", "A1:B3", "tblMine");
  return fx;
}

describe("names referring to a table", () => {
  test("are ranges: type, value and getRange give the table's cells ([#All] with headers, bare the body)", async () => {
    const { run } = workbookWithTable();
    const out = await run(async (ctx) => {
      ctx.workbook.names.add("All", "=tblMine[#All]");
      ctx.workbook.names.add("Body", "=tblMine");
      const all = ctx.workbook.names.getItem("All").load("type,value");
      const body = ctx.workbook.names.getItem("Body").load("type");
      const r1 = ctx.workbook.names.getItem("All").getRange().load("address");
      const r2 = ctx.workbook.names.getItem("Body").getRange().load("address");
      await ctx.sync();
      return [all.type, all.value, body.type, r1.address, r2.address];
    });
    expect(out).toEqual(["Range", "Data!$A$1:$B$3", "Range", "Data!A1:B3", "Data!A2:B3"]);
  });

  test("follow the table when it is renamed, grows or moves", async () => {
    const { run, workbook } = workbookWithTable();
    const address = await run(async (ctx) => {
      ctx.workbook.names.add("Mine", "=tblMine[#All]");
      const t = ctx.workbook.tables.getItem("tblMine");
      t.rows.add(undefined, [["2021-22", 3]]);
      t.name = "tblRenamed";
      ctx.workbook.worksheets.getItem("Data").getRange("1:2").insert("Down");
      await ctx.sync();
      const r = ctx.workbook.names.getItem("Mine").getRange().load("address");
      await ctx.sync();
      return r.address;
    });
    expect(workbook.findName("Mine")?.formula).toBe("=tblRenamed[#All]");
    expect(address).toBe("Data!A3:B6");
  });

  test("turn into #REF! when the table is deleted", async () => {
    const { workbook, run } = workbookWithTable();
    workbook.addTable("Data", "D1:E3", "tblAgain");
    const type = await run(async (ctx) => {
      ctx.workbook.names.add("Again", "=tblAgain[#All]");
      ctx.workbook.tables.getItem("tblAgain").delete();
      const n = ctx.workbook.names.getItem("Again").load("type");
      await ctx.sync();
      return n.type;
    });
    expect(workbook.findName("Again")?.formula).toBe("=#REF!");
    expect(type).toBe("Error");
  });
});

describe("name comments", () => {
  test("hold at most 255 characters", async () => {
    const { run, workbook } = createFakeExcel({ Data: [[1]] });
    await run(async (ctx) => {
      ctx.workbook.names.add("Ok", "=Data!$A$1", "x".repeat(255));
      await ctx.sync();
    });
    const err = await run(async (ctx) => {
      ctx.workbook.names.add("TooLong", "=Data!$A$1", "x".repeat(256));
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(isOfficeError(err) && err.code).toBe("InvalidArgument");
    expect(workbook.names.map((n) => n.name)).toEqual(["Ok"]);
  });
});
