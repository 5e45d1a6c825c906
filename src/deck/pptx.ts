/**
 * Writes a DeckPlan (src/core/report/deck.ts) as a .pptx with pptxgenjs: titles in title
 * placeholders, bullets, tables and native, editable PowerPoint charts (each with its data in
 * an embedded workbook, as PowerPoint's own charts have). Runs in Node (the CLI) and in the
 * browser (the pane loads it lazily, as a separate chunk).
 *
 * pptxgenjs leaves out some of what an accessible deck needs, so the package is finished
 * afterwards, part by part (finish.ts): alt text (title and description) on every table and
 * chart, tables' header row flagged, a marker per line series, unique shape ids, and gaps in a
 * series left as gaps rather than empty values.
 */
import PptxGenJS from "pptxgenjs";
import {
  BACKGROUND,
  CHART_LINES,
  DECK_FONT,
  HEADER_BLUE,
  LIGHT_HEADER_FILL,
  RULE_COLOUR,
  SERIES_COLOURS,
  TEXT_COLOUR,
  ooxmlColour,
  type DeckChart,
  type DeckPlan,
  type DeckSlide,
  type DeckTable,
  type DeckText,
  SLIDE_H,
  SLIDE_W,
  type NumberFormat,
} from "../core/report";
import { xmlText } from "../package/xml";
import { finishDeck, type AltText } from "./finish";

/** The deck's typeface (the theme's: on every Windows, Mac and LibreOffice install). */
const FONT = DECK_FONT;
const LANG = "en-GB";
const hex = ooxmlColour;
const TEXT = hex(TEXT_COLOUR);
/** Gridlines and table borders: structure only, no meaning rides on them. */
const RULE = hex(RULE_COLOUR);
const GRID = hex(CHART_LINES.gridline.colour);
const HEADER_FILL = hex(LIGHT_HEADER_FILL);
/** DrawingML's line widths are in EMU; pptxgenjs takes points (12,700 EMU to the point). */
const EMU_PER_PT = 12700;
const MASTER = "CSC_CONTENT";
const TITLE_MASTER = "CSC_TITLE";

/** Excel/PowerPoint format code of a plan number format (same codes: the data labels show the table's text). */
const formatCode = (f: NumberFormat): string => (f === "@" || f === "General" ? "General" : f);

function defineMasters(pptx: PptxGenJS, deck: DeckPlan): void {
  const footer = {
    text: {
      text: deck.footer,
      options: { ...deck.footerBox, fontFace: FONT, fontSize: deck.footerPt, color: TEXT, lang: LANG },
    },
  };
  const slideNumber = {
    x: SLIDE_W - 1.5,
    y: deck.footerBox.y,
    w: 1.0,
    h: deck.footerBox.h,
    fontFace: FONT,
    fontSize: deck.footerPt,
    color: TEXT,
    align: "right" as const,
  };
  for (const [name, slide] of [
    [MASTER, deck.slides.find((s) => s.kind !== "title")],
    [TITLE_MASTER, deck.slides.find((s) => s.kind === "title")],
  ] as const) {
    const box = slide?.titleBox ?? { x: 0.5, y: 0.3, w: SLIDE_W - 1, h: 0.8 };
    pptx.defineSlideMaster({
      title: name,
      background: { color: hex(BACKGROUND) },
      objects: [
        footer,
        {
          placeholder: {
            options: {
              name: "title",
              type: "title",
              ...box,
              fontFace: FONT,
              fontSize: slide?.titlePt ?? 30,
              bold: true,
              color: TEXT,
              align: "left",
              valign: name === TITLE_MASTER ? "bottom" : "top",
            },
            text: "",
          },
        },
      ],
      slideNumber,
    });
  }
}

function addText(slide: PptxGenJS.Slide, t: DeckText): void {
  slide.addText(
    t.paragraphs.map((p) => ({
      text: p,
      options: {
        bullet: t.bullets ? { indent: 20 } : false,
        breakLine: true,
        paraSpaceAfter: 6,
      },
    })),
    {
      ...t.box,
      fontFace: FONT,
      fontSize: t.fontPt,
      color: TEXT,
      valign: "top",
      lang: LANG,
      fit: "none",
      objectName: "Body",
    },
  );
}

function addTable(slide: PptxGenJS.Slide, t: DeckTable): void {
  const cell = (text: string, header: boolean, first: boolean): PptxGenJS.TableCell => ({
    text,
    options: {
      lang: LANG,
      bold: header,
      align: first ? "left" : header ? "center" : "right",
      fill: header ? { color: HEADER_FILL } : undefined,
    },
  });
  const rows = [t.header, ...t.rows].map((r, i) => r.map((c, j) => cell(c, i === 0, j === 0)));
  slide.addTable(rows, {
    x: t.box.x,
    y: t.box.y,
    w: t.box.w,
    colW: [...t.colWidths],
    rowH: [...t.rowHeights],
    fontFace: FONT,
    fontSize: t.fontPt,
    color: TEXT,
    valign: "middle",
    // Top, right, bottom, left; pptxgenjs reads values under 1 as inches (1 and more as points).
    margin: [0.05, t.cellMarginIn, 0.05, t.cellMarginIn],
    border: { type: "solid", pt: 0.75, color: RULE },
    autoPage: false,
    objectName: t.name,
  });
}

function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, c: DeckChart): void {
  const s = c.spec;
  const column = s.type === "ColumnClustered";
  const data = s.series.map((x) => ({
    name: x.name,
    labels: [...s.categories],
    // pptxgenjs types values as numbers; a null is written empty and finish.ts removes it (a gap).
    values: x.values.map((v) => v) as number[],
  }));
  const axisText = { fontFace: FONT, fontSize: c.fontPt, color: TEXT };
  slide.addChart(column ? pptx.ChartType.bar : pptx.ChartType.line, data, {
    ...c.box,
    objectName: c.name,
    altText: s.altDescription,
    barDir: "col",
    barGapWidthPct: 60,
    chartColors: s.series.map((x, i) => hex(x.color || SERIES_COLOURS[i % SERIES_COLOURS.length] || HEADER_BLUE)),
    showTitle: true,
    title: s.title,
    titleFontFace: FONT,
    titleFontSize: c.titlePt,
    titleColor: TEXT,
    showLegend: s.showLegend,
    legendPos: "b",
    legendFontFace: FONT,
    legendFontSize: c.fontPt,
    legendColor: TEXT,
    showValue: true,
    dataLabelPosition: column ? "outEnd" : "t",
    dataLabelFormatCode: formatCode(s.valueFormat),
    dataLabelFontFace: FONT,
    dataLabelFontSize: c.fontPt,
    dataLabelColor: TEXT,
    showCatAxisTitle: true,
    catAxisTitle: s.categoryAxisTitle,
    catAxisTitleFontFace: FONT,
    catAxisTitleFontSize: c.fontPt,
    catAxisTitleColor: TEXT,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: c.fontPt,
    catAxisLabelColor: TEXT,
    showValAxisTitle: true,
    valAxisTitle: s.valueAxisTitle,
    valAxisTitleFontFace: FONT,
    valAxisTitleFontSize: c.fontPt,
    valAxisTitleColor: TEXT,
    valAxisLabelFontFace: axisText.fontFace,
    valAxisLabelFontSize: axisText.fontSize,
    valAxisLabelColor: axisText.color,
    valAxisLabelFormatCode: s.valueFormat === "0.00%" ? "0%" : formatCode(s.valueFormat),
    valGridLine: { color: GRID, size: CHART_LINES.gridline.widthEmu / EMU_PER_PT },
    // The axis lines as the workbook's charts draw them (the theme's).
    catAxisLineColor: hex(CHART_LINES.axis.colour),
    valAxisLineColor: hex(CHART_LINES.axis.colour),
    catAxisLineSize: CHART_LINES.axis.widthEmu / EMU_PER_PT,
    valAxisLineSize: CHART_LINES.axis.widthEmu / EMU_PER_PT,
    lineSize: 2.25,
    lineDataSymbol: s.series[0]?.marker === "none" ? "none" : (s.series[0]?.marker ?? "circle"),
    lineDataSymbolSize: 8,
    displayBlanksAs: "gap",
    valAxisMinVal: c.valueAxis.min,
    valAxisMaxVal: c.valueAxis.max,
  });
}

function addSlide(pptx: PptxGenJS, s: DeckSlide, alt: Map<string, AltText>): void {
  const slide = pptx.addSlide({ masterName: s.kind === "title" ? TITLE_MASTER : MASTER });
  // Title first: it is the first shape in the slide's tree, so a screen reader reads it first.
  slide.addText(s.title, { placeholder: "title", lang: LANG });
  if (s.body) addText(slide, s.body);
  // Speaker notes (pptxgenjs Slide.addNotes): seen by the presenter, not shown to the room.
  if (s.notes && s.notes.length > 0) slide.addNotes(s.notes.join("\n"));
  if (s.table) {
    addTable(slide, s.table);
    alt.set(s.table.name, { title: s.table.altTitle, description: s.table.altDescription });
  }
  for (const c of s.charts) {
    addChart(pptx, slide, c);
    alt.set(c.name, {
      title: c.spec.altTitle,
      description: c.spec.altDescription,
      markers: c.spec.series.map((x) => x.marker),
    });
  }
}

/**
 * Every string of a plain value (the deck plan: objects, arrays, strings, numbers) made fit
 * for XML by the package layer's one sanitiser: pptxgenjs escapes &, <, > and quotes but
 * passes control characters through (a line break pasted from Word, U+000B, would leave
 * every part that shows the council's name malformed).
 */
function xmlSafe<T>(value: T): T {
  if (typeof value === "string") return xmlText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => xmlSafe(v)) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T;
  return value;
}

/**
 * Writes the deck.
 * @returns the .pptx package's bytes.
 */
export async function writeDeck(plan: DeckPlan): Promise<Uint8Array> {
  const deck = xmlSafe(plan);
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  if (Math.abs(SLIDE_H - 7.5) > 1e-9) throw new Error("the deck plan's slide size is not PowerPoint's 16:9");
  pptx.title = deck.title;
  pptx.author = deck.author;
  // pptxgenjs writes the company into docProps/app.xml unescaped ("Brighton & Hove" would
  // leave the part malformed): it is left empty here and finishDeck writes it, escaped.
  pptx.company = "";
  pptx.subject = deck.subject;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  defineMasters(pptx, deck);
  const alt = new Map<string, AltText>();
  for (const s of deck.slides) addSlide(pptx, s, alt);
  // Stored, not deflated: finishDeck reads every part and deflates it once, as it writes.
  const raw = (await pptx.write({ outputType: "uint8array", compression: false })) as Uint8Array;
  return finishDeck(raw, alt, { company: deck.author });
}
