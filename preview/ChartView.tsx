/**
 * Draws a chart of the in-memory workbook as SVG from FakeWorkbook.getChartModel: clustered
 * columns or lines with markers, title, axis titles, data labels and a legend, the way the
 * report's native Excel charts are set up. A preview stand-in, not a full chart engine.
 */
import { type ChartModel, formatText } from "@csc/fake-excel";

const PALETTE = ["#1F4E79", "#A5461B", "#3B6E22", "#6B2C91"];
const MARKERS = ["circle", "square", "diamond", "triangle"] as const;

/** A "nice" axis maximum (1, 2, 2.5 or 5 times a power of ten) at or above `max`. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const pow = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * pow >= max) return m * pow;
  return 10 * pow;
}

function Marker({ shape, x, y, color }: { shape: (typeof MARKERS)[number]; x: number; y: number; color: string }) {
  switch (shape) {
    case "square":
      return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={color} />;
    case "diamond":
      return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y}L${x} ${y + 4.5}L${x - 4.5} ${y}Z`} fill={color} />;
    case "triangle":
      return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y + 3.5}L${x - 4.5} ${y + 3.5}Z`} fill={color} />;
    default:
      return <circle cx={x} cy={y} r={3.5} fill={color} />;
  }
}

/** Props of {@link ChartView}. */
export interface ChartViewProps {
  readonly model: ChartModel;
  /** Size in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/** One chart. */
export function ChartView({ model, width, height }: ChartViewProps) {
  const fmt = model.valueAxis.numberFormat || "General";
  const label = (v: number): string => formatText(v, fmt === "General" ? undefined : fmt);
  const isLine = /line/i.test(model.chartType);
  const showLegend = model.legend.visible && model.series.length > 1;
  const top = model.title.visible ? 30 : 12;
  const bottom = 40 + (showLegend ? 18 : 0) + (model.categoryAxis.titleVisible ? 14 : 0);
  const left = 52 + (model.valueAxis.titleVisible ? 14 : 0);
  const right = 12;
  const plotW = Math.max(10, width - left - right);
  const plotH = Math.max(10, height - top - bottom);
  const all = model.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const vMax = model.valueAxis.maximum ?? niceMax(Math.max(0, ...all) * (isLine ? 1.05 : 1.1));
  const vMin = model.valueAxis.minimum ?? 0;
  const y = (v: number): number => top + plotH - ((v - vMin) / (vMax - vMin || 1)) * plotH;
  const n = Math.max(1, model.categories.length);
  const band = plotW / n;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => vMin + t * (vMax - vMin));
  const groupW = band * 0.7;
  const barW = groupW / Math.max(1, model.series.length);
  const color = (i: number, s: ChartModel["series"][number]): string =>
    (isLine ? s.lineColor : s.fillColor) ?? PALETTE[i % PALETTE.length] ?? "#1F4E79";
  const titleId = `chart-${model.name.replace(/\W+/g, "-")}-title`;
  const descId = `${titleId}-desc`;
  const everyNth = Math.ceil(n / Math.max(1, Math.floor(plotW / 48)));

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      style={{ background: "#fff", border: "1px solid #8a8886", fontFamily: "Segoe UI, Arial, sans-serif" }}
    >
      <title id={titleId}>{model.altTextTitle || model.title.text || model.name}</title>
      <desc id={descId}>{model.altTextDescription}</desc>
      {model.title.visible && (
        <text x={width / 2} y={19} textAnchor="middle" fontSize={13} fontWeight={600} fill="#201f1e">
          {model.title.text}
        </text>
      )}
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={left + plotW} y1={y(t)} y2={y(t)} stroke="#d2d0ce" />
          <text x={left - 4} y={y(t) + 4} textAnchor="end" fontSize={10} fill="#323130">
            {label(t)}
          </text>
        </g>
      ))}
      <line x1={left} x2={left + plotW} y1={top + plotH} y2={top + plotH} stroke="#605e5c" />
      {model.categories.map((c, i) =>
        i % everyNth === 0 ? (
          <text
            key={`${c}-${i}`}
            x={left + band * (i + 0.5)}
            y={top + plotH + 14}
            textAnchor="middle"
            fontSize={10}
            fill="#323130"
          >
            {c}
          </text>
        ) : null,
      )}
      {model.series.map((s, si) => {
        const col = color(si, s);
        const labels = model.showDataLabels || s.hasDataLabels;
        if (isLine) {
          const pts = s.values.map((v, i) => (v === null ? null : { x: left + band * (i + 0.5), y: y(v), v }));
          const d = pts.reduce(
            (acc, p, i) =>
              p ? `${acc}${acc === "" || pts[i - 1] === null ? "M" : "L"}${p.x.toFixed(1)} ${p.y.toFixed(1)}` : acc,
            "",
          );
          const shape = MARKERS[si % MARKERS.length] ?? "circle";
          return (
            <g key={s.name}>
              <path d={d} fill="none" stroke={col} strokeWidth={2} />
              {pts.map((p, i) =>
                p ? (
                  <g key={i}>
                    {s.markerStyle !== "None" && <Marker shape={shape} x={p.x} y={p.y} color={col} />}
                    {labels && (i % everyNth === 0 || i === pts.length - 1) && (
                      <text x={p.x} y={p.y - 7} textAnchor="middle" fontSize={9} fill="#201f1e">
                        {label(p.v)}
                      </text>
                    )}
                  </g>
                ) : null,
              )}
            </g>
          );
        }
        return (
          <g key={s.name}>
            {s.values.map((v, i) => {
              if (v === null) return null;
              const x = left + band * i + (band - groupW) / 2 + barW * si;
              return (
                <g key={i}>
                  <rect x={x} y={y(v)} width={Math.max(1, barW - 2)} height={top + plotH - y(v)} fill={col} />
                  {labels && (
                    <text x={x + barW / 2} y={y(v) - 3} textAnchor="middle" fontSize={9} fill="#201f1e">
                      {label(v)}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
      {model.valueAxis.titleVisible && (
        <text
          transform={`translate(12 ${top + plotH / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={10}
          fill="#323130"
        >
          {model.valueAxis.title}
        </text>
      )}
      {model.categoryAxis.titleVisible && (
        <text x={left + plotW / 2} y={top + plotH + 30} textAnchor="middle" fontSize={10} fill="#323130">
          {model.categoryAxis.title}
        </text>
      )}
      {showLegend && (
        <g>
          {model.series.map((s, si) => {
            const x = left + si * Math.min(160, plotW / model.series.length);
            const yy = height - 10;
            return (
              <g key={s.name}>
                <Marker shape={MARKERS[si % MARKERS.length] ?? "circle"} x={x + 5} y={yy - 4} color={color(si, s)} />
                <text x={x + 14} y={yy} fontSize={10} fill="#201f1e">
                  {s.name}
                </text>
              </g>
            );
          })}
        </g>
      )}
    </svg>
  );
}
