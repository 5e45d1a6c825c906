/**
 * The add-in's print setup of the report sheet, on the in-memory host: the plan's page decisions
 * (A4 landscape, one page wide, header and footer, print area, a break before each topic)
 * reach `worksheet.pageLayout` and `horizontalPageBreaks`, and a refresh replaces the breaks
 * rather than adding a second set.
 */
import { applyReportPlan, validateWorkbookInExcel } from "../../src/excel";
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
  await applyReportPlan(plan, { replace: false });
  const page = pageState(host.wb.requireSheet(SHEET));
  expect(page).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1 },
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
