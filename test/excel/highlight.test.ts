/**
 * Highlights are conditional formats the add-in adds, and finds again by the mark their rule
 * carries (not by a stored id): the cells' own formats are never written, so "Clear
 * highlights" puts back exactly what was there, even after the workbook was saved and reopened
 * (new ids) and rows were inserted above the highlighted cells (the rules moved).
 */
import { clearHighlights, hasHighlights, highlightIssues, validateWorkbookInExcel } from "../../src/excel";
import { HIGHLIGHT_RULE, isHighlightRule } from "../../src/excel/highlight";
import { conditionalStyleAt, FakeWorkbook } from "@csc/fake-excel";
import { withHost } from "./harness";

/** Inserts two entire rows above row 3 of the UASC sheet, as an officer would. */
async function insertRowsOnUasc(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("UASC").getRange("3:4").insert("Down");
    await context.sync();
  });
}

/** The officer's own rule, also "always true", on a cell the add-in will highlight. */
function addOfficersRule(wb: FakeWorkbook): void {
  const sheet = wb.requireSheet("UASC");
  (sheet.conditionalFormats ??= []).push({
    id: wb.newId("cf"),
    sheet,
    rect: { startRow: 13, startCol: 0, endRow: 13, endCol: 2 },
    type: "Custom",
    formula: "=TRUE",
    fill: "#E2EFDA",
    deleted: false,
  });
}

/** An error's highlight: red, and bold with a border all round, so it differs by more than colour. */
const EDGE = { style: "Continuous", color: "#9C0006" };
const ERROR_STYLE = {
  fill: "#FFC7CE",
  fontColor: "#9C0006",
  bold: true,
  borders: { EdgeTop: EDGE, EdgeBottom: EDGE, EdgeLeft: EDGE, EdgeRight: EDGE },
};

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
    expect(conditionalStyleAt(host.wb.requireSheet("UASC"), 13, 2)).toEqual(ERROR_STYLE);
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
    // A warning: yellow, with neither the error's border nor its bold text.
    expect(conditionalStyleAt(ws, Number(m?.[2]) - 1, col)).toEqual({ fill: "#FFEB9C", fontColor: "#7A4F01" });
    await clearHighlights();
    expect(host.wb.snapshot()).toEqual(before);
  });

  it("clearing survives a highlight the officer already deleted, and never touches the officer's own rules", async () => {
    host = withHost("fault");
    addOfficersRule(host.wb);
    const { issues } = await validateWorkbookInExcel();
    const marked = await highlightIssues(issues);
    const onUasc = issues.filter((i) => i.sheet === "UASC").length;
    expect(onUasc).toBeGreaterThan(0);
    // The officer deletes one of our rules by hand (Excel's Manage Rules > Delete Rule).
    const uasc = host.wb.requireSheet("UASC");
    const ours = (uasc.conditionalFormats ?? []).find((c) => !c.deleted && isHighlightRule(c.formula));
    if (ours) ours.deleted = true;
    expect(await clearHighlights()).toBe(marked - 1);
    expect(await hasHighlights()).toBe(false);
    const left = (uasc.conditionalFormats ?? []).filter((c) => !c.deleted);
    expect(left.map((c) => c.formula)).toEqual(["=TRUE"]);
  });

  it("clears back exactly after the workbook is saved and reopened and rows are inserted above the highlights", async () => {
    host = withHost("fault");
    addOfficersRule(host.wb);
    host.wb.updateCell(host.wb.requireSheet("UASC"), 13, 2, (c) => (c.format = { ...c.format, bold: true }));
    const original = host.wb.save();
    const { issues } = await validateWorkbookInExcel();
    const marked = await highlightIssues(issues);
    expect(marked).toBeGreaterThan(0);
    const ruleIds = (host.wb.requireSheet("UASC").conditionalFormats ?? []).map((c) => c.id);

    // Close and reopen: every object, conditional formats included, gets a new id.
    const reopened = host.wb.reopen();
    host.done();
    host = withHost(reopened);
    const reopenedIds = (reopened.requireSheet("UASC").conditionalFormats ?? []).map((c) => c.id);
    expect(reopenedIds.some((id) => ruleIds.includes(id))).toBe(false);
    // Rows inserted above the highlighted cell: the highlight moves with it (C14 -> C16).
    await insertRowsOnUasc();
    expect(conditionalStyleAt(reopened.requireSheet("UASC"), 15, 2)).toEqual(ERROR_STYLE);
    expect(await hasHighlights()).toBe(true);
    expect(await clearHighlights()).toBe(marked);

    // The same workbook, never highlighted, with the same rows inserted.
    host.done();
    host = withHost(FakeWorkbook.open(original));
    await insertRowsOnUasc();
    const expected = host.wb.snapshot();
    expect(reopened.snapshot()).toEqual(expected);
    expect(conditionalStyleAt(reopened.requireSheet("UASC"), 15, 0)).toEqual({ fill: "#E2EFDA" });
  });

  it("leaves a protected sheet alone instead of failing", async () => {
    host = withHost("fault");
    const { issues } = await validateWorkbookInExcel();
    host.wb.requireSheet("UASC").protection = { password: "" };
    const uascBefore = JSON.stringify(
      (host.wb.snapshot() as { sheets: { name: string }[] }).sheets.find((x) => x.name === "UASC"),
    );
    const marked = await highlightIssues(issues);
    expect(marked).toBe(new Set(issues.filter((i) => i.sheet !== "UASC").map((i) => `${i.sheet}!${i.cell}`)).size);
    const uascAfter = JSON.stringify(
      (host.wb.snapshot() as { sheets: { name: string }[] }).sheets.find((x) => x.name === "UASC"),
    );
    expect(uascAfter).toBe(uascBefore);
    expect(await clearHighlights()).toBe(marked);
  });

  it("marks with a rule that is always true and recognisably the add-in's", () => {
    expect(HIGHLIGHT_RULE).toBe('=ISTEXT("CSC Safeguarding Report highlight")');
    expect(isHighlightRule(HIGHLIGHT_RULE)).toBe(true);
    expect(isHighlightRule('= istext( "CSC Safeguarding Report highlight" )')).toBe(true);
    for (const officers of ["=TRUE", '=ISTEXT("CSC Safeguarding Report highlight")*A1', '=ISTEXT("mine")']) {
      expect(isHighlightRule(officers)).toBe(false);
    }
  });
});
