/**
 * The grid view of one sheet of the in-memory workbook: column letters, row numbers, cells
 * showing their text through the number format, fills, font colour and weight, table header
 * rows and banding, the selection outlined, and the sheet's charts drawn over the cells at
 * their positions. Cell text is rendered as React text (never HTML).
 */
import { memo, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from "react";
import {
  columnToLetters,
  conditionalStyleAt,
  dataValidationAt,
  formatText,
  DEFAULT_COLUMN_WIDTH,
  type SheetState,
  type FakeWorkbook,
} from "@csc/fake-excel";
import { ChartView } from "./ChartView";

/** Points to CSS pixels. */
const PX = 4 / 3;
const ROW_PX = 20;
const HEADER_COL_PX = 44;

/** Props of {@link Grid}. */
export interface GridProps {
  readonly wb: FakeWorkbook;
  readonly sheet: SheetState;
  /** Changes whenever the workbook may have changed. */
  readonly version: number;
  /**
   * Selects a cell; with `extend`, the range from the anchor (the cell selected last without
   * it) to this cell, as Excel's shift-click, drag and Shift+arrow do.
   */
  readonly onSelect: (row: number, col: number, extend?: boolean) => void;
  /** Zoom factor (1 = 100%), as Excel's status-bar zoom. */
  readonly zoom: number;
}

interface TableStyle {
  header: boolean;
  band: boolean;
}

function tableStyleAt(wb: FakeWorkbook, sheet: SheetState): (r: number, c: number) => TableStyle | undefined {
  const tables = wb.tables.filter((t) => t.sheet === sheet);
  return (r, c) => {
    const t = tables.find(
      (x) => r >= x.rect.startRow && r <= x.rect.endRow && c >= x.rect.startCol && c <= x.rect.endCol,
    );
    if (!t) return undefined;
    return { header: t.showHeaders && r === t.rect.startRow, band: (r - t.rect.startRow) % 2 === 1 };
  };
}

/**
 * Where an ideal grid offset (CSS px at 100%, header row and column included, every row
 * ROW_PX high) falls on the rendered grid, in the canvas's own (unzoomed) px: the same fraction
 * of the same row or column. Measured, because at a zoom below 100% Chromium draws each 1 px
 * cell border at least one device pixel wide, so rows and columns come out taller and wider than
 * their share (12.4 px, not 12, at 60%) and a chart placed by arithmetic drifts up the sheet
 * (two rows by row 50), over the note under a table it sits below in Excel.
 */
function measuredOffset(ideal: number, sizes: readonly number[], rects: readonly DOMRect[], axis: "y" | "x"): number {
  let start = 0;
  for (let i = 0; i < rects.length; i++) {
    const size = sizes[i] ?? ROW_PX;
    const r = rects[i] as DOMRect;
    if (ideal < start + size || i === rects.length - 1) {
      const frac = (ideal - start) / size;
      return axis === "y" ? r.top + frac * r.height : r.left + frac * r.width;
    }
    start += size;
  }
  return ideal;
}

function GridImpl({ wb, sheet, onSelect, zoom }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  // While the mouse button is held after a press on a cell, entering a cell extends the range.
  const dragging = useRef(false);
  const moving = useRef<{ row: number; col: number } | undefined>(undefined);
  useEffect(() => {
    const up = (): void => {
      dragging.current = false;
    };
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, []);
  const lastSel = useRef("");
  const used = wb.usedRect(sheet);
  const charts = wb.charts.filter((c) => c.sheet === sheet);
  const colWidth = (c: number): number => (sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) * PX;
  let chartRows = 0;
  let chartRight = 0;
  for (const ch of charts) {
    chartRows = Math.max(chartRows, Math.ceil(((ch.top + ch.height) * PX) / ROW_PX));
    chartRight = Math.max(chartRight, (ch.left + ch.width) * PX);
  }
  let chartCols = 0;
  for (let x = 0; x < chartRight && chartCols < 60; chartCols++) x += colWidth(chartCols);
  const rows = Math.min(400, Math.max(30, used ? used.endRow + 4 : 0, chartRows + 2));
  const cols = Math.min(40, Math.max(12, used ? used.endCol + 3 : 0, chartCols + 1));
  const sel = wb.selection?.sheet === sheet ? wb.selection.rect : undefined;
  const styleAt = tableStyleAt(wb, sheet);
  const selKey = sel ? `${sheet.id}:${sel.startRow}:${sel.startCol}` : "";

  // Bring a newly selected cell into view (an issue link may select C14 of a long sheet).
  useEffect(() => {
    if (selKey === lastSel.current) return;
    lastSel.current = selKey;
    scroller.current?.querySelector('td[data-active="true"]')?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selKey]);

  let tableWidth = HEADER_COL_PX;
  for (let c = 0; c < cols; c++) tableWidth += colWidth(c);

  // Charts and the input message are placed at their ideal offsets, then moved (before the page
  // is painted) to the same fraction of the same row and column as drawn (measuredOffset).
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const base = el.getBoundingClientRect();
    const rows = Array.from(el.querySelectorAll("table.grid tr"), (tr) => tr.getBoundingClientRect());
    const heads = Array.from(el.querySelectorAll("table.grid thead th"), (th) => th.getBoundingClientRect());
    const widths = [HEADER_COL_PX, ...Array.from({ length: heads.length - 1 }, (_, c) => colWidth(c))];
    for (const node of el.querySelectorAll<HTMLElement>("[data-ideal-top]")) {
      const top = measuredOffset(Number(node.dataset.idealTop), [], rows, "y");
      const left = measuredOffset(Number(node.dataset.idealLeft), widths, heads, "x");
      node.style.top = `${(top - base.top) / zoom}px`;
      node.style.left = `${(left - base.left) / zoom}px`;
    }
  });

  // Excel shows a validated cell's input message when the cell is selected, in a box just below
  // and to the right of the cell, over the cells beneath it (never over the headers).
  const validation = sel ? dataValidationAt(sheet, sel.startRow, sel.startCol) : undefined;
  const prompt = validation?.prompt.showPrompt && validation.prompt.message ? validation.prompt : undefined;
  let promptLeft = HEADER_COL_PX + 16;
  for (let c = 0; sel && c < sel.startCol; c++) promptLeft += colWidth(c);
  const promptAt = sel ? { top: ROW_PX * (sel.startRow + 2) + 4, left: promptLeft } : undefined;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (!sel) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    // Shift+arrow moves the range's far corner; an arrow alone moves the active cell.
    const from = e.shiftKey
      ? (moving.current ?? { row: sel.startRow, col: sel.startCol })
      : { row: sel.startRow, col: sel.startCol };
    const to = { row: Math.max(0, from.row + m[0]), col: Math.max(0, from.col + m[1]) };
    moving.current = e.shiftKey ? to : undefined;
    onSelect(to.row, to.col, e.shiftKey);
  };

  const cells = [];
  for (let r = 0; r < rows; r++) {
    const tds = [];
    for (let c = 0; c < cols; c++) {
      const data = wb.cell(sheet, r, c);
      const value = data ? wb.cellValue(sheet, r, c) : "";
      const text = data ? formatText(value, data.numberFormat) : "";
      const f = data?.format;
      const ts = styleAt(r, c);
      // A conditional format's fill, font and borders show over the cell's own, as in Excel.
      const cf = conditionalStyleAt(sheet, r, c);
      const edge = (e: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight") => {
        const b = cf.borders?.[e];
        return b
          ? `1px ${b.style === "Continuous" ? "solid" : b.style === "Dot" ? "dotted" : "dashed"} ${b.color ?? "#000"}`
          : undefined;
      };
      const selected =
        sel !== undefined && r >= sel.startRow && r <= sel.endRow && c >= sel.startCol && c <= sel.endCol;
      const isActive = sel !== undefined && r === sel.startRow && c === sel.startCol;
      const next = typeof value === "string" && value !== "" ? wb.cell(sheet, r, c + 1) : undefined;
      const spills =
        typeof value === "string" && value !== "" && (!next || (next.value === "" && next.formula === undefined));
      const align =
        f?.horizontalAlignment?.toLowerCase() ??
        (typeof value === "number" ? "right" : typeof value === "boolean" ? "center" : "left");
      tds.push(
        <td
          key={c}
          data-cell={`${columnToLetters(c)}${r + 1}`}
          data-selected={selected ? "true" : undefined}
          data-active={isActive ? "true" : undefined}
          aria-selected={selected}
          onMouseDown={(e) => {
            dragging.current = true;
            moving.current = e.shiftKey ? { row: r, col: c } : undefined;
            onSelect(r, c, e.shiftKey);
          }}
          onMouseEnter={() => {
            if (!dragging.current) return;
            moving.current = { row: r, col: c };
            onSelect(r, c, true);
          }}
          style={{
            background: cf.fill ?? f?.fill ?? (ts?.header ? "#1F4E79" : ts?.band ? "#DDEBF7" : undefined),
            color: cf.fontColor ?? f?.fontColor ?? (ts?.header ? "#FFFFFF" : undefined),
            fontWeight: (cf.bold ?? (f?.bold || ts?.header)) ? 700 : undefined,
            borderTop: edge("EdgeTop"),
            borderBottom: edge("EdgeBottom"),
            borderLeft: edge("EdgeLeft"),
            borderRight: edge("EdgeRight"),
            fontStyle: f?.italic ? "italic" : undefined,
            textAlign: align === "centre" ? "center" : (align as "left" | "right" | "center"),
            overflow: spills ? "visible" : "hidden",
            whiteSpace: f?.wrapText ? "normal" : "nowrap",
            outline: isActive ? "2px solid #107C41" : selected ? "1px solid #107C41" : undefined,
            outlineOffset: "-2px",
            position: isActive ? "relative" : undefined,
            zIndex: isActive ? 1 : undefined,
          }}
        >
          {text}
        </td>,
      );
    }
    cells.push(
      <tr key={r} style={{ height: ROW_PX }}>
        <th
          scope="row"
          className="rowhead"
          data-selected={sel && r >= sel.startRow && r <= sel.endRow ? "true" : undefined}
        >
          {r + 1}
        </th>
        {tds}
      </tr>,
    );
  }

  return (
    <div
      className="grid-scroll"
      ref={scroller}
      tabIndex={0}
      onKeyDown={onKeyDown}
      role="region"
      aria-label={`Sheet ${sheet.name} (arrow keys move the selection)`}
    >
      <div className="grid-canvas" style={{ zoom }} ref={canvas}>
        <table
          className="grid"
          data-sheet={sheet.name}
          aria-label={`Cells of ${sheet.name}`}
          style={{ width: tableWidth }}
        >
          <colgroup>
            <col style={{ width: HEADER_COL_PX }} />
            {Array.from({ length: cols }, (_, c) => (
              <col key={c} style={{ width: colWidth(c) }} />
            ))}
          </colgroup>
          <thead>
            <tr style={{ height: ROW_PX }}>
              <th className="corner" aria-label="Row and column headers" />
              {Array.from({ length: cols }, (_, c) => (
                <th
                  key={c}
                  scope="col"
                  className="colhead"
                  data-selected={sel && c >= sel.startCol && c <= sel.endCol ? "true" : undefined}
                >
                  {columnToLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{cells}</tbody>
        </table>
        {promptAt && prompt && (
          <div
            className="input-message"
            role="status"
            data-testid="input-message"
            data-ideal-top={promptAt.top}
            data-ideal-left={promptAt.left}
            style={promptAt}
          >
            {prompt.title && <strong>{prompt.title}</strong>}
            <span>{prompt.message}</span>
          </div>
        )}
        {charts.map((ch) => {
          let model;
          try {
            model = wb.getChartModel(sheet.name, ch.name);
          } catch {
            return null;
          }
          const at = { top: ROW_PX + ch.top * PX, left: HEADER_COL_PX + ch.left * PX };
          return (
            <div
              key={ch.id}
              className="chart"
              data-chart={ch.name}
              data-ideal-top={at.top}
              data-ideal-left={at.left}
              style={{
                ...at,
                width: ch.width * PX,
                height: ch.height * PX,
              }}
            >
              <ChartView model={model} width={Math.round(ch.width * PX)} height={Math.round(ch.height * PX)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The grid; re-renders only when `version` or the sheet changes. */
export const Grid = memo(
  GridImpl,
  (a, b) => a.version === b.version && a.sheet === b.sheet && a.wb === b.wb && a.zoom === b.zoom,
);
