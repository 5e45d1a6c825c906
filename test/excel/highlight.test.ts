/**
 * Highlights are conditional formats the add-in adds and removes by id: the cells' own
 * formats are never written, so "Clear highlights" puts back exactly what was there.
 */
import { clearHighlights, hasHighlights, highlightIssues, validateWorkbookInExcel } from "../../src/excel";
import { HIGHLIGHT_SETTING } from "../../src/excel/highlight";
import { conditionalStyleAt } from "../fake-excel";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

describe("highlightIssues / clearHighlights", () => {
  it("marks each issue's cell and clears back to the exact workbook", async () => {
    host = withHost("fault");
    // The officer's own formatting on a cell that will be highlighted must survive.
    host.wb.updateCell(
      host.wb.requireSheet("UASC"),
      13,
      2,
      (c) => (c.format = { ...c.format, fill: "#DDEBF7", bold: true }),
    );
    const before = host.wb.snapshot();
    const { issues } = await validateWorkbookInExcel();
    const blank = issues.find((i) => i.code === "blank");
    expect(blank).toMatchObject({ sheet: "UASC", cell: "C14" });

    const marked = await highlightIssues(issues);
    expect(marked).toBeGreaterThan(0);
    expect(conditionalStyleAt(host.wb.requireSheet("UASC"), 13, 2)).toEqual({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(await hasHighlights()).toBe(true);
    // The cell's own format is untouched while highlighted.
    expect(host.wb.getCell("UASC", "C14")?.format).toMatchObject({ fill: "#DDEBF7", bold: true });

    expect(await clearHighlights()).toBe(marked);
    expect(await hasHighlights()).toBe(false);
    expect(host.wb.snapshot()).toEqual(before);
  });

  it("warnings are yellow, errors red, and re-highlighting replaces rather than stacks", async () => {
    host = withHost("sample");
    const before = host.wb.snapshot();
    const { issues } = await validateWorkbookInExcel();
    const warning = issues.find((i) => i.severity === "warning" && i.code === "trend-jump");
    expect(warning).toBeDefined();
    const n = await highlightIssues(issues);
    await highlightIssues(issues);
    const snap = host.wb.snapshot() as { sheets: { conditionalFormats?: unknown[] }[] };
    expect(snap.sheets.reduce((k, s) => k + (s.conditionalFormats?.length ?? 0), 0)).toBe(n);
    const ws = host.wb.requireSheet(warning?.sheet ?? "");
    const m = /^([A-Z]+)(\d+)$/.exec(warning?.cell ?? "");
    const col = (m?.[1] ?? "A").charCodeAt(0) - 65;
    expect(conditionalStyleAt(ws, Number(m?.[2]) - 1, col).fill).toBe("#FFEB9C");
    await clearHighlights();
    expect(host.wb.snapshot()).toEqual(before);
  });

  it("clearing survives a highlight whose format the officer already deleted", async () => {
    host = withHost("fault");
    const { issues } = await validateWorkbookInExcel();
    await highlightIssues(issues);
    const stored = JSON.parse(String(host.wb.settings.get(HIGHLIGHT_SETTING))) as { sheet: string }[];
    expect(stored.length).toBeGreaterThan(0);
    // The officer deletes the UASC sheet's conditional formats by hand.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("UASC").getRange("A1:C30").conditionalFormats.clearAll();
      await context.sync();
    });
    await expect(clearHighlights()).resolves.toBeGreaterThanOrEqual(0);
    expect(await hasHighlights()).toBe(false);
  });
});
