/**
 * The report as one self-contained, accessible HTML document (WCAG 2.2 AA): lang="en-GB",
 * a <title>, headings in order, each table a <table> with <caption> and <th scope>, its
 * chart beside it as inline SVG with <title> and <desc>, the headlines as text. No
 * scripts, no external requests; every text from the workbook is escaped.
 */
import { TEXT_COLOUR } from "./contrast";
import type { ReportPlan, TableBlock } from "./plan";
import { escapeXml as esc, renderChartSvg } from "./svg";

const CSS = `
body{font-family:"Segoe UI",Arial,sans-serif;color:${TEXT_COLOUR};background:#FFFFFF;margin:2rem;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}
.pair{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
table{border-collapse:collapse;margin:0.5rem 0}
caption{text-align:left;font-weight:bold;padding-bottom:0.3rem}
th,td{border:1px solid #595959;padding:0.3rem 0.5rem}
thead th{background:#E7EEF5}
td{text-align:right}
th[scope=row]{text-align:left}
.note{font-size:0.95rem;color:#404040}
figure{margin:0}
svg.chart{max-width:100%;height:auto}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

function renderTable(t: TableBlock): string {
  const head = t.header.map((h) => `<th scope="col">${esc(h)}</th>`).join("");
  const body = t.rows
    .map((r) => {
      const cells = r.cells
        .map((c) => (c.value === null ? `<td><span class="sr-only">no figure</span></td>` : `<td>${esc(c.text)}</td>`))
        .join("");
      return `<tr><th scope="row">${esc(r.label)}</th>${cells}</tr>`;
    })
    .join("");
  const charts = t.charts.map((c) => `<figure>${renderChartSvg(c, t)}</figure>`).join("");
  const notes = t.notes.map((n) => `<p class="note">${esc(n.text)}</p>`).join("");
  // The caption adds the periods covered, so it does not repeat the heading above it.
  const first = t.header[1];
  const last = t.header[t.header.length - 1];
  const caption = first && last && first !== last ? `${t.title}, ${first} to ${last}` : t.title;
  return (
    `<section aria-labelledby="h-${esc(t.id)}"><h3 id="h-${esc(t.id)}">${esc(t.title)}</h3>` +
    `<div class="pair"><table id="table-${esc(t.id)}"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>` +
    `${charts}</div>${notes}</section>`
  );
}

/**
 * Renders the plan as an HTML document.
 * @returns the whole document, starting with `<!DOCTYPE html>`; CSS inline, no scripts.
 */
export function renderReportHtml(plan: ReportPlan): string {
  const out: string[] = [];
  for (const b of plan.blocks) {
    if (b.kind === "table") out.push(renderTable(b));
    else if (b.kind === "headlines")
      out.push(`<h2>${esc(b.title)}</h2><ul>${b.items.map((h) => `<li>${esc(h.text)}</li>`).join("")}</ul>`);
    else if (b.kind === "note") out.push(`<p class="note">${esc(b.text)}</p>`);
    else out.push(b.level === 1 ? `<h1>${esc(b.text)}</h1>` : `<h2>${esc(b.text)}</h2>`);
  }
  if (plan.omitted.length > 0) {
    out.push(`<h2>Not included</h2><ul>${plan.omitted.map((o) => `<li>${esc(o.reason)}</li>`).join("")}</ul>`);
  }
  return (
    `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(plan.title)}</title><style>${CSS}</style></head>` +
    `<body><main>${out.join("\n")}</main></body></html>\n`
  );
}
