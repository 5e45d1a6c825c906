/**
 * The add-in's print setup of the report sheet, on the in-memory host: the plan's page decisions
 * (A4 landscape, one page wide as a print scale, header and footer, print area, a break before
 * each topic) reach `worksheet.pageLayout` and `horizontalPageBreaks`, and a refresh replaces the
 * breaks rather than adding a second set. The print setup is a step after the commit: a part
 * Excel refuses leaves the new report in place and is named in the result.
 */
import {
  applyReportPlan,
  inspectReportSheet,
  prepareReport,
  commitReport,
  validateWorkbookInExcel,
} from "../../src/excel";
import { buildReportPlan } from "../../src/core/report";
import { pageState } from "@csc/fake-excel";
import { withHost } from "./harness";

const SHEET = "Safeguarding Report";
let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

it("sets the plan's page layout, header, footer, print area and row breaks on the report sheet", async () => {
  host = withHost("sample");
  const { data } = await validateWorkbookInExcel();
  if (!data) throw new Error("sample did not validate");
  const plan = buildReportPlan(data, {});
  await applyReportPlan(plan, { replace: false });
  const second = await applyReportPlan(plan, { replace: false });
  expect(second.pageNotSet).toEqual([]);
  const page = pageState(host.wb.requireSheet(SHEET));
  // One page wide as a scale, which Excel applies whichever ribbon tab is selected.
  expect(page.zoomNotApplied).toBeUndefined();
  expect(page).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { scale: plan.page.scalePercent },
    leftMargin: plan.page.margins.left * 72,
    topMargin: plan.page.margins.top * 72,
    printArea: plan.page.printArea.address,
    headerFooter: {
      leftHeader: "Hampshire County Council",
      rightHeader: plan.reportYear,
      rightFooter: "Page &P of &N",
    },
  });
  // One break before each topic (the first before its section heading), set once across two runs.
  const topics = plan.blocks.filter((b) => b.kind === "table").length;
  expect(page.rowBreaks).toEqual([...plan.page.rowBreaks]);
  expect(page.rowBreaks).toHaveLength(topics);
  expect(page.printTitleRows).toBeUndefined();
});

// The commit's three syncs (prepare, commit, clean up) come first: the print setup's one sync is
// the 4th after the session is prepared; when it fails, each part is tried in its own sync
// (5th: paper, 6th: orientation, 7th: margins, 8th: scale, ...).
it.each([
  ["a printer that refuses A4", [4, 5], ["A4 paper"]],
  ["a printer that refuses the scale", [4, 8], ["print scale"]],
  ["Excel refusing every part", [4, 5, 6, 7, 8, 9, 10, 11, 12], undefined],
])("%s leaves the new report in place and says what was not set", async (_what, faults, notSet) => {
  host = withHost("sample");
  const { data } = await validateWorkbookInExcel();
  if (!data) throw new Error("sample did not validate");
  const plan = buildReportPlan(data, {});
  const session = await prepareReport(plan);
  for (const n of faults) host.wb.failOnSync(n);
  const result = await commitReport(session, { replace: false });
  const expected = notSet ?? [
    "A4 paper",
    "landscape orientation",
    "margins",
    "print scale",
    "header and footer",
    "print area",
    "print titles",
    "page breaks",
  ];
  expect(result).toMatchObject({ survived: "new report complete", pageNotSet: expected });
  await expect(inspectReportSheet()).resolves.toBe("ours");
  const page = pageState(host.wb.requireSheet(SHEET));
  expect(page.paperSize).toBe(expected.includes("A4 paper") ? "Letter" : "A4");
  expect(page.zoom).toEqual(expected.includes("print scale") ? { scale: 100 } : { scale: plan.page.scalePercent });
  expect(page.printArea).toBe(expected.includes("print area") ? undefined : plan.page.printArea.address);
});
