/**
 * The report as one self-contained, accessible HTML document (WCAG 2.2 AA): lang="en-GB",
 * a <title>, headings in order, each table a <table> with <caption> and <th scope>, its
 * chart beside it as inline SVG with <title> and <desc>, the headlines as text. No
 * scripts, no external requests; every text from the workbook is escaped. Printed, it has the
 * workbook's pages (printCss).
 */
import { BACKGROUND, LIGHT_HEADER_FILL, NOTE_COLOUR, RULE_COLOUR, TEXT_COLOUR, WEB_FONTS } from "./theme";
import type { PagePlan } from "./page";
import type { Block, ReportPlan, TableBlock } from "./plan";
import { leftOutMessage } from "./left-out";
import { escapeXml as esc, renderChartSvg } from "./svg";

const CSS = `
body{font-family:${WEB_FONTS.map((f) => (f.includes(" ") ? `"${f}"` : f)).join(",")};color:${TEXT_COLOUR};background:${BACKGROUND};margin:2rem;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}
.pair{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
table{border-collapse:collapse;margin:0.5rem 0}
caption{text-align:left;font-weight:bold;padding-bottom:0.3rem}
th,td{border:1px solid ${RULE_COLOUR};padding:0.3rem 0.5rem}
thead th{background:${LIGHT_HEADER_FILL}}
td{text-align:right}
th[scope=row]{text-align:left}
.note{font-size:0.95rem;color:${NOTE_COLOUR}}
figure{margin:0}
svg.chart{max-width:100%;height:auto}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/** A CSS string literal of a header/footer section: Excel's &P and &N become page counters. */
function marginContent(section: string): string {
  const parts: string[] = [];
  let text = "";
  const flush = () => {
    // Everything but plain letters, digits and punctuation as a CSS escape: a council name
    // cannot close the string or the <style> element ("</style>" is written "\3C /style\3E ").
    if (text)
      parts.push(
        `"${text.replace(/[^\w ,.'():-]/g, (c) => `\\${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()} `)}"`,
      );
    text = "";
  };
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    const next = section[i + 1];
    if (c === "&" && (next === "P" || next === "N")) {
      flush();
      parts.push(next === "P" ? "counter(page)" : "counter(pages)");
      i++;
    } else if (c === "&" && next === "&") {
      text += "&";
      i++;
    } else text += c;
  }
  flush();
  return parts.join(" ");
}

/**
 * The print stylesheet, from the plan's page setup as the workbook prints it: A4 landscape,
 * the same margins, the header and footer in the page-margin boxes (CSS Paged Media,
 * https://www.w3.org/TR/css-page-3/#margin-boxes), a new page where the sheet breaks, and no
 * topic split across pages (break-inside: avoid, https://www.w3.org/TR/css-break-3/).
 */
function printCss(page: PagePlan): string {
  const m = page.margins;
  const box = (name: string, section: string) =>
    section ? `@${name}{content:${marginContent(section)};font-size:9pt;color:${TEXT_COLOUR}}` : "";
  return (
    `@page{size:A4 landscape;margin:${m.top}in ${m.right}in ${m.bottom}in ${m.left}in;` +
    box("top-left", page.header.left) +
    box("top-center", page.header.center) +
    box("top-right", page.header.right) +
    box("bottom-left", page.footer.left) +
    box("bottom-center", page.footer.center) +
    box("bottom-right", page.footer.right) +
    "}" +
    "@media print{body{margin:0;font-size:10pt}.page-start{break-before:page}section{break-inside:avoid}" +
    "h2,h3{break-after:avoid}th,td{white-space:nowrap}.pair{display:block}" +
    ".pair figure{display:inline-block;width:49%;vertical-align:top;break-inside:avoid}svg.chart{width:100%}}"
  );
}

/** ` class="page-start"` when the sheet prints `b` at the top of a new page. */
function pageStart(b: Block, page: PagePlan): string {
  return page.rowBreaks.includes(b.anchor.row) ? ' class="page-start"' : "";
}

function renderTable(t: TableBlock, page: PagePlan): string {
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
    `<section${pageStart(t, page)} aria-labelledby="h-${esc(t.id)}"><h3 id="h-${esc(t.id)}">${esc(t.title)}</h3>` +
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
    if (b.kind === "table") out.push(renderTable(b, plan.page));
    else if (b.kind === "headlines")
      out.push(`<h2>${esc(b.title)}</h2><ul>${b.items.map((h) => `<li>${esc(h.text)}</li>`).join("")}</ul>`);
    else if (b.kind === "note") out.push(`<p class="note">${esc(b.text)}</p>`);
    else out.push(b.level === 1 ? `<h1>${esc(b.text)}</h1>` : `<h2${pageStart(b, plan.page)}>${esc(b.text)}</h2>`);
  }
  if (plan.omitted.length > 0) {
    out.push(`<h2>Not included</h2><ul>${plan.omitted.map((o) => `<li>${esc(leftOutMessage(o))}</li>`).join("")}</ul>`);
  }
  return (
    `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(plan.title)}</title><style>${CSS}${printCss(plan.page)}</style></head>` +
    `<body><main>${out.join("\n")}</main></body></html>\n`
  );
}
