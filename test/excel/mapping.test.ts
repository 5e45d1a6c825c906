/**
 * "Use my own table" over the in-memory host: picking a table or a range writes one
 * workbook-scoped name CSC_<Dataset> referring to it (a structured reference, or an absolute
 * range), changing it keeps one name, removing it leaves the workbook as it was, and nothing
 * else in the workbook changes. The names move with the data.
 */
import {
  chooseLabel,
  LAYOUT,
  matchHeaders,
  missingRequired,
  chosenFromComment,
  mappingComment,
} from "../../src/core/workbook";
import { MappingProblem, readMappingState, readSelection, removeMapping, saveMapping } from "../../src/excel";
import { FakeWorkbook } from "@csc/fake-excel";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

/** An officer's workbook: a table under its own name on "My Figures", a plain block on "Other data". */
function officersWorkbook(): FakeWorkbook {
  const wb = FakeWorkbook.fromSheets({
    "My Figures": [
      ["Notes go here"],
      [],
      ["FY", "No. of assessments completed", "Timeliness %", "Completed in time"],
      ["2019-20", 1200, 0.9, 1080],
      ["2020-21", 1300, 0.85, 1105],
    ],
    "Other data": [
      [],
      [],
      [null, "Measure", "2019-20", "2020-21"],
      [null, "Number of contacts", 9000, 9500],
      [null, "Referrals", 3000, 3100],
    ],
  });
  wb.addTable("My Figures", "A3:D5", "Assess2020");
  return wb;
}

const withoutNames = (wb: FakeWorkbook): unknown => ({ ...(wb.snapshot() as object), names: undefined });

async function select(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).select();
    await context.sync();
  });
}

describe("own-table mapping", () => {
  it("lists the tables with their headers, and no mapping at first", async () => {
    host = withHost(officersWorkbook());
    const state = await readMappingState();
    expect(state.tables).toEqual([
      {
        name: "Assess2020",
        sheet: "My Figures",
        edges: {
          headerRow: ["FY", "No. of assessments completed", "Timeliness %", "Completed in time"],
          firstColumn: ["FY", "2019-20", "2020-21"],
        },
      },
    ]);
    // Every dataset is listed, each with no mapping (`every` over an empty list would pass).
    expect(state.mappings).toEqual(Object.fromEntries(LAYOUT.map((d) => [d.id, { state: "none" }])));
  });

  it("picking a table writes a workbook-scoped name referring to the table, and changes nothing else", async () => {
    host = withHost(officersWorkbook());
    const before = withoutNames(host.wb);
    await saveMapping("assessments", { kind: "table", table: "Assess2020" }, "Safeguarding Report data: Assessments.");
    expect(host.wb.names).toEqual([
      expect.objectContaining({
        name: "CSC_Assessments",
        formula: "=Assess2020[#All]",
        comment: "Safeguarding Report data: Assessments.",
        visible: true,
      }),
    ]);
    expect(host.wb.names[0]?.scope).toBeUndefined();
    expect(withoutNames(host.wb)).toEqual(before);
    const state = await readMappingState();
    const m = state.mappings.assessments;
    expect(m.state).toBe("set");
    if (m.state !== "set") return;
    expect(m.target).toEqual({ kind: "table", table: "Assess2020" });
    // "FY" resembles no column: missing, but the officer can choose it for the year.
    const match = matchHeaders("assessments", m.edges);
    expect(match.columns.map((c) => c.status)).toEqual(["missing", "matched", "missing", "matched"]);
    expect(missingRequired(match).map((c) => c.key)).toEqual(["year"]);
    const year = match.columns[0]!;
    expect(year.candidates.map((c) => c.label)).toEqual(["FY", "Completed in time"]);
    expect(missingRequired(chooseLabel(match, "year", 0))).toEqual([]);
  });

  it("the selected range becomes an absolute reference on its sheet, periods across read as rows", async () => {
    host = withHost(officersWorkbook());
    await select("Other data", "B3:D5");
    const { target, edges } = await readSelection();
    expect(target).toEqual({ kind: "range", sheet: "Other data", range: { top: 2, left: 1, bottom: 4, right: 3 } });
    const match = matchHeaders("contacts", edges);
    expect(match.orientation).toBe("rows");
    expect(match.columns.find((c) => c.column.key === "contacts")?.status).toBe("matched");
    await saveMapping("contacts", target, "x");
    expect(host.wb.findName("CSC_Contacts")?.formula).toBe("='Other data'!$B$3:$D$5");
  });

  it("refuses a single cell or whole columns with a plain sentence", async () => {
    host = withHost(officersWorkbook());
    await select("Other data", "B3");
    await expect(readSelection()).rejects.toThrow(MappingProblem);
    await expect(readSelection()).rejects.toMatchObject({ code: "selection-too-small" });
    await select("Other data", "B:D");
    await expect(readSelection()).rejects.toMatchObject({ code: "selection-whole-columns" });
  });

  it("changing a mapping keeps one name with the new reference and comment; removing it leaves the workbook as before", async () => {
    host = withHost(officersWorkbook());
    const before = host.wb.snapshot();
    await saveMapping("contacts", { kind: "table", table: "Assess2020" }, "first");
    const chosen = mappingComment("Contacts", [{ header: "Referrals", label: "Refs" }]).comment;
    await saveMapping(
      "contacts",
      { kind: "range", sheet: "Other data", range: { top: 2, left: 1, bottom: 4, right: 3 } },
      chosen,
    );
    expect(host.wb.names.map((n) => [n.name, n.formula])).toEqual([["CSC_Contacts", "='Other data'!$B$3:$D$5"]]);
    const state = await readMappingState();
    const m = state.mappings.contacts;
    expect(m.state === "set" && chosenFromComment(m.comment)).toEqual([{ header: "Referrals", label: "Refs" }]);
    await removeMapping("contacts");
    await removeMapping("contacts"); // nothing left to remove: no error
    expect(host.wb.snapshot()).toEqual(before);
  });

  it("leaves the officer's own names alone", async () => {
    const wb = officersWorkbook();
    wb.names.push({ name: "MyRate", formula: "=0.07", comment: "", visible: true, deleted: false });
    host = withHost(wb);
    await saveMapping("uasc", { kind: "table", table: "Assess2020" }, "");
    await removeMapping("uasc");
    expect(host.wb.names.map((n) => [n.name, n.formula])).toEqual([["MyRate", "=0.07"]]);
  });

  it("says the table is gone rather than writing a name to nothing", async () => {
    host = withHost(officersWorkbook());
    await expect(saveMapping("uasc", { kind: "table", table: "Nope" }, "")).rejects.toMatchObject({
      code: "mapping-table-gone",
      params: { table: "Nope" },
    });
    expect(host.wb.names).toEqual([]);
  });

  it("moves with the data: rows inserted above, the table grown or renamed; a deleted table shows as broken", async () => {
    host = withHost(officersWorkbook());
    await saveMapping("assessments", { kind: "table", table: "Assess2020" }, "");
    await saveMapping(
      "contacts",
      { kind: "range", sheet: "Other data", range: { top: 2, left: 1, bottom: 4, right: 3 } },
      "",
    );
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Other data").getRange("1:2").insert("Down");
      context.workbook.worksheets.getItem("My Figures").getRange("1:1").insert("Down");
      const t = context.workbook.tables.getItem("Assess2020");
      t.rows.add(undefined, [["2021-22", 1400, 0.8, 1120]]);
      t.name = "Assessments_Mine";
      await context.sync();
    });
    expect(host.wb.findName("CSC_Contacts")?.formula).toBe("='Other data'!$B$5:$D$7");
    expect(host.wb.findName("CSC_Assessments")?.formula).toBe("=Assessments_Mine[#All]");
    let state = await readMappingState();
    const c = state.mappings.contacts;
    expect(c.state === "set" && c.edges.firstColumn).toEqual(["Measure", "Number of contacts", "Referrals"]);
    const a = state.mappings.assessments;
    expect(a.state === "set" && a.edges.firstColumn).toEqual(["FY", "2019-20", "2020-21", "2021-22"]);
    const range = await Excel.run(async (context) => {
      const r = context.workbook.names.getItem("CSC_Assessments").getRange().load("address");
      await context.sync();
      return r.address;
    });
    expect(range).toBe("'My Figures'!A4:D7");
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Assessments_Mine").delete();
      await context.sync();
    });
    state = await readMappingState();
    expect(state.mappings.assessments).toEqual({ state: "broken", formula: "=#REF!" });
  });
});
