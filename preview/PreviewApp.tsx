/**
 * The preview page: a banner saying what this is, the in-memory workbook as a grid with a
 * name box, formula bar and sheet tabs on the left, and the REAL task pane on the right in
 * a 350 px column, as Excel shows an add-in.
 */
import { useCallback, useRef, useState } from "react";
import { formatA1, formatText, type FakeWorkbook } from "@csc/fake-excel";
import { App } from "../src/taskpane/App";
import { Grid } from "./Grid";
import { useWorkbookVersion } from "./useWorkbookVersion";

/** Props of {@link PreviewApp}. */
export interface PreviewAppProps {
  readonly wb: FakeWorkbook;
  readonly variantLabel: string;
}

/** The whole preview page. */
export function PreviewApp({ wb, variantLabel }: PreviewAppProps) {
  const { version, bump } = useWorkbookVersion(wb);
  const [zoom, setZoom] = useState(() => {
    const z = Number(new URLSearchParams(window.location.search).get("zoom"));
    return z >= 25 && z <= 200 ? z / 100 : 1;
  });
  // ?pane=250 narrows the task pane (Office lets the officer drag it down to about that; Office
  // for Mac opens it at 270 px); ?panezoom=2 renders it at 200%, as the Office zoom or the
  // system's display scaling would: the pane keeps its width on screen and its content lays out
  // in width/zoom CSS pixels (a 350 px pane at 200% is 175 CSS px wide, at 400% about 88).
  // CSS zoom scales an element's own width too, so the width set is the on-screen one divided.
  const [paneStyle] = useState(() => {
    const q = new URLSearchParams(window.location.search);
    const asked = Number(q.get("pane"));
    const zoomed = Number(q.get("panezoom"));
    const width = asked >= 200 && asked <= 1000 ? asked : 350;
    const zoom = zoomed >= 1 && zoomed <= 4 ? zoomed : 1;
    return { width: `${width / zoom}px`, ...(zoom !== 1 ? { zoom } : {}) };
  });
  const visible = wb.sheets.filter((s) => s.visibility === "Visible");
  const sheet =
    wb.activeSheet && !wb.activeSheet.deleted && wb.activeSheet.visibility === "Visible" ? wb.activeSheet : visible[0];

  // The anchor of a range selection: the cell chosen last without Shift or a drag.
  const anchor = useRef<{ row: number; col: number }>({ row: 0, col: 0 });
  const onSelect = useCallback(
    (row: number, col: number, extend = false) => {
      const s = wb.activeSheet;
      if (!s) return;
      if (!extend || wb.selection?.sheet !== s) anchor.current = { row, col };
      const a = anchor.current;
      wb.selection = {
        sheet: s,
        rect: {
          startRow: Math.min(a.row, row),
          startCol: Math.min(a.col, col),
          endRow: Math.max(a.row, row),
          endCol: Math.max(a.col, col),
        },
      };
      bump();
    },
    [wb, bump],
  );

  const sel = wb.selection && sheet && wb.selection.sheet === sheet ? wb.selection : undefined;
  const selCell = sel ? wb.cell(sel.sheet, sel.rect.startRow, sel.rect.startCol) : undefined;
  const formulaText = selCell ? (selCell.formula ?? formatText(selCell.value, selCell.numberFormat)) : "";

  return (
    <div className="page" data-version={version}>
      <div className="banner" role="note">
        <strong>Preview — in-memory workbook, not Excel.</strong> The task pane on the right is the real add-in; the
        grid stands in for Excel. Workbook: {variantLabel}. Nothing leaves this computer.
      </div>
      <div className="split">
        <section className="workbook" aria-label="In-memory workbook">
          <div className="bar">
            <output className="namebox" aria-label="Selected cell" data-testid="namebox">
              {sel ? `${sel.sheet.name}!${formatA1(sel.rect)}` : ""}
            </output>
            <output className="formula" aria-label="Cell contents" data-testid="formula-bar">
              {formulaText}
            </output>
            <label className="zoom">
              Zoom{" "}
              <select value={String(Math.round(zoom * 100))} onChange={(e) => setZoom(Number(e.target.value) / 100)}>
                {[50, 60, 75, 90, 100, 125].map((z) => (
                  <option key={z} value={z}>{`${z}%`}</option>
                ))}
              </select>
            </label>
          </div>
          {sheet ? (
            <Grid wb={wb} sheet={sheet} version={version} onSelect={onSelect} zoom={zoom} />
          ) : (
            <p>The workbook has no visible sheet.</p>
          )}
          <nav className="tabs" aria-label="Sheets">
            {visible.map((s) => (
              <button
                key={s.id}
                type="button"
                className="tab"
                aria-current={s === sheet ? "page" : undefined}
                onClick={() => {
                  wb.activate(s);
                  bump();
                }}
              >
                {s.name}
              </button>
            ))}
          </nav>
        </section>
        <aside className="pane" id="taskpane" aria-label="Task pane" style={paneStyle}>
          <App />
        </aside>
      </div>
    </div>
  );
}
