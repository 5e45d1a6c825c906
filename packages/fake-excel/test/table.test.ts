/**
 * Tables: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-tables
 * TableCollection.add (hasHeaders=false inserts a generated header row and shifts the data
 * down): https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecollection
 */
import { createFakeExcel } from "../src";

const DATA = [
  ["Quarter", "Contacts", "Referrals"],
  ["Apr-Jun 2019", 100, 20],
  ["Jul-Sep 2019", 110, 25],
];

describe("tables", () => {
  test("tables.add returns a table whose ranges read the sheet cells", async () => {
    const { run, workbook } = createFakeExcel({ S: DATA });
    const out = await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const t = s.tables.add("A1:C3", true);
      t.name = "Contacts";
      const header = t.getHeaderRowRange().load("values, address");
      const body = t.getDataBodyRange().load("values, address");
      const whole = t.getRange().load("address");
      const rows = t.rows.load("count");
      await ctx.sync();
      return {
        header: header.values,
        ha: header.address,
        body: body.address,
        whole: whole.address,
        count: rows.count,
      };
    });
    expect(out).toEqual({
      header: [["Quarter", "Contacts", "Referrals"]],
      ha: "S!A1:C1",
      body: "S!A2:C3",
      whole: "S!A1:C3",
      count: 2,
    });
    expect(workbook.tables.map((t) => t.name)).toEqual(["Contacts"]);
  });

  test("writing a header cell through a plain range renames the column (tables track the sheet)", async () => {
    const { run, workbook } = createFakeExcel({ S: DATA });
    workbook.addTable("S", "A1:C3", "T", true);
    const names = await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("B1").values = [["Contacts received"]];
      const header = ctx.workbook.tables.getItem("T").getHeaderRowRange().load("values");
      await ctx.sync();
      return header.values;
    });
    expect(names).toEqual([["Quarter", "Contacts received", "Referrals"]]);
  });

  test("hasHeaders=false generates Column1.. headers and shifts the data down", async () => {
    const { run, workbook } = createFakeExcel({
      S: [
        [1, 2],
        [3, 4],
      ],
    });
    await run(async (ctx) => void ctx.workbook.worksheets.getItem("S").tables.add("A1:B2", false));
    expect(workbook.getValues("S", "A1:B3")).toEqual([
      ["Column1", "Column2"],
      [1, 2],
      [3, 4],
    ]);
    expect(workbook.snapshot()).toMatchObject({ tables: [{ name: "Table1", address: "A1:B3" }] });
  });

  test("rows.add appends (and inserts), moving the cells below down; shape must match", async () => {
    const { run, workbook } = createFakeExcel({ S: [...DATA, [], ["below"]] });
    workbook.addTable("S", "A1:C3", "T");
    await run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("T");
      t.rows.add(undefined, [["Oct-Dec 2019", 120, 30]]);
      t.rows.add(0, [["Jan-Mar 2019", 90, 10]]);
    });
    expect(workbook.getValues("S", "A1:A7")).toEqual([
      ["Quarter"],
      ["Jan-Mar 2019"],
      ["Apr-Jun 2019"],
      ["Jul-Sep 2019"],
      ["Oct-Dec 2019"],
      [""],
      ["below"],
    ]);
    await expect(
      run(async (ctx) => void ctx.workbook.tables.getItem("T").rows.add(undefined, [[1, 2]])),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("TableRow.delete removes the row and moves the cells below up; the last row stays", async () => {
    const { run, workbook } = createFakeExcel({ S: [...DATA, [], ["below"]] });
    workbook.addTable("S", "A1:C3", "T");
    await run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("T");
      t.rows.add(1, [["inserted", 1, 2]]);
      await ctx.sync();
      t.rows.getItemAt(1).delete();
    });
    expect(workbook.getValues("S", "A1:A5")).toEqual([
      ["Quarter"],
      ["Apr-Jun 2019"],
      ["Jul-Sep 2019"],
      [""],
      ["below"],
    ]);
    expect(workbook.snapshot()).toMatchObject({ tables: [{ name: "T", address: "A1:C3" }] });
    await expect(
      run(async (ctx) => {
        const t = ctx.workbook.tables.getItem("T");
        t.rows.getItemAt(0).delete();
        t.rows.getItemAt(0).delete();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a header-only range gets one empty data row, which rows.add keeps (as in Excel)", async () => {
    const { run } = createFakeExcel({ S: [["A", "B"]] });
    const out = await run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("S").tables.add("A1:B1", true);
      t.rows.add(undefined, [[1, 2]]);
      const body = t.getDataBodyRange().load("values");
      await ctx.sync();
      return body.values;
    });
    expect(out).toEqual([
      ["", ""],
      [1, 2],
    ]);
  });

  test("showTotals adds a totals row; style", async () => {
    const { run } = createFakeExcel({ S: DATA });
    const out = await run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("S").tables.add("A1:C3", true);
      t.showTotals = true;
      t.style = "TableStyleLight9";
      const whole = t.getRange().load("address, values");
      const body = t.getDataBodyRange().load("address");
      t.load("showTotals, style");
      await ctx.sync();
      return [whole.address, whole.values[3]?.[0], body.address, t.showTotals, t.style];
    });
    expect(out).toEqual(["S!A1:C4", "Total", "S!A2:C3", true, "TableStyleLight9"]);
  });

  test("getItem/getItemOrNullObject, items on workbook and sheet, worksheet, delete", async () => {
    const { run, workbook } = createFakeExcel({ S: DATA, Other: [] });
    workbook.addTable("S", "A1:C3", "T");
    const out = await run(async (ctx) => {
      const missing = ctx.workbook.tables.getItemOrNullObject("Nope");
      const all = ctx.workbook.tables.load("items/name");
      const onOther = ctx.workbook.worksheets.getItem("Other").tables.load("items");
      const sheet = ctx.workbook.tables.getItem("t").worksheet.load("name");
      await ctx.sync();
      ctx.workbook.tables.getItem("T").delete();
      await ctx.sync();
      return [missing.isNullObject, all.items.map((t) => t.name), onOther.items.length, sheet.name];
    });
    expect(out).toEqual([true, ["T"], 0, "S"]);
    expect(workbook.tables).toEqual([]);
    expect(workbook.getValues("S", "A1:C1")).toEqual([["", "", ""]]);
  });

  test("tables can't overlap; getItem of a missing table is ItemNotFound", async () => {
    const { run, workbook } = createFakeExcel({ S: DATA });
    workbook.addTable("S", "A1:C3", "T");
    await expect(
      run(async (ctx) => void ctx.workbook.worksheets.getItem("S").tables.add("B2:D4", true)),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      run(async (ctx) => {
        ctx.workbook.tables.getItem("Nope").load("name");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
