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
const M = { left: 76, right: 20, top: 48, bottom: 78 };

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

/** A category label; long labels with a space go on two lines ("Apr-Jun" over "2019"), as the reports print them. */
function categoryLabel(text: string, x: number, y: number, twoLines: boolean): string {
  const cut = text.lastIndexOf(" ");
  if (!twoLines || cut < 0) return `<text x="${x}" y="${y}" text-anchor="middle">${escapeXml(text)}</text>`;
  return `<text x="${x}" y="${y}" text-anchor="middle"><tspan x="${x}">${escapeXml(text.slice(0, cut))}</tspan><tspan x="${x}" dy="13">${escapeXml(text.slice(cut + 1))}</tspan></text>`;
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
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = Math.max(chart.categories.length, 1);
  const band = plotW / n;
  const y = (v: number): number => r1(M.top + plotH - ((v - lo) / (hi - lo)) * plotH);
  const cx = (i: number): number => r1(M.left + band * (i + 0.5));
  const fs = n > 8 ? 10 : 11;
  const parts: string[] = [];
  const describedBy = table ? ` aria-describedby="${escapeXml(`table-${table.id}`)}"` : "";
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-title ${id}-desc"${describedBy}>`,
  );
  parts.push(
    `<title id="${id}-title">${escapeXml(chart.altTitle)}</title><desc id="${id}-desc">${escapeXml(chart.altDescription)}</desc>`,
  );
  parts.push(`<rect width="${W}" height="${H}" fill="${BACKGROUND}"/>`);
  parts.push(`<g font-family="${WEB_FONTS.join(", ")}" fill="${TEXT_COLOUR}" font-size="${fs}">`);
  parts.push(
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`,
  );
  if (chart.showLegend) {
    chart.series.forEach((s, i) => {
      const lx = M.left + i * 200;
      parts.push(
        `<rect x="${lx}" y="29" width="12" height="12" fill="${s.fill}" stroke="${s.color}"/>${marker(s.marker, lx + 6, 35, BACKGROUND)}<text x="${lx + 17}" y="39">${escapeXml(s.name)}</text>`,
      );
    });
  }
  // Gridlines and value-axis ticks.
  for (let v = lo; v <= hi + step / 1e6; v += step) {
    const yy = y(v);
    parts.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${yy}" y2="${yy}" stroke="${GRIDLINE_COLOUR}" stroke-width="1"/>`,
    );
    parts.push(
      `<text x="${M.left - 6}" y="${yy + 4}" text-anchor="end">${escapeXml(formatValue(v, chart.valueFormat === "0.00%" ? "0%" : chart.valueFormat))}</text>`,
    );
  }
  parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(lo)}" y2="${y(lo)}" stroke="${TEXT_COLOUR}"/>`);
  const twoLines = chart.categories.some((c) => c.length * fs * 0.55 > band);
  chart.categories.forEach((c, i) => parts.push(categoryLabel(c, cx(i), M.top + plotH + 16, twoLines)));
  parts.push(
    `<text x="${M.left + plotW / 2}" y="${H - 10}" text-anchor="middle" font-weight="bold">${escapeXml(chart.categoryAxisTitle)}</text>`,
  );
  parts.push(
    `<text transform="translate(16 ${M.top + plotH / 2}) rotate(-90)" text-anchor="middle" font-weight="bold">${escapeXml(chart.valueAxisTitle)}</text>`,
  );

  const k = chart.series.length;
  chart.series.forEach((s, si) => {
    parts.push(`<g class="series" aria-label="${escapeXml(s.name)}">`);
    if (isColumn) {
      const bw = (band * 0.7) / Math.max(k, 1);
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x = r1(M.left + band * i + band * 0.15 + bw * si);
        const top = y(Math.max(v, lo));
        parts.push(
          `<rect x="${x}" y="${top}" width="${r1(bw)}" height="${r1(y(lo) - top)}" fill="${s.fill}" stroke="${s.color}" stroke-width="1.5"/>`,
        );
        parts.push(
          `<text x="${r1(x + bw / 2)}" y="${r1(top - 4)}" text-anchor="middle">${escapeXml(formatValue(v, chart.valueFormat))}</text>`,
        );
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
      parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"/>`);
      s.values.forEach((v, i) => {
        if (v === null) return;
        parts.push(marker(s.marker, cx(i), y(v), s.color));
        parts.push(
          `<text x="${cx(i)}" y="${r1(y(v) - 9)}" text-anchor="middle">${escapeXml(formatValue(v, chart.valueFormat))}</text>`,
        );
      });
    }
    parts.push(`</g>`);
  });
  parts.push(`</g></svg>`);
  return parts.join("");
}
