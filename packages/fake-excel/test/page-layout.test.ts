/** The host's page layout refuses what page-layout.ts says Excel (or a stricter host) refuses. */
import { createFakeExcel, pageState } from "../src";

let run: ReturnType<typeof createFakeExcel>["run"];
let wb: ReturnType<typeof createFakeExcel>["workbook"];

async function sheetRun<T>(fn: (ws: Excel.Worksheet, ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return run(async (ctx) => fn(ctx.workbook.worksheets.getItem("S"), ctx));
}

describe("PageLayout on the in-memory host", () => {
  beforeEach(() => {
    ({ run, workbook: wb } = createFakeExcel({ S: [["x"]] }));
  });

  it("starts with Excel's defaults and reads back what was set", async () => {
    const got = await sheetRun(async (ws, ctx) => {
      const before = ws.pageLayout;
      before.load("orientation,paperSize,leftMargin,zoom");
      await ctx.sync();
      const b = { o: before.orientation, p: before.paperSize, l: before.leftMargin, z: before.zoom };
      ws.pageLayout.orientation = "Landscape";
      ws.pageLayout.zoom = { scale: 65 };
      ws.pageLayout.headersFooters.defaultForAllPages.rightFooter = "Page &P of &N";
      ws.horizontalPageBreaks.add("A5");
      const count = ws.horizontalPageBreaks.getCount();
      const after = ws.pageLayout;
      after.load("orientation,zoom");
      const hf = ws.pageLayout.headersFooters.defaultForAllPages;
      hf.load("rightFooter");
      await ctx.sync();
      return { b, o: after.orientation, z: after.zoom, f: hf.rightFooter, n: count.value };
    });
    expect(got).toEqual({
      b: { o: "Portrait", p: "Letter", l: 50.4, z: { scale: 100 } },
      o: "Landscape",
      z: { scale: 65 },
      f: "Page &P of &N",
      n: 1,
    });
  });

  it.each([
    ["a scale out of 10..400", (ws: Excel.Worksheet) => (ws.pageLayout.zoom = { scale: 5 })],
    [
      "a scale and a fit together",
      (ws: Excel.Worksheet) => (ws.pageLayout.zoom = { scale: 50, horizontalFitToPages: 1 }),
    ],
    ["a fit to 0 pages", (ws: Excel.Worksheet) => (ws.pageLayout.zoom = { verticalFitToPages: 0 })],
    [
      "a header over 255 characters",
      (ws: Excel.Worksheet) => (ws.pageLayout.headersFooters.defaultForAllPages.leftHeader = "x".repeat(256)),
    ],
    ["print title rows that are not whole rows", (ws: Excel.Worksheet) => ws.pageLayout.setPrintTitleRows("A1:B2")],
    ["a break before row 1", (ws: Excel.Worksheet) => ws.horizontalPageBreaks.add("A1")],
    [
      "a second break before the same row",
      (ws: Excel.Worksheet) => {
        ws.horizontalPageBreaks.add("B7");
        ws.horizontalPageBreaks.add("A7");
      },
    ],
  ])("refuses %s", async (_what, write) => {
    await expect(
      sheetRun(async (ws, ctx) => {
        write(ws);
        await ctx.sync();
      }),
    ).rejects.toThrow();
  });

  // Reported: a fit to pages is accepted but does not apply unless the Page Layout tab is selected;
  // a scale applies either way.
  it.each([
    ["not selected (as when the add-in sets it)", false, { scale: 100 }, { horizontalFitToPages: 1 }],
    ["selected", true, { horizontalFitToPages: 1 }, undefined],
  ])("a fit to one page wide with the Page Layout tab %s", async (_tab, selected, zoom, notApplied) => {
    wb.pageLayoutTabSelected = selected;
    const read = await sheetRun(async (ws, ctx) => {
      ws.pageLayout.zoom = { horizontalFitToPages: 1 };
      await ctx.sync();
      ws.pageLayout.load("zoom");
      await ctx.sync();
      return ws.pageLayout.zoom;
    });
    expect(read).toEqual(zoom);
    expect(pageState(wb.requireSheet("S")).zoomNotApplied).toEqual(notApplied);
  });

  it("removePageBreaks clears the manual breaks; whole print title rows are kept", async () => {
    const state = await sheetRun(async (ws, ctx) => {
      ws.horizontalPageBreaks.add("A3");
      ws.horizontalPageBreaks.removePageBreaks();
      ws.horizontalPageBreaks.add("A3");
      ws.pageLayout.setPrintTitleRows("$2:$3");
      const n = ws.horizontalPageBreaks.getCount();
      await ctx.sync();
      return n.value;
    });
    expect(state).toBe(1);
  });
});
