/**
 * "Fill empty cells in the workbook" from a return: only the empty cells and missing period
 * rows of the sample workbook change, in one batch; Undo restores the workbook exactly, and
 * refuses (changing nothing) when a filled cell was edited since.
 */
import { analyseReturns } from "../../src/core/returns";
import { applyReturnsFill, FillUndoRefused, planFillInExcel, undoReturnsFill } from "../../src/excel";
import { csv903, type ChildSpec } from "../../support/returns-903";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

const CHILDREN: ChildSpec[] = [
  { id: "A1", dob: "01/01/2010", episodes: [{ decom: "01/02/2017" }] },
  { id: "A2", dob: "01/01/2005", episodes: [{ decom: "01/05/2017", dec: "01/03/2018", rec: "E11" }] },
  { id: "U1", dob: "01/01/2002", uasc: { duc: "" }, episodes: [{ decom: "10/04/2017" }] },
];

async function figures() {
  const a = await analyseReturns(csv903(CHILDREN).map((f) => ({ name: f.name, chunks: [f.text] })));
  return a.returns.flatMap((r) => r.figures);
}

const contents = () => {
  const snap = host?.wb.snapshot() as { sheets: unknown; tables: unknown };
  return JSON.stringify({ sheets: snap.sheets, tables: snap.tables });
};

describe("filling the workbook from a return", () => {
  it("fills the empty UASC cells and adds the missing quarter rows in period order; undo restores all", async () => {
    host = withHost("sample");
    const wb = host.wb;
    const before = contents();
    const plan = await planFillInExcel(await figures(), "SSDA903 return");
    expect(plan.cells.map((c) => [c.sheet, c.address, c.value])).toEqual([
      ["UASC", "B2", 1],
      ["UASC", "B3", 1],
      ["UASC", "B4", 1],
      ["UASC", "B5", 1],
    ]);
    expect(plan.differences.map((d) => d.address)).toEqual(["B5", "B6"]);
    const record = await applyReturnsFill(plan);
    expect(record.skipped).toEqual([]);
    // Three quarter rows went in after 2016-17 (row 5), before 2017-18.
    expect(wb.getValues("Looked After", "A4:B9")).toEqual([
      ["2015-16", 1305],
      ["2016-17", 1440],
      ["Jun-2017", 3],
      ["Sep-2017", 3],
      ["Dec-2017", 3],
      ["2017-18", 1592],
    ]);
    expect(wb.getValues("UASC", "B2:B5")).toEqual([[1], [1], [1], [1]]);
    expect(wb.getValues("UASC", "C2:C5")).toEqual([[137], [148], [171], [246]]);
    await undoReturnsFill(record);
    expect(contents()).toBe(before);
  });

  it("undo refuses, changing nothing, when a filled cell was edited since", async () => {
    host = withHost("sample");
    const record = await applyReturnsFill(await planFillInExcel(await figures(), "r"));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("UASC").getRange("B3").values = [[5]];
      await context.sync();
    });
    const edited = contents();
    await expect(undoReturnsFill(record)).rejects.toThrow(FillUndoRefused);
    await expect(undoReturnsFill(record)).rejects.toThrow("UASC!B3 changed since the fill");
    expect(contents()).toBe(edited);
  });

  it("a cell typed into between planning and writing is left, and reported", async () => {
    host = withHost("sample");
    const plan = await planFillInExcel(await figures(), "r");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("UASC").getRange("B2").values = [[9]];
      await context.sync();
    });
    const record = await applyReturnsFill(plan);
    expect(record.skipped).toEqual([{ sheet: "UASC", address: "B2" }]);
    expect(host.wb.getValues("UASC", "B2")).toEqual([[9]]);
  });
});
