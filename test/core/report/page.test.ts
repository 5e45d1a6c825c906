/**
 * The printed pages: a break before each topic, one page wide, and the table's header row
 * repeated (print titles) when a topic runs over a page — which the sample's topics never do,
 * so a tall topic is made here.
 */
import { fitScalePercent, planPage, printableWidthPt, type PaperSetup } from "../../../src/core/report/page";
import { columnPoints } from "../../../src/core/report/styles";
import type { Block } from "../../../src/core/report/plan";
import { gridRange } from "../../../src/core/report/format";

/** The parts of a block the page plan reads: its kind, level and anchor; a table's grid row. */
function block(kind: "heading" | "table", row: number, level = 1): Block {
  const anchor = { row, col: 0, address: `A${row + 1}` };
  return (kind === "heading"
    ? { kind, id: `h${row}`, level, text: "Heading", anchor }
    : {
        kind,
        id: `t${row}`,
        title: "Topic",
        anchor,
        grid: { range: gridRange(row + 1, 0, 2, 6) },
      }) as unknown as Block;
}

const page = (rows: number, tables: readonly number[]) =>
  planPage({
    blocks: [block("heading", 0), block("heading", 10, 2), ...tables.map((r) => block("table", r))],
    columnWidths: [37, ...Array<number>(13).fill(14)],
    usedRange: gridRange(0, 0, rows, 14),
    localAuthority: "Barking & Dagenham",
    reportTitle: "Annual Safeguarding Report 2021-22",
    reportYear: "2021-22",
  });

it("breaks before the section heading and before each later topic, fitted one page wide", () => {
  const p = page(80, [12, 40, 60]);
  expect(p.rowBreaks).toEqual([10, 40, 60]);
  expect([p.fitToPagesWide, p.fitToPagesTall, p.scalePercent]).toEqual([1, 0, 65]);
  expect(p.printTitleRows).toBeUndefined();
});

it("repeats the header row of a topic taller than a page, and escapes & in the header", () => {
  // Rows 10-89 on one page: 80 rows of 15 pt at 65% is 780 pt, more than A4 landscape's 487 pt.
  const p = page(120, [12, 90]);
  expect(p.tallestPagePt).toBeGreaterThan(p.printableHeightPt);
  expect(p.printTitleRows).toEqual({ first: 13, last: 13, address: "$14:$14" });
  expect(p.header.left).toBe("Barking && Dagenham");
});

describe("fitScalePercent: the print scale that fits the columns one page wide", () => {
  const report = [37, ...Array<number>(13).fill(14)];
  const paper = (orientation: PaperSetup["orientation"], side = 0.4): PaperSetup => ({
    paper: "A4",
    orientation,
    margins: { left: side, right: side },
  });
  it.each([
    // 198 pt + 13 x 77.25 pt = 1202.25 pt on 841.89 - 57.6 = 784.29 pt.
    ["the report's columns on A4 landscape: 65%", report, paper("landscape"), 65],
    // 595.28 - 57.6 = 537.68 pt.
    ["the same on A4 portrait: 44%", report, paper("portrait"), 44],
    ["wider margins (1 in each side) on landscape: 58%", report, paper("landscape", 1), 58],
    ["a sheet narrower than the page: 100%, never enlarged", [10, 10], paper("landscape"), 100],
    ["no columns: 100%", [], paper("landscape"), 100],
    ["200 columns: Excel's least, 10", Array<number>(200).fill(14), paper("landscape"), 10],
  ])("%s", (_name, widths, p, expected) => {
    const scale = fitScalePercent(widths, p);
    expect(scale).toBe(expected);
    const width = widths.reduce((s, w) => s + columnPoints(w), 0);
    // Within Excel's clamp the scale is the largest whole percent at which the columns fit.
    if (scale > 10 && scale < 100) {
      expect((width * scale) / 100).toBeLessThanOrEqual(printableWidthPt(p));
      expect((width * (scale + 1)) / 100).toBeGreaterThan(printableWidthPt(p));
    }
  });
});
