/**
 * The writers' contract: one ReportPlan applied by the Office.js writer (against the
 * in-memory host) and by the CLI's .xlsx writer (read back with ExcelJS, a reader of its
 * own) gives the same sheet, cell by cell: values, number formats, fonts (name, size, bold,
 * italic, colour), fills, alignment, borders (each edge's line), and column widths in points. The plan decides the look;
 * a writer that chooses its own fails here.
 */
import ExcelJS from "exceljs";
import { withHost } from "./harness";
import type { FakeWorkbook } from "@csc/fake-excel";
import { applyReportPlan } from "../../src/excel";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { loadSampleWorkbook } from "../../src/cli/template";
import { buildTemplateWorkbook } from "../../support/template-workbook";
import { writeReportPackage } from "../../src/cli/xlsx-report";
import {
  buildReportPlan,
  type ReportPlan,
  gridCellStyle,
  MAX_DIGIT_WIDTH_PX,
  type CellStyle,
} from "../../src/core/report";
import { sampleData } from "../../support/sample-workbook";
import { formatCell } from "../../src/core/base";

/** One cell as a person sees it. */
interface Seen {
  readonly value: string | number | null;
  readonly numberFormat: string;
  readonly font: { name: string; size: number; bold: boolean; italic: boolean; color: string };
  /** "#RRGGBB", or null for no fill. */
  readonly fill: string | null;
  readonly horizontal: string;
  readonly wrap: boolean;
  /** Each edge's line as the file names it ("thin", "none"...). */
  readonly border: { top: string; bottom: string; left: string; right: string };
}

/** Every cell the plan writes, its value and the plan's border for it, in sheet order (the CLI's own writer note apart). */
function plannedCells(plan: ReportPlan): [string, string | number | null, CellStyle["border"]][] {
  const out: [string, string | number | null, CellStyle["border"]][] = [];
  const text = (address: string, value: string): void => void out.push([address, value, "none"]);
  for (const b of plan.blocks) {
    text(b.anchor.address, b.kind === "headlines" || b.kind === "table" ? b.title : b.text);
    if (b.kind === "headlines") b.items.forEach((h) => text(h.address, h.text));
    if (b.kind !== "table") continue;
    const { range, values } = b.grid;
    values.forEach((row, r) =>
      row.forEach((v, c) =>
        out.push([
          formatCell({ row: range.row + r, col: range.col + c }),
          v,
          gridCellStyle(plan.styles, b.grid, r, c).border,
        ]),
      ),
    );
    b.notes.forEach((n) => n.lines.forEach((l) => text(l.address, l.text)));
    for (const c of b.charts) c.descriptionLines.forEach((l) => text(l.address, l.text));
  }
  return out;
}

/** The .xlsx name of an Office.js line (ECMA-376 Part 1 §18.18.3 ST_BorderStyle), or the pair when it has none. */
function lineName(line: { style?: string; weight?: string } | undefined): string {
  const style = line?.style ?? "None";
  const weight = line?.weight ?? "Thin";
  if (style === "None") return "none";
  if (style === "Continuous")
    return { Hairline: "hair", Thin: "thin", Medium: "medium", Thick: "thick" }[weight] ?? weight;
  return `${style}/${weight}`;
}

/** A cell of the in-memory host, with Excel's defaults for what was never set (Calibri 11, black, no fill). */
function hostCell(wb: FakeWorkbook, address: string): Seen {
  const cell = wb.getCell("Safeguarding Report", address);
  const f = cell?.format ?? {};
  const value = cell?.value ?? null;
  return {
    value: value === "" ? null : (value as string | number | null),
    numberFormat: cell?.numberFormat ?? "General",
    font: {
      name: f.fontName ?? "Calibri",
      size: f.fontSize ?? 11,
      bold: f.bold ?? false,
      italic: f.italic ?? false,
      color: f.fontColor ?? "#000000",
    },
    fill: f.fill === undefined || f.fill === "#FFFFFF" ? null : f.fill,
    horizontal: (f.horizontalAlignment ?? "General").toLowerCase(),
    wrap: f.wrapText ?? false,
    border: {
      top: lineName(f.borderTop),
      bottom: lineName(f.borderBottom),
      left: lineName(f.borderLeft),
      right: lineName(f.borderRight),
    },
  };
}

/** "FF1F4E79" -> "#1F4E79". */
const hex = (argb: string | undefined, fallback: string): string =>
  argb ? `#${argb.slice(-6).toUpperCase()}` : fallback;

/** A cell of the .xlsx as ExcelJS reads it back. */
function fileCell(ws: ExcelJS.Worksheet, address: string): Seen {
  const cell = ws.getCell(address);
  const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? cell.fill.fgColor?.argb : undefined;
  const v = cell.value;
  return {
    value: v === null || v === undefined || v === "" ? null : (v as string | number),
    numberFormat: cell.numFmt || "General",
    font: {
      name: cell.font?.name ?? "",
      size: cell.font?.size ?? 0,
      bold: cell.font?.bold ?? false,
      italic: cell.font?.italic ?? false,
      color: hex(cell.font?.color?.argb, "#000000"),
    },
    fill: fill ? hex(fill, "") : null,
    horizontal: cell.alignment?.horizontal ?? "general",
    wrap: cell.alignment?.wrapText ?? false,
    border: {
      top: cell.border?.top?.style ?? "none",
      bottom: cell.border?.bottom?.style ?? "none",
      left: cell.border?.left?.style ?? "none",
      right: cell.border?.right?.style ?? "none",
    },
  };
}

/** The points a `<col width>` shows: pixels by ECMA-376 Part 1 §18.3.1.13, 0.75 pt per pixel. */
function filePoints(width: number): number {
  const mdw = MAX_DIGIT_WIDTH_PX;
  return Math.trunc(((256 * width + Math.trunc(128 / mdw)) / 256) * mdw) * 0.75;
}

const plan = buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2021 }, quarterStyle: "range" });
let host: ReturnType<typeof withHost> | undefined;
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  host = withHost("sample");
  await applyReportPlan(plan, { replace: false });
  const template = buildTemplateWorkbook(loadSampleWorkbook());
  const input = new Uint8Array(await template.xlsx.writeBuffer());
  const out = writeReportPackage(readWorkbookBytes(input), plan);
  const back = new ExcelJS.Workbook();
  // ExcelJS types its input as the older Buffer; the bytes are the same.
  await back.xlsx.load(Buffer.from(out.bytes) as unknown as ExcelJS.Buffer);
  const ws = back.getWorksheet("Safeguarding Report");
  if (!ws) throw new Error("the .xlsx has no report sheet");
  sheet = ws;
}, 60_000);

afterAll(() => host?.done());

it.each(plannedCells(plan))(
  "%s holds the plan's value and border and looks the same from both writers",
  (address, value, border) => {
    const wb = host?.wb;
    if (!wb) throw new Error("no host");
    const fromHost = hostCell(wb, address);
    expect(fromHost.value).toEqual(value);
    // The plan's border on all four edges: a writer that drops one fails here, not only when both differ.
    expect(fromHost.border).toEqual({ top: border, bottom: border, left: border, right: border });
    expect(fileCell(sheet, address)).toEqual(fromHost);
  },
);

it("the plan gives its grids borders, so the border checks above have something to check", () => {
  expect(plannedCells(plan).filter(([, , border]) => border === "thin").length).toBeGreaterThan(10);
});

it("sets every column to the plan's width, in points, in both", () => {
  const wb = host?.wb;
  if (!wb) throw new Error("no host");
  const widths = wb.requireSheet("Safeguarding Report").columnWidths;
  const fromHost = plan.columnWidths.map((_, c) => widths.get(c));
  const fromFile = plan.columnWidths.map((_, c) => filePoints(sheet.getColumn(c + 1).width ?? NaN));
  expect(fromFile).toEqual(fromHost);
  // 14 characters of Calibri 11: 7 px a digit and 5 px padding, 103 px = 77.25 pt.
  expect(plan.columnWidths.map((chars, c) => [chars, fromHost[c]])).toContainEqual([14, 77.25]);
});
