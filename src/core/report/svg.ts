/**
 * A chart of the plan as inline SVG, for the HTML report, the preview and PNG export.
 * Accessible as WCAG 2.2 AA asks of published charts: role="img" with <title> and <desc>
 * (the alt text that states the trend), a visible title and axis titles, a direct value
 * label on every column and point (not colour alone, SC 1.4.1), marks in colours with
 * 3:1 contrast against white (SC 1.4.11) and text at 4.5:1 (SC 1.4.3).
 */
import { niceStep } from "./axis";
import { BACKGROUND, GRIDLINE_COLOUR, TEXT_COLOUR, WEB_FONTS } from "./theme";
import { formatValue } from "./format";
import { fitText, textWidth } from "./text-metrics";
import type { ChartSpec, MarkerStyle, TableBlock } from "./plan";

/**
 * What HTML text may not hold (HTML Living Standard §13.2.2, "control-character-in-input-stream"
 * and "noncharacter-in-input-stream"; the SVG inside is parsed by the same rules): a control
 * character other than whitespace, U+FFFE, U+FFFF, or a lone surrogate. A line break pasted
 * from Word (U+000B) or a form feed becomes a space; the rest is dropped (a lone surrogate
 * becomes U+FFFD, as the page's UTF-8 encoding would write it).
 */
const NOT_HTML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for HTML and SVG content and attribute values, without the characters HTML forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_HTML_CHAR, (c) =>
      c === "\u000B" || c === "\u000C" ? " " : c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff ? "\uFFFD" : "",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const W = 640;
const H = 360;
/** Plot margins; the top one grows with the title's and the legend's lines. */
const M = { left: 76, right: 20, bottom: 78 };
/** Space kept clear at the chart's edges. */
const EDGE = 8;

/** The value axis: columns start at 0 (a bar's length is its value); lines fit their data. */
function axis(values: readonly number[], fromZero: boolean): { lo: number; hi: number; step: number } {
  const max = Math.max(...values, 0);
  const min = fromZero ? 0 : Math.min(...values);
  const span = max - min || Math.abs(max) || 1;
  const step = niceStep(span, 5);
  const lo = fromZero ? 0 : Math.max(0, Math.floor((min - span * 0.1) / step) * step);
  const hi = Math.ceil((max + span * 0.1) / step) * step;
  return { lo, hi: hi > lo ? hi : lo + step, step };
}

function marker(shape: MarkerStyle, x: number, y: number, color: string): string {
  const r = 4.5;
  switch (shape) {
    case "square":
      return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" fill="${color}"/>`;
    case "diamond":
      return `<path d="M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z" fill="${color}"/>`;
    case "triangle":
      return `<path d="M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z" fill="${color}"/>`;
    case "none":
      return "";
    default:
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${color}"/>`;
  }
}

/**
 * One <text> with its own size and weight (so a reader of the SVG, and the test that checks
 * every text lies inside the chart, need not look up the group's), a line per <tspan>.
 */
function textEl(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  opts: { anchor?: "start" | "middle" | "end"; bold?: boolean; transform?: string } = {},
): string {
  const attrs = [
    `x="${r1(x)}"`,
    `y="${r1(y)}"`,
    `font-size="${size}"`,
    ...(opts.anchor && opts.anchor !== "start" ? [`text-anchor="${opts.anchor}"`] : []),
    ...(opts.bold ? [`font-weight="bold"`] : []),
    ...(opts.transform ? [`transform="${opts.transform}"`] : []),
  ].join(" ");
  if (lines.length === 1) return `<text ${attrs}>${escapeXml(lines[0] ?? "")}</text>`;
  const lh = r1(size * 1.2);
  const spans = lines.map((l, i) => `<tspan x="${r1(x)}"${i === 0 ? "" : ` dy="${lh}"`}>${escapeXml(l)}</tspan>`);
  return `<text ${attrs}>${spans.join("")}</text>`;
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Renders a plan chart as a standalone <svg> element (no scripts, no external references).
 * @param chart the chart; its series carry their values, so `table` is optional.
 * @param table the chart's table, used only for a caption id (`aria-describedby` the table).
 */
export function renderChartSvg(chart: ChartSpec, table?: TableBlock): string {
  const id = escapeXml(chart.name);
  const all = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const isColumn = chart.type === "ColumnClustered";
  const { lo, hi, step } = axis(all.length > 0 ? all : [0], isColumn);
  const n = Math.max(chart.categories.length, 1);
  const fs = n > 8 ? 10 : 11;
  const parts: string[] = [];
  const body: string[] = [];

  // The title wraps onto a second line, smaller if need be, rather than running off both ends.
  const title = fitText(chart.title, 15, 11, W - 2 * EDGE, 2, true);
  let top = EDGE + title.fontPx;
  body.push(textEl(title.lines, W / 2, top, title.fontPx, { anchor: "middle", bold: true }));
  top += (title.lines.length - 1) * title.fontPx * 1.2 + 8;

  // The legend names every series, flowing onto further rows as the names need.
  if (chart.showLegend) {
    let lx = EDGE;
    let row = 0;
    chart.series.forEach((s) => {
      const name = fitText(s.name, fs, 8, W - 2 * EDGE - 17, 1);
      const w = 17 + textWidth(name.lines[0] ?? "", name.fontPx);
      if (lx > EDGE && lx + w > W - EDGE) {
        lx = EDGE;
        row += 1;
      }
      const ly = top + row * 16;
      body.push(
        `<rect x="${r1(lx)}" y="${r1(ly)}" width="12" height="12" fill="${s.fill}" stroke="${s.color}"/>${marker(s.marker, r1(lx + 6), r1(ly + 6), BACKGROUND)}`,
        textEl(name.lines.slice(0, 1), lx + 17, ly + 10, name.fontPx),
      );
      lx += w + 16;
    });
    top += (row + 1) * 16 + 4;
  }
  const plotTop = top + 8;
  const plotW = W - M.left - M.right;
  const plotH = H - plotTop - M.bottom;
  const band = plotW / n;
  const y = (v: number): number => r1(plotTop + plotH - ((v - lo) / (hi - lo)) * plotH);
  const cx = (i: number): number => r1(M.left + band * (i + 0.5));
  const valueText = (v: number): string => formatValue(v, chart.valueFormat);

  // Gridlines and value-axis ticks.
  for (let v = lo; v <= hi + step / 1e6; v += step) {
    const yy = y(v);
    body.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${yy}" y2="${yy}" stroke="${GRIDLINE_COLOUR}" stroke-width="1"/>`,
      textEl([formatValue(v, chart.valueFormat === "0.00%" ? "0%" : chart.valueFormat)], M.left - 6, yy + 4, fs, {
        anchor: "end",
      }),
    );
  }
  body.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(lo)}" y2="${y(lo)}" stroke="${TEXT_COLOUR}"/>`);
  // Category labels: on two lines at a space when one is too wide ("Apr-Jun" over "2019"), smaller if still too wide.
  const twoLines = chart.categories.some((c) => textWidth(c, fs) > band - 2);
  const catLines = chart.categories.map((c) => {
    const cut = c.lastIndexOf(" ");
    return twoLines && cut > 0 ? [c.slice(0, cut), c.slice(cut + 1)] : [c];
  });
  let catFs = fs;
  while (catFs > 7 && catLines.some((ls) => ls.some((l) => textWidth(l, catFs) > band - 2))) catFs -= 0.5;
  catLines.forEach((ls, i) => body.push(textEl(ls, cx(i), plotTop + plotH + 16, catFs, { anchor: "middle" })));
  const catTitle = fitText(chart.categoryAxisTitle, fs, 8, plotW, 1, true);
  body.push(
    textEl(catTitle.lines.slice(0, 1), M.left + plotW / 2, H - 10, catTitle.fontPx, { anchor: "middle", bold: true }),
  );
  const valTitle = fitText(chart.valueAxisTitle, fs, 8, plotH, 1, true);
  const vx = 16;
  const vy = r1(plotTop + plotH / 2);
  body.push(
    textEl(valTitle.lines.slice(0, 1), vx, vy, valTitle.fontPx, {
      anchor: "middle",
      bold: true,
      transform: `rotate(-90 ${vx} ${vy})`,
    }),
  );

  const k = chart.series.length;
  // Line charts: the labels at a category are stacked so none covers another (series close
  // together, as a council and its neighbours often are), each as near its point as room allows.
  const labelSize = (label: string): number => {
    let size = fs;
    while (size > 8 && textWidth(label, size) > band - 2) size -= 0.5;
    return size;
  };
  const labelY = chart.series.map(() => new Map<number, number>());
  if (!isColumn) {
    for (let i = 0; i < n; i++) {
      const at = chart.series
        .map((s, si) => ({ si, v: s.values[i] }))
        .filter((p): p is { si: number; v: number } => p.v !== null && p.v !== undefined)
        .map((p) => ({ si: p.si, want: y(p.v) - 9, size: labelSize(valueText(p.v)) }))
        .sort((a, b) => a.want - b.want);
      let floor = -Infinity;
      for (const p of at) {
        const placed = Math.max(p.want, floor + p.size + 3);
        labelY[p.si]?.set(i, placed);
        floor = placed;
      }
      // Pushed below the plot's floor: the whole stack moves up, keeping its spacing.
      const over = floor - (plotTop + plotH - 2);
      if (over > 0) for (const p of at) labelY[p.si]?.set(i, (labelY[p.si]?.get(i) ?? 0) - over);
    }
  }
  const seriesLabels: string[] = [];
  chart.series.forEach((s, si) => {
    body.push(`<g class="series">`);
    const labels: string[] = [];
    if (isColumn) {
      const bw = (band * 0.7) / Math.max(k, 1);
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x = r1(M.left + band * i + band * 0.15 + bw * si);
        const barTop = y(Math.max(v, lo));
        body.push(
          `<rect x="${x}" y="${barTop}" width="${r1(bw)}" height="${r1(y(lo) - barTop)}" fill="${s.fill}" stroke="${s.color}" stroke-width="1.5"/>`,
        );
        // A label as wide as its column's slot at most: smaller, else turned to run up the column.
        const label = valueText(v);
        const slot = k > 1 ? bw + (band * 0.3) / k : band - 4;
        let size = fs;
        while (size > 8 && textWidth(label, size) > slot) size -= 0.5;
        const lx = r1(x + bw / 2);
        if (textWidth(label, size) <= slot) labels.push(textEl([label], lx, barTop - 4, size, { anchor: "middle" }));
        else {
          const ly = r1(barTop - 4);
          labels.push(textEl([label], lx + size / 3, ly, size, { transform: `rotate(-90 ${lx + size / 3} ${ly})` }));
        }
      });
    } else {
      // Gaps stay gaps: a blank quarter breaks the line rather than being drawn as 0.
      let d = "";
      let pen = false;
      s.values.forEach((v, i) => {
        if (v === null) {
          pen = false;
          return;
        }
        d += `${pen ? "L" : "M"}${cx(i)} ${y(v)}`;
        pen = true;
      });
      body.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"/>`);
      s.values.forEach((v, i) => {
        if (v === null) return;
        body.push(marker(s.marker, cx(i), y(v), s.color));
        const label = valueText(v);
        labels.push(textEl([label], cx(i), labelY[si]?.get(i) ?? y(v) - 9, labelSize(label), { anchor: "middle" }));
      });
    }
    body.push(`</g>`);
    seriesLabels.push(
      `<g class="labels" stroke="${BACKGROUND}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${labels.join("")}</g>`,
    );
  });
  // The value labels go over every series' marks, each with a halo of the background, so a
  // line or marker drawn later never covers a figure.
  body.push(...seriesLabels);

  const describedBy = table ? ` aria-describedby="${escapeXml(`table-${table.id}`)}"` : "";
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-title ${id}-desc"${describedBy}>`,
    `<title id="${id}-title">${escapeXml(chart.altTitle)}</title><desc id="${id}-desc">${escapeXml(chart.altDescription)}</desc>`,
    `<rect width="${W}" height="${H}" fill="${BACKGROUND}"/>`,
    `<g font-family="${WEB_FONTS.join(", ")}" fill="${TEXT_COLOUR}" font-size="${fs}">`,
    ...body,
    `</g></svg>`,
  );
  return parts.join("");
}
