/**
 * The document's lifecycle and structure in the in-memory host: a batch failing at any
 * statement, sheet rename/delete rewriting formulas, save and reopen with new ids, row
 * insertion moving cells and everything that points at them, copyFrom, and protection.
 */
import { createFakeExcel, excelRun, isOfficeError } from "../src";

const codeOf = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => "resolved",
    (e: unknown) => (isOfficeError(e) ? e.code : String(e)),
  );

describe("a batch fails at a statement", () => {
  test("statements before the index are applied, it and later ones are not, loads do not deliver", async () => {
    for (let k = 0; k <= 3; k++) {
      const { run, workbook } = createFakeExcel({ S: [] });
      workbook.failOnSync(1, "GeneralException", { atStatement: k });
      const loaded = { value: false };
      const code = await codeOf(
        run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem("S");
          ws.getRange("A1").values = [[1]];
          ws.getRange("A2").values = [[2]];
          const r = ws.getRange("A1").load("values");
          await ctx.sync();
          loaded.value = r.values[0]?.[0] === 1;
        }),
      );
      expect(code).toBe("GeneralException");
      expect(workbook.getValues("S", "A1:A2")).toEqual([[k >= 1 ? 1 : ""], [k >= 2 ? 2 : ""]]);
      expect(loaded.value).toBe(false);
      expect(workbook.stats.requests[0]?.statements).toBe(3);
    }
  });
});

describe("sheet rename and delete", () => {
  test("renaming rewrites references on every sheet; deleting turns them into #REF!", async () => {
    const { run, workbook } = createFakeExcel({ Report: [[1, 2]], Mine: [] });
    workbook.setFormula("Mine", "A1", "='Report'!B1+Report!$A$1", 3);
    workbook.setFormula("Mine", "A2", '="Report!A1"&LOG10(10)', "x");
    workbook.setFormula("Report", "C1", "=A1+B1", 3);
    await run(async (ctx) => void (ctx.workbook.worksheets.getItem("Report").name = "Safeguarding Report"));
    expect(workbook.getCell("Mine", "A1")?.formula).toBe("='Safeguarding Report'!B1+'Safeguarding Report'!$A$1");
    expect(workbook.getCell("Mine", "A2")?.formula).toBe('="Report!A1"&LOG10(10)');
    expect(workbook.getCell("Safeguarding Report", "C1")?.formula).toBe("=A1+B1");
    await run(async (ctx) => void ctx.workbook.worksheets.getItem("Safeguarding Report").delete());
    expect(workbook.getCell("Mine", "A1")?.formula).toBe("=#REF!B1+#REF!$A$1");
    expect(workbook.getValues("Mine", "A1:A2")).toEqual([["#REF!"], ["x"]]);
  });
});

describe("save and reopen", () => {
  test("the content comes back with new ids for sheets, tables and conditional formats", async () => {
    const { run, workbook } = createFakeExcel({
      Data: [
        ["Name", "N"],
        ["a", 1],
      ],
    });
    workbook.addTable("Data", "A1:B2", "Log");
    workbook.settings.set("k", { v: 1 });
    const before = await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const cf = ws.getRange("B2").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      ws.load("id");
      cf.load("id");
      await ctx.sync();
      return [ws.id, cf.id];
    });
    const reopened = workbook.reopen();
    expect(reopened.snapshot()).toEqual(workbook.snapshot());
    const after = await excelRun(reopened)(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const cfs = ws.getRange().conditionalFormats.load("items/id");
      ws.load("id");
      await ctx.sync();
      return [ws.id, cfs.items[0]?.id];
    });
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(reopened.tables[0]?.sheet).toBe(reopened.sheets[0]);
  });
});

describe("Range.insert down", () => {
  test("cells, conditional formats, tables, chart series, names and formulas move with their cells", async () => {
    const { run, workbook } = createFakeExcel({
      Data: [
        ["Name", "N"],
        ["a", 1],
        ["b", 2],
      ],
      Mine: [],
    });
    workbook.addTable("Data", "A1:B3", "Log");
    workbook.setFormula("Mine", "A1", "=SUM(Data!B2:B3)+Data!B1", 3);
    workbook.names.push({ name: "First", formula: "=Data!$B$2", comment: "", visible: true, deleted: false });
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const cf = ws.getRange("B3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      ws.charts.add("ColumnClustered", ws.getRange("A1:B3"), "Columns");
      await ctx.sync();
      // Two entire rows above the data: everything moves down by two.
      ws.getRange("1:2").insert("Down");
    });
    expect(workbook.getValues("Data", "A3:B5")).toEqual([
      ["Name", "N"],
      ["a", 1],
      ["b", 2],
    ]);
    const snap = workbook.snapshot() as {
      tables: { address: string }[];
      sheets: { conditionalFormats?: { address: string }[] }[];
    };
    expect(snap.tables[0]?.address).toBe("A3:B5");
    expect(snap.sheets[0]?.conditionalFormats?.[0]?.address).toBe("B5");
    expect(workbook.getCell("Mine", "A1")?.formula).toBe("=SUM(Data!B4:B5)+Data!B3");
    expect(workbook.findName("First")?.formula).toBe("=Data!$B$4");
    expect(workbook.getChartModel("Data", "Chart 1").series[0]?.values).toEqual([1, 2]);
    // A row inserted inside the table body grows the table.
    await run(async (ctx) => void ctx.workbook.worksheets.getItem("Data").getRange("A5:B5").insert("Down"));
    expect((workbook.snapshot() as { tables: { address: string }[] }).tables[0]?.address).toBe("A3:B6");
  });

  test("an insertion crossing part of a table is refused, and nothing moves", async () => {
    const { run, workbook } = createFakeExcel({
      Data: [
        ["Name", "N"],
        ["a", 1],
      ],
    });
    workbook.addTable("Data", "A1:B2", "Log");
    const before = workbook.snapshot();
    const code = await codeOf(
      run(async (ctx) => void ctx.workbook.worksheets.getItem("Data").getRange("B1").insert("Down")),
    );
    expect(code).toBe("InvalidOperation");
    expect(workbook.snapshot()).toEqual(before);
  });
});

describe("Range.copyFrom", () => {
  test("copies values, formulas (references moved by the offset) and formats; widths stay", async () => {
    const { run, workbook } = createFakeExcel({ From: [[1, 2]], To: [] });
    workbook.setFormula("From", "C1", "=A1+$B$1", 3);
    workbook.setCellFormat(workbook.requireSheet("From"), 0, 0, "bold", true);
    workbook.requireSheet("From").columnWidths.set(0, 99);
    await run(async (ctx) => {
      const to = ctx.workbook.worksheets.getItem("To");
      to.getRange("A1").copyFrom(ctx.workbook.worksheets.getItem("From").getRange("A1:C1"));
      to.getRange("B3").copyFrom("From!A1:C1", "Values");
    });
    expect(workbook.getCell("To", "C1")).toMatchObject({ formula: "=A1+$B$1", value: 3 });
    expect(workbook.getCell("To", "A1")?.format).toEqual({ bold: true });
    expect(workbook.getValues("To", "B3:D3")).toEqual([[1, 2, 3]]);
    expect(workbook.getCell("To", "D3")?.formula).toBeUndefined();
    expect(workbook.getCell("To", "B3")?.format).toBeUndefined();
    expect(workbook.requireSheet("To").columnWidths.size).toBe(0);
  });
});

describe("protection", () => {
  test("a protected structure refuses adding, renaming, deleting, moving and hiding sheets", async () => {
    const { run, workbook } = createFakeExcel({ A: [], B: [] });
    await run(async (ctx) => void ctx.workbook.protection.protect("pw"));
    const before = workbook.snapshot();
    const attempts: ((ctx: Excel.RequestContext) => void)[] = [
      (ctx) => void ctx.workbook.worksheets.add("C"),
      (ctx) => void (ctx.workbook.worksheets.getItem("A").name = "Z"),
      (ctx) => ctx.workbook.worksheets.getItem("A").delete(),
      (ctx) => void (ctx.workbook.worksheets.getItem("A").position = 1),
      (ctx) => void (ctx.workbook.worksheets.getItem("A").visibility = "Hidden"),
    ];
    for (const attempt of attempts) {
      await expect(codeOf(run(async (ctx) => attempt(ctx)))).resolves.toBe("AccessDenied");
    }
    expect(workbook.snapshot()).toEqual(before);
    const state = await run(async (ctx) => {
      const p = ctx.workbook.protection.load("protected");
      await ctx.sync();
      return p.protected;
    });
    expect(state).toBe(true);
    await expect(codeOf(run(async (ctx) => ctx.workbook.protection.protect()))).resolves.toBe("InvalidOperation");
    await expect(codeOf(run(async (ctx) => ctx.workbook.protection.unprotect("wrong")))).resolves.toBe(
      "InvalidArgument",
    );
    await run(async (ctx) => ctx.workbook.protection.unprotect("pw"));
    await run(async (ctx) => void ctx.workbook.worksheets.add("C"));
    expect(workbook.sheets.map((s) => s.name)).toEqual(["A", "B", "C"]);
  });

  test("a protected sheet refuses writes to cells, formats, charts and conditional formats", async () => {
    const { run, workbook } = createFakeExcel({ A: [[1]] });
    await run(async (ctx) => ctx.workbook.worksheets.getItem("A").protection.protect());
    const before = workbook.snapshot();
    const attempts: ((ws: Excel.Worksheet) => void)[] = [
      (ws) => void (ws.getRange("A1").values = [[2]]),
      (ws) => void (ws.getRange("A1").format.font.bold = true),
      (ws) => void (ws.getRange("A1").format.columnWidth = 80),
      (ws) => void ws.charts.add("ColumnClustered", ws.getRange("A1"), "Auto"),
      (ws) => void ws.getRange("A1").conditionalFormats.add("Custom"),
      (ws) => ws.getRange("A1").clear(),
      (ws) => void ws.getRange("A1").insert("Down"),
    ];
    for (const attempt of attempts) {
      const code = await codeOf(run(async (ctx) => attempt(ctx.workbook.worksheets.getItem("A"))));
      expect(code).toBe("AccessDenied");
    }
    expect(workbook.snapshot()).toEqual(before);
    const isProtected = await run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("A").protection.load("protected");
      await ctx.sync();
      return p.protected;
    });
    expect(isProtected).toBe(true);
  });
});
