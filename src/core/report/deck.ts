/**
 * The deck plan: the Performance and Activity section of a ReportPlan as 16:9 slides for
 * Cabinet, as plain data, so a writer (src/deck/pptx.ts, pptxgenjs) only draws these boxes.
 * Every decision is made here: which slides, their titles, the bullets, where the table and
 * charts sit (inches from the slide's top left) and the font sizes.
 *
 * Accessibility, as Microsoft's "Make your PowerPoint presentations accessible to people with
 * disabilities" (support.microsoft.com/office/6f7772b2-2f33-4bd2-8ca7-dae3b2b3ef25) asks:
 * every slide has a unique title in its title placeholder, read first; every chart and table
 * has alt text; text is at least 18 pt (the page's advice for presentations; tables and chart
 * labels at least 12 pt); meaning is never carried by colour alone (data labels on every
 * series, markers on lines: WCAG 2.2 SC 1.4.1) and chart colours reach 3:1 (SC 1.4.11).
 *
 * Text does not measure itself here (core has no fonts), so boxes are sized from an estimate
 * of Arial's average glyph width that errs on the wide side: a box is then a little taller
 * than its text, never shorter.
 */
import { niceCeil } from "./axis";
import { describeTrend } from "./charts";
import type { ChartSpec, Headline, ReportPlan, TableBlock } from "./plan";
import { leftOutMessage, type HeadlineId, type TableId } from "./left-out";

/** Slide size of PowerPoint's 16:9 "Widescreen" layout, in inches. */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
/** Side margin, and where the footer band starts. */
const MARGIN = 0.5;
/** Where the footer band starts: content ends above it. */
export const FOOTER_Y = 7.0;
const CONTENT_W = SLIDE_W - 2 * MARGIN;
/** Smallest chart height that still shows its title, labels and axis titles. */
const MIN_CHART_H = 2.4;
const GAP = 0.15;

/** Font sizes in points: body text >= 18, table and chart text >= 12. */
export const DECK_FONTS = {
  title: 30,
  titleSlide: 36,
  body: 18,
  table: 14,
  /** Tables with many columns (13 quarters) drop to this, never lower. */
  tableWide: 12,
  chart: 12,
  chartTitle: 16,
  footer: 12,
} as const;

/** A rectangle on a slide, in inches from its top left. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A text box: paragraphs (bulleted or not) at one size. */
export interface DeckText {
  readonly paragraphs: readonly string[];
  readonly bullets: boolean;
  readonly fontPt: number;
  readonly box: Box;
}

/** A table on a slide: the cells as shown, the first row being the header. */
export interface DeckTable {
  /** Shape name on the slide ("table-assessments"): the alt text is attached by it. */
  readonly name: string;
  readonly altTitle: string;
  readonly altDescription: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly colWidths: readonly number[];
  readonly rowHeights: readonly number[];
  /** Left and right inset of each cell, in inches (narrower for the 13-quarter table). */
  readonly cellMarginIn: number;
  readonly fontPt: number;
  readonly box: Box;
}

/** A native chart on a slide, drawn from the plan's chart. */
export interface DeckChart {
  /**
   * The value axis's bounds: a column's baseline is 0 (a bar from anywhere else misstates its
   * size); the top leaves room above the highest point for its data label, which would
   * otherwise run into the chart title. Undefined: the client chooses.
   */
  readonly valueAxis: { readonly min?: number; readonly max?: number };
  /** Shape name on the slide ("chart-CSC_chart_assessments"). */
  readonly name: string;
  readonly spec: ChartSpec;
  readonly fontPt: number;
  readonly titlePt: number;
  readonly box: Box;
}

/** The slides' ids: a topic's slide is its table's id, and its charts' slide when they move on. */
export type DeckSlideId = "title" | "headlines" | TableId | `${TableId}-charts`;

/** One slide: its title (in the title placeholder, read first) and what follows, in reading order. */
export interface DeckSlide {
  readonly kind: "title" | "headlines" | "topic";
  /** Unique in the deck ("title", "headlines", "assessments", "assessments-charts"). */
  readonly id: DeckSlideId;
  readonly title: string;
  readonly titleBox: Box;
  readonly titlePt: number;
  readonly body?: DeckText;
  readonly table?: DeckTable;
  readonly charts: readonly DeckChart[];
  /** The speaker notes, one paragraph each: what the presenter may need, not the room. */
  readonly notes?: readonly string[];
}

/** The whole deck. */
export interface DeckPlan {
  /** Document title (the file's properties). */
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  /** Shown at the foot of every slide: the council and the report year. */
  readonly footer: string;
  readonly footerBox: Box;
  readonly footerPt: number;
  readonly slides: readonly DeckSlide[];
}

/** Which topic's slide repeats a headline (the headline ids of headlines.ts). */
const HEADLINE_TOPIC: Readonly<Partial<Record<HeadlineId, TableId>>> = {
  timeliness: "assessments",
  contactsChange: "contacts",
  lookedAfterChange: "lookedAfter",
  uascLookedAfter: "lookedAfter",
  uascCareLeaversChange: "uascCareLeavers",
  uascQuota: "uascCareLeavers",
};

/**
 * Average advance width of Arial text, in ems: about 0.47 for English prose, taken as 0.5;
 * table cells are mostly digits and capitals (0.556 em in Arial), taken as 0.55.
 */
const EM_PROSE = 0.5;
const EM_CELLS = 0.55;
const LINE_SPACING = 1.2;

/** Lines `text` takes in a box `widthIn` wide at `pt`, wrapping at spaces (greedy, as PowerPoint does). */
export function lineCount(text: string, widthIn: number, pt: number, em: number = EM_PROSE): number {
  const perLine = Math.max(1, Math.floor((widthIn * 72) / (pt * em)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const len = word.length;
    if (used === 0) {
      lines += Math.floor(Math.max(0, len - 1) / perLine);
      used = len % perLine || perLine;
    } else if (used + 1 + len <= perLine) used += 1 + len;
    else {
      lines += 1 + Math.floor(Math.max(0, len - 1) / perLine);
      used = len % perLine || perLine;
    }
  }
  return lines;
}

/** Height in inches of paragraphs in a box: lines at 1.2 spacing, space between paragraphs, insets. */
export function textHeight(paragraphs: readonly string[], widthIn: number, pt: number, bullets: boolean): number {
  // A bullet's hanging indent (about 0.3 in) and the box's left and right insets (0.1 in each).
  const usable = widthIn - 0.2 - (bullets ? 0.35 : 0);
  const lines = paragraphs.reduce((n, p) => n + lineCount(p, usable, pt), 0);
  const paraSpace = Math.max(0, paragraphs.length - 1) * (6 / 72);
  return round((lines * pt * LINE_SPACING) / 72 + paraSpace + 0.15);
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

const TITLE_BOX: Box = { x: MARGIN, y: 0.3, w: CONTENT_W, h: 0.8 };
const BODY_TOP = TITLE_BOX.y + TITLE_BOX.h + GAP;

/** The table of a topic, full width, with its row label column sized to its labels. */
function deckTable(t: TableBlock, top: number): DeckTable {
  const periods = t.header.length - 1;
  const wide = periods > 9;
  const fontPt = wide ? DECK_FONTS.tableWide : DECK_FONTS.table;
  const cellMarginIn = wide ? 0.04 : 0.1;
  const labels = [t.header[0] ?? "", ...t.rows.map((r) => r.label)];
  const longest = Math.max(...labels.map((l) => l.length));
  // Wide enough for the labels on one line where that leaves the figures room, else two lines.
  const labelW = round(Math.min(wide ? 2.2 : 3.4, Math.max(2.2, (longest * fontPt * EM_CELLS) / 72 + 0.25)));
  const cellW = round((CONTENT_W - labelW) / Math.max(1, periods));
  const colWidths = [labelW, ...Array.from({ length: periods }, () => cellW)];
  const rows = t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? "no figure" : c.text))]);
  // Cell insets: 0.1 in left and right, 0.05 in top and bottom.
  const height = (cells: readonly string[]): number =>
    round(
      (Math.max(...cells.map((c, i) => lineCount(c, (colWidths[i] ?? cellW) - 2 * cellMarginIn, fontPt, EM_CELLS))) *
        fontPt *
        LINE_SPACING) /
        72 +
        0.12,
    );
  const rowHeights = [height(t.header), ...rows.map(height)];
  const first = t.header[1];
  const last = t.header[t.header.length - 1];
  const span = first && last && first !== last ? `, ${first} to ${last}` : "";
  return {
    name: `table-${t.id}`,
    altTitle: `${t.title}${span}`,
    altDescription: `Table of ${t.rows.map((r) => r.label).join(" and ")} by ${periods === 13 ? "quarter" : "period"}${span}: one row per measure, one column per period.`,
    header: t.header,
    rows,
    colWidths,
    rowHeights,
    cellMarginIn,
    fontPt,
    box: { x: MARGIN, y: round(top), w: CONTENT_W, h: round(rowHeights.reduce((a, b) => a + b, 0)) },
  };
}

/** Value axis bounds of a chart (see {@link DeckChart.valueAxis}). */
function valueAxis(spec: ChartSpec): DeckChart["valueAxis"] {
  const values = spec.series.flatMap((s) => s.values).filter((v): v is number => typeof v === "number");
  const top = Math.max(0, ...values);
  if (top === 0) return {};
  const percent = spec.valueFormat.endsWith("%");
  // A share's axis ends at 100% when every figure is one; it starts where the client puts it.
  if (percent && spec.type !== "ColumnClustered" && top <= 1) return { max: 1 };
  return { min: 0, max: niceCeil(top * 1.15) };
}

/** Charts side by side in a band. */
function chartRow(charts: readonly ChartSpec[], top: number, bottom: number): DeckChart[] {
  const w = round((CONTENT_W - GAP * (charts.length - 1)) / charts.length);
  return charts.map((spec, i) => ({
    name: `chart-${spec.name}`,
    spec,
    valueAxis: valueAxis(spec),
    fontPt: DECK_FONTS.chart,
    titlePt: DECK_FONTS.chartTitle,
    box: { x: round(MARGIN + i * (w + GAP)), y: round(top), w, h: round(bottom - top) },
  }));
}

/** The bullets of a topic: its headlines, else what its charts show; then its notes. */
function topicBullets(t: TableBlock, headlines: readonly Headline[]): string[] {
  const own = headlines.filter((h) => HEADLINE_TOPIC[h.id] === t.id).map((h) => h.text);
  const periods = t.header.slice(1);
  const trends = own.length > 0 ? [] : t.rows.map((r) => describeTrend(r.label, periods, r)).filter((s) => s !== "");
  return [...own, ...trends, ...t.notes.map((n) => n.text)];
}

/** A topic's slide(s): bullets, table, charts; the charts move to a slide of their own when they would be too small. */
function topicSlides(t: TableBlock, headlines: readonly Headline[]): DeckSlide[] {
  const paragraphs = topicBullets(t, headlines);
  const bodyH = paragraphs.length > 0 ? textHeight(paragraphs, CONTENT_W, DECK_FONTS.body, true) : 0;
  const body: DeckText | undefined =
    paragraphs.length > 0
      ? { paragraphs, bullets: true, fontPt: DECK_FONTS.body, box: { x: MARGIN, y: BODY_TOP, w: CONTENT_W, h: bodyH } }
      : undefined;
  const table = deckTable(t, BODY_TOP + (body ? bodyH + GAP : 0));
  const chartTop = table.box.y + table.box.h + 0.2;
  const head = { kind: "topic" as const, titleBox: TITLE_BOX, titlePt: DECK_FONTS.title };
  if (t.charts.length === 0 || FOOTER_Y - GAP - chartTop >= MIN_CHART_H) {
    return [{ ...head, id: t.id, title: t.title, body, table, charts: chartRow(t.charts, chartTop, FOOTER_Y - GAP) }];
  }
  return [
    { ...head, id: t.id, title: t.title, body, table, charts: [] },
    {
      ...head,
      id: `${t.id}-charts`,
      title: `${t.title}: charts`,
      charts: chartRow(t.charts, BODY_TOP, FOOTER_Y - GAP),
    },
  ];
}

/** Bullets filling the body area of a slide: 20 pt when they fit, else the 18 pt floor. */
function bodyText(paragraphs: readonly string[]): DeckText {
  const h = round(FOOTER_Y - GAP - BODY_TOP);
  const larger = DECK_FONTS.body + 2;
  const fontPt = textHeight(paragraphs, CONTENT_W, larger, true) <= h ? larger : DECK_FONTS.body;
  return { paragraphs, bullets: true, fontPt, box: { x: MARGIN, y: BODY_TOP, w: CONTENT_W, h } };
}

/**
 * Plans the Cabinet deck from the report plan: a title slide (council, report year), the
 * headlines, one slide per topic (its headline bullets, table and charts). What the workbook
 * lacked figures for is in the speaker notes of the headlines slide (the title slide when there
 * are no headlines): the presenter should know, but a deck shown to Cabinet does not end on a
 * slide of what is missing.
 */
export function planDeck(plan: ReportPlan): DeckPlan {
  const la = plan.localAuthority;
  const headlinesBlock = plan.blocks.find((b) => b.kind === "headlines");
  const headlines = headlinesBlock?.kind === "headlines" ? headlinesBlock.items : [];
  const section = plan.blocks.find((b) => b.kind === "heading" && b.level === 2);
  const sectionTitle = section && section.kind === "heading" ? section.text : "Performance and Activity";
  const sourceNote = plan.blocks.find((b) => b.kind === "note");

  const slides: DeckSlide[] = [];
  const titleH = textHeight([plan.title], CONTENT_W, DECK_FONTS.titleSlide, false);
  slides.push({
    kind: "title",
    id: "title",
    title: plan.title,
    titleBox: { x: MARGIN, y: round(3.0 - titleH), w: CONTENT_W, h: titleH },
    titlePt: DECK_FONTS.titleSlide,
    body: {
      paragraphs: [`${sectionTitle}, ${plan.reportYear}`, ...(sourceNote?.kind === "note" ? [sourceNote.text] : [])],
      bullets: false,
      fontPt: DECK_FONTS.body,
      box: { x: MARGIN, y: 3.25, w: CONTENT_W, h: round(FOOTER_Y - GAP - 3.25) },
    },
    charts: [],
  });
  const leftOutNotes = plan.omitted.length > 0 ? ["Not included:", ...plan.omitted.map((o) => leftOutMessage(o))] : [];
  if (headlines.length > 0) {
    slides.push({
      kind: "headlines",
      id: "headlines",
      title: headlinesBlock?.kind === "headlines" ? headlinesBlock.title : "Headlines",
      titleBox: TITLE_BOX,
      titlePt: DECK_FONTS.title,
      body: bodyText(headlines.map((h) => h.text)),
      charts: [],
      ...(leftOutNotes.length > 0 ? { notes: leftOutNotes } : {}),
    });
  }
  for (const b of plan.blocks) if (b.kind === "table") slides.push(...topicSlides(b, headlines));
  if (headlines.length === 0 && leftOutNotes.length > 0) {
    const first = slides[0];
    if (first) slides[0] = { ...first, notes: leftOutNotes };
  }
  return {
    title: plan.title,
    author: la,
    subject: `${sectionTitle}, ${plan.reportYear}`,
    footer: `${la} · Annual Safeguarding Report ${plan.reportYear}`,
    footerBox: { x: MARGIN, y: FOOTER_Y, w: CONTENT_W - 1.2, h: 0.4 },
    footerPt: DECK_FONTS.footer,
    slides,
  };
}
