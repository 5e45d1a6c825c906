/**
 * A ChartSpec as a DrawingML chart part (ECMA-376 Part 1 §21.2, `c:chartSpace`), in the shape
 * Excel writes it: a clustered column chart (`c:barChart`, barDir col) or a line chart with
 * markers (`c:lineChart`), one `c:ser` per plotted table row whose name, categories and values
 * are formulas into the report sheet (`c:f`) with their values cached (`c:strCache`,
 * `c:numCache`) so a client that does not recalculate (a viewer, LibreOffice on load) draws
 * them as written. Elements follow the schema's sequence order (CT_ChartSpace, CT_Chart,
 * CT_BarSer/CT_LineSer, CT_DLbls, CT_CatAx, CT_ValAx): Excel refuses a part out of order.
 */
import { type ChartSpec, type MarkerStyle, BACKGROUND, CHART_LINES, TEXT_COLOUR, ooxmlColour } from "../../core/report";
import { escapeXml } from "../../package/xml";

/** DrawingML namespaces, transitional and strict (ECMA-376 Part 1 §A.1 and Part 4). */
export const DRAWINGML = {
  transitional: {
    a: "http://schemas.openxmlformats.org/drawingml/2006/main",
    c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
    xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  },
  strict: {
    a: "http://purl.oclc.org/ooxml/drawingml/main",
    c: "http://purl.oclc.org/ooxml/drawingml/chart",
    xdr: "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
  },
} as const;

export type DrawingNamespaces = (typeof DRAWINGML)[keyof typeof DRAWINGML];

/** ST_MarkerStyle values (§21.2.3.27) of the plan's marker shapes. */
const SYMBOL: Readonly<Record<MarkerStyle, string>> = {
  circle: "circle",
  square: "square",
  diamond: "diamond",
  triangle: "triangle",
  none: "none",
};

const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;

/** `'Sheet name'!$B$13:$F$13`: an absolute reference into the report sheet for a c:f. */
export function sheetRef(sheetName: string, address: string): string {
  const abs = address
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `'${sheetName.replace(/'/g, "''")}'!${abs}`;
}

const hex = ooxmlColour;
const solid = (colour: string) => `<a:solidFill><a:srgbClr val="${hex(colour)}"/></a:solidFill>`;

/** Rich text of a title (chart or axis), bold, in the report's text colour. */
function title(text: string, size: number, rotate = false): string {
  const body = rotate ? '<a:bodyPr rot="-5400000" vert="horz"/>' : "<a:bodyPr/>";
  const run = `<a:rPr lang="en-GB" sz="${size}" b="1">${solid(TEXT_COLOUR)}</a:rPr>`;
  return (
    `<c:title><c:tx><c:rich>${body}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1">${solid(TEXT_COLOUR)}</a:defRPr></a:pPr>` +
    `<a:r>${run}<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/** Text properties of labels and axes: `size` hundredths of a point, the report's text colour. */
function textProps(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}">${solid(TEXT_COLOUR)}</a:defRPr></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], format: string): string {
  // A blank cell has no c:pt (§21.2.2.150): with dispBlanksAs gap it is a gap, not a zero.
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** Writes the chart part of `spec`, its series reading `sheetName`. */
export function chartPartXml(spec: ChartSpec, sheetName: string, ns: DrawingNamespaces, relNs: string): string {
  const column = spec.type === "ColumnClustered";
  const format = spec.valueFormat === "@" ? "General" : spec.valueFormat;
  const series = spec.series
    .map((s, i) => {
      const look = column
        ? `<c:spPr>${solid(s.fill)}<a:ln w="19050">${solid(s.color)}</a:ln></c:spPr><c:invertIfNegative val="0"/>`
        : `<c:spPr><a:ln w="28575" cap="rnd">${solid(s.color)}<a:round/></a:ln></c:spPr>` +
          `<c:marker><c:symbol val="${SYMBOL[s.marker]}"/>${s.marker === "none" ? "" : `<c:size val="7"/><c:spPr>${solid(s.color)}<a:ln w="9525">${solid(s.color)}</a:ln></c:spPr>`}</c:marker>`;
      const labels =
        `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
        `${textProps(900)}<c:dLblPos val="${column ? "outEnd" : "t"}"/><c:showLegendKey val="0"/><c:showVal val="1"/>` +
        `<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(sheetRef(sheetName, s.nameAddress))}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        look +
        labels +
        `<c:cat><c:strRef><c:f>${escapeXml(sheetRef(sheetName, spec.categoriesAddress))}</c:f>${strCache(spec.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(sheetRef(sheetName, s.valuesAddress))}</c:f>${numCache(s.values, format)}</c:numRef></c:val>` +
        (column ? "" : '<c:smooth val="0"/>') +
        "</c:ser>"
      );
    })
    .join("");
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  const plot = column
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:overlap val="-10"/>${axes}</c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  const axisLine = `<c:spPr><a:ln w="${CHART_LINES.axis.widthEmu}">${solid(CHART_LINES.axis.colour)}</a:ln></c:spPr>`;
  const catAx =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `${title(spec.categoryAxisTitle, 1000)}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/>${axisLine}${textProps(900)}<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="${CHART_LINES.gridline.widthEmu}">${solid(CHART_LINES.gridline.colour)}</a:ln></c:spPr></c:majorGridlines>` +
    `${title(spec.valueAxisTitle, 1000, true)}<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisLine}${textProps(900)}<c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  const legend = spec.showLegend
    ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(900)}</c:legend>`
    : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${ns.c}" xmlns:a="${ns.a}" xmlns:r="${relNs}">` +
    '<c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title(spec.title, 1200)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid(BACKGROUND)}<a:ln w="${CHART_LINES.border.widthEmu}">${solid(CHART_LINES.border.colour)}</a:ln></c:spPr>` +
    "</c:chartSpace>"
  );
}
