/**
 * Worksheets, named items, settings and snapshots.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-worksheets
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-named-items
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/persisting-add-in-state-and-settings
 */
import { createFakeExcel, FakeWorkbook } from "../src";

describe("worksheets", () => {
  test("add, rename, move, hide, activate, delete", async () => {
    const { run, workbook } = createFakeExcel({ Data: [[1]] });
    const out = await run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const report = sheets.add("Report");
      const unnamed = sheets.add();
      await ctx.sync();
      report.name = "Safeguarding Report";
      report.position = 0;
      unnamed.visibility = "Hidden";
      report.activate();
      sheets.load("items/name, items/position, items/visibility");
      await ctx.sync();
      return [workbook.activeSheet?.name, sheets.items.map((s) => [s.name, s.position, s.visibility])];
    });
    expect(out).toEqual([
      "Safeguarding Report",
      [
        ["Safeguarding Report", 0, "Visible"],
        ["Data", 1, "Visible"],
        ["Sheet3", 2, "Hidden"],
      ],
    ]);
    await run(async (ctx) => void ctx.workbook.worksheets.getItem("Safeguarding Report").delete());
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Data", "Sheet3"]);
    expect(workbook.activeSheet?.name).toBe("Data");
  });

  test("duplicate names (case-insensitive) are ItemAlreadyExists; bad names are InvalidArgument", async () => {
    const { run } = createFakeExcel({ Data: [] });
    await expect(run(async (ctx) => void ctx.workbook.worksheets.add("data"))).rejects.toMatchObject({
      code: "ItemAlreadyExists",
    });
    await expect(run(async (ctx) => void ctx.workbook.worksheets.add("a/b"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(run(async (ctx) => void ctx.workbook.worksheets.add("x".repeat(32)))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  test("the last visible sheet can't be deleted or hidden", async () => {
    const { run } = createFakeExcel({ Only: [] });
    await expect(run(async (ctx) => void ctx.workbook.worksheets.getItem("Only").delete())).rejects.toMatchObject({
      code: "InvalidOperation",
    });
    await expect(
      run(async (ctx) => void (ctx.workbook.worksheets.getItem("Only").visibility = "Hidden")),
    ).rejects.toMatchObject({
      code: "InvalidOperation",
    });
  });

  test("a deleted sheet's objects fail with ItemNotFound; its tables and charts go with it", async () => {
    const { run, workbook } = createFakeExcel({ A: [["h"], [1]], B: [] });
    workbook.addTable("A", "A1:A2", "T");
    await expect(
      run(async (ctx) => {
        const a = ctx.workbook.worksheets.getItem("A");
        const r = a.getRange("A1");
        r.load("address");
        await ctx.sync();
        a.delete();
        await ctx.sync();
        r.load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(workbook.tables).toEqual([]);
  });
});

describe("named items", () => {
  test("add for a Range and a constant; getRange; value/type; getItemOrNullObject; delete", async () => {
    const { run, workbook } = createFakeExcel({
      "My Data": [
        [1, 2],
        [3, 4],
      ],
    });
    const out = await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("My Data");
      ctx.workbook.names.add("Block", s.getRange("A1:B2"), "the block");
      ctx.workbook.names.add("Threshold", "=0.001");
      const block = ctx.workbook.names.getItem("block").load("name, type, value, formula, comment");
      const thr = ctx.workbook.names.getItem("Threshold").load("type, value");
      const r = ctx.workbook.names.getItem("Block").getRange().load("values, address");
      const none = ctx.workbook.names.getItemOrNullObject("Nope");
      const all = ctx.workbook.names.load("items/name");
      await ctx.sync();
      return [
        block.toJSON(),
        thr.type,
        thr.value,
        r.address,
        r.values,
        none.isNullObject,
        all.items.map((n) => n.name),
      ];
    });
    expect(out).toEqual([
      {
        name: "Block",
        type: "Range",
        value: "'My Data'!$A$1:$B$2",
        formula: "='My Data'!$A$1:$B$2",
        comment: "the block",
      },
      "Double",
      0.001,
      "'My Data'!A1:B2",
      [
        [1, 2],
        [3, 4],
      ],
      true,
      ["Block", "Threshold"],
    ]);
    await run(async (ctx) => void ctx.workbook.names.getItem("Block").delete());
    expect(workbook.names.map((n) => n.name)).toEqual(["Threshold"]);
  });

  test("a name follows a sheet rename", async () => {
    const { run, workbook } = createFakeExcel({ Old: [] });
    await run(async (ctx) => {
      ctx.workbook.names.add("Cell", ctx.workbook.worksheets.getItem("Old").getRange("B2"));
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Old").name = "New Name";
    });
    expect(workbook.names[0]?.formula).toBe("='New Name'!$B$2");
  });
});

describe("settings", () => {
  test("add, getItemOrNullObject().value, items, delete; stored as JSON copies", async () => {
    const { run, workbook } = createFakeExcel();
    const cfg = { reportSheet: "Report", version: 1 };
    await run(async (ctx) => {
      ctx.workbook.settings.add("csc.config", cfg);
      ctx.workbook.settings.add("csc.flag", true);
    });
    cfg.version = 2;
    const out = await run(async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject("csc.config").load("value");
      const missing = ctx.workbook.settings.getItemOrNullObject("csc.none");
      const all = ctx.workbook.settings.load("items/key");
      await ctx.sync();
      return [s.value, missing.isNullObject, all.items.map((x) => x.key)];
    });
    expect(out).toEqual([{ reportSheet: "Report", version: 1 }, true, ["csc.config", "csc.flag"]]);
    await run(async (ctx) => void ctx.workbook.settings.getItem("csc.flag").delete());
    expect([...workbook.settings.keys()]).toEqual(["csc.config"]);
    await expect(
      run(async (ctx) => {
        ctx.workbook.settings.getItem("csc.flag").load("value");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("snapshot and helpers", () => {
  test("snapshot is deep JSON of the document and unchanged by reads", async () => {
    const { run, workbook } = createFakeExcel({
      S: [
        ["Name", "Count"],
        ["a", 1],
      ],
    });
    workbook.addTable("S", "A1:B2", "T");
    const before = workbook.snapshot();
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getUsedRange().load("values");
      ctx.workbook.tables.load("items/name");
      await ctx.sync();
    });
    expect(workbook.snapshot()).toEqual(before);
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);
    expect(before).toMatchObject({
      sheets: [{ name: "S", cells: { A2: { value: "a" }, B2: { value: 1 } } }],
      activeSheet: "S",
      selection: "S!A1",
    });
  });

  test("fromSheets, getValues, setValues, calculationMode", async () => {
    const wb = FakeWorkbook.fromSheets({ A: [[1, 2]], B: [] });
    wb.setValues("B", "C3", [["x", "y"]]);
    expect(wb.getValues("B", "C3:D3")).toEqual([["x", "y"]]);
    expect(wb.getValues("A", "A1:C1")).toEqual([[1, 2, ""]]);
    const { run } = createFakeExcel();
    const mode = await run(async (ctx) => {
      ctx.application.calculationMode = "Manual";
      ctx.workbook.application.load("calculationMode");
      await ctx.sync();
      return ctx.workbook.application.calculationMode;
    });
    expect(mode).toBe("Manual");
  });
});
