/**
 * "Insert example" never writes where the officer did not ask: a table cell (the Settings
 * table's header at Settings!A1) is refused, a cell holding something is only replaced when
 * asked, and Undo puts back exactly what was there (formula or value, and number format). The
 * CSC functions answer later, as in Excel (#BUSY! until then): what the example shows is judged
 * once they have, and when they never do the result says Excel is still calculating.
 */
import { placeExample, undoExample, UndoRefused } from "../../src/excel";
import { createEvaluator } from "../../support/formulas";
import type { CustomFunctionOptions } from "@csc/fake-excel";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

/** The sheets and tables (the selection aside, which the example moves on purpose). */
function contents(): string {
  const snap = host?.wb.snapshot() as { sheets: unknown; tables: unknown };
  return JSON.stringify({ sheets: snap.sheets, tables: snap.tables });
}

/** The sample with a formula engine; the CSC functions answer `resultAfterSyncs` syncs after their formula is written. */
function sampleHost(resultAfterSyncs: CustomFunctionOptions["resultAfterSyncs"] = 1): ReturnType<typeof withHost> {
  const h = withHost("sample");
  h.wb.evaluate = createEvaluator(h.wb);
  h.wb.useCustomFunctions({ namespaces: ["CSC"], resultAfterSyncs });
  return h;
}

function select(sheet: string, row: number, col: number): void {
  if (!host) throw new Error("no host");
  host.wb.selection = {
    sheet: host.wb.requireSheet(sheet),
    rect: { startRow: row, startCol: col, endRow: row, endCol: col },
  };
}

describe("placeExample", () => {
  it("refuses a table's header cell and a table's body cell, writing nothing", async () => {
    host = sampleHost();
    const before = contents();
    select("Settings", 0, 0);
    await expect(placeExample('=CSC.FINANCIAL_YEAR("2020-03-31")', { replace: true })).resolves.toMatchObject({
      kind: "in-table",
      header: true,
      target: { address: "Settings!A1" },
    });
    select("Settings", 2, 1);
    await expect(placeExample("=CSC.RATE_PER_10K(1000,274300)", { replace: true })).resolves.toMatchObject({
      kind: "in-table",
      header: false,
    });
    expect(contents()).toBe(before);
  });

  it("asks before replacing a cell that holds something, then undo restores its value and format", async () => {
    host = sampleHost();
    const sheet = host.wb.requireSheet("Settings");
    host.wb.writeValue(sheet, 20, 6, 0.25);
    const cell = host.wb.cell(sheet, 20, 6);
    if (cell) cell.numberFormat = "0.0%";
    const before = contents();
    select("Settings", 20, 6);
    const asked = await placeExample("=CSC.RATE_PER_10K(1000,274300)");
    expect(asked).toMatchObject({ kind: "occupied", shows: "25.0%", target: { address: "Settings!G21" } });
    expect(contents()).toBe(before);
    if (asked.kind !== "occupied") throw new Error("not asked");
    const written = await placeExample("=CSC.RATE_PER_10K(1000,274300)", { target: asked.target, replace: true });
    expect(written).toMatchObject({ kind: "written", before: { formula: 0.25, numberFormat: "0.0%" }, isError: false });
    expect(host.wb.cell(sheet, 20, 6)?.formula).toBe("=CSC.RATE_PER_10K(1000,274300)");
    if (written.kind !== "written") throw new Error("not written");
    await undoExample(written);
    expect(contents()).toBe(before);
  });

  it("says when the example shows an error where it landed, and undo empties the cell again", async () => {
    host = sampleHost();
    const before = contents();
    select("Settings", 30, 8);
    const written = await placeExample("=CSC.TIMELINESS(B2:B9,C2:C9)");
    expect(written).toMatchObject({ kind: "written", shows: "#VALUE!", isError: true, before: { formula: "" } });
    if (written.kind !== "written") throw new Error("not written");
    await undoExample(written);
    expect(contents()).toBe(before);
  });

  it("leaves a cell changed since the example went in", async () => {
    host = sampleHost();
    select("Settings", 30, 8);
    const written = await placeExample("=CSC.RATE_PER_10K(1000,274300)");
    if (written.kind !== "written") throw new Error("not written");
    host.wb.writeValue(host.wb.requireSheet("Settings"), 30, 8, "mine");
    await expect(undoExample(written)).rejects.toBeInstanceOf(UndoRefused);
    expect(host.wb.cell(host.wb.requireSheet("Settings"), 30, 8)?.value).toBe("mine");
  });

  it.each([
    ["at once (the next read)", 1],
    ["after several reads (CSC.BENCHMARK loads its data first)", 4],
  ])("waits for a CSC function that answers %s, then judges what it shows", async (_when, after) => {
    host = sampleHost(after);
    select("Settings", 30, 8);
    const written = await placeExample('=CSC.FINANCIAL_YEAR("2020-03-31")');
    expect(written).toMatchObject({ kind: "written", shows: "2019-20", isError: false, calculating: false });
  });

  describe("a CSC function that does not answer within the wait", () => {
    beforeEach(() => jest.useFakeTimers({ doNotFake: ["nextTick", "queueMicrotask"] }));
    afterEach(() => jest.useRealTimers());

    it("is reported as still calculating, not as an error, and can be undone", async () => {
      host = sampleHost("manual");
      const before = contents();
      select("Settings", 30, 8);
      const placing = placeExample("=CSC.RATE_PER_10K(1000,274300)");
      await jest.advanceTimersByTimeAsync(60_000);
      const written = await placing;
      expect(written).toMatchObject({ kind: "written", shows: "#BUSY!", isError: false, calculating: true });
      // The result arrives later, in the cell the officer chose.
      host.wb.settleCustomFunctions();
      expect(host.wb.cellValue(host.wb.requireSheet("Settings"), 30, 8)).toBeCloseTo(36.46, 2);
      if (written.kind !== "written") throw new Error("not written");
      await undoExample(written);
      expect(contents()).toBe(before);
    });
  });
});
