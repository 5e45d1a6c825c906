/**
 * Places report content on the sheet: a title, a source note, the headlines, then each
 * table with its chart(s) under it and their descriptions under them, topics stacked downwards
 * so that no table or chart overlaps another. Sizes assume Excel's defaults for Calibri 11: rows 15 pt high, a column
 * of width w characters trunc(w * 7 + 5) px wide (0.75 pt per px; see styles.ts).
 */
import type { ChartContent, TableContent } from "./content";
import { cellAddress, gridRange } from "./format";
import type { Block, ChartSpec, GridPos, Headline, NumberFormat, TableBlock } from "./plan";
import { columnPoints } from "./styles";

/** Chart size in points: 5:3, big enough for 13 labelled quarters. */
export const CHART_WIDTH_PT = 456;
export const CHART_HEIGHT_PT = 252;
const ROW_PT = 15;
const MIN_COL = 10;
const MAX_COL = 22;
const LABEL_COL_MAX = 40;

function at(row: number, col: number): GridPos & { address: string } {
  return { row, col, address: cellAddress({ row, col }) };
}

/** Widths (characters) of the table columns: fits labels and values, within bounds. */
function tableColumnWidths(tables: readonly TableContent[]): number[] {
  const widths: number[] = [];
  for (const t of tables) {
    const texts: string[][] = [t.header.slice(), ...t.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)])];
    for (const row of texts) {
      row.forEach((text, c) => {
        const want = Math.min(c === 0 ? LABEL_COL_MAX : MAX_COL, Math.max(MIN_COL, text.length + 2));
        widths[c] = Math.max(widths[c] ?? MIN_COL, want);
      });
    }
  }
  return widths;
}

/** The input of {@link layoutReport}. */
export interface LayoutInput {
  readonly title: string;
  readonly sourceNote: string;
  readonly headlines: readonly Omit<Headline, "address">[];
  readonly tables: readonly TableContent[];
}

/** The placed blocks and the sheet geometry. */
export interface Layout {
  readonly blocks: Block[];
  readonly columnWidths: number[];
  /** The rectangle the report uses, charts included: what prints (page.ts). */
  readonly usedRange: ReturnType<typeof gridRange>;
}

/** Average width in points of a character of Calibri 11 italic, rounded up (its digits are 5.6 pt). */
const CHAR_PT = 6;

/** `text` cut at spaces into lines of at most `max` characters (a longer word is a line of its own). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A chart's description as rows: whole sentences to a row, as many as fit `max` characters, so
 * no sentence runs from one row into the next (a reader, or a screen reader moving by cell,
 * meets each as written); only a sentence longer than a row is cut, at spaces.
 */
export function sentenceLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  // A sentence ends at a full stop followed by a space and a capital ("2021-22. Assessments");
  // "0.07%" or "e.g. the" do not end one.
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/)) {
    if (line && line.length + 1 + sentence.length <= max) {
      line = `${line} ${sentence}`;
      continue;
    }
    if (line) lines.push(line);
    if (sentence.length <= max) line = sentence;
    else {
      const cut = wrapText(sentence, max);
      line = cut.pop() ?? "";
      lines.push(...cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function placeChart(
  c: ChartContent,
  t: TableContent,
  gridRow: number,
  pos: GridPos,
  descriptionRow: number,
  lineChars: number,
): ChartSpec {
  const { first, count } = c.columns;
  const lines = sentenceLines(`${c.altTitle}. ${c.altDescription}`, lineChars);
  return {
    name: c.name,
    type: c.type,
    title: c.title,
    altTitle: c.altTitle,
    altDescription: c.altDescription,
    categoryAxisTitle: c.categoryAxisTitle,
    valueAxisTitle: c.valueAxisTitle,
    valueFormat: c.valueFormat,
    categories: t.header.slice(1 + first, 1 + first + count),
    categoriesAddress: gridRange(gridRow, 1 + first, 1, count).address,
    series: c.series.map((s) => {
      const row = t.rows[s.row];
      return {
        name: row?.label ?? "",
        nameAddress: cellAddress({ row: gridRow + 1 + s.row, col: 0 }),
        valuesAddress: gridRange(gridRow + 1 + s.row, 1 + first, 1, count).address,
        values: (row?.cells ?? [])
          .slice(first, first + count)
          .map((x) => (typeof x.value === "number" ? x.value : null)),
        color: s.color,
        fill: s.fill,
        dataLabels: true as const,
        marker: s.marker,
      };
    }),
    showLegend: c.series.length > 1,
    position: { ...at(pos.row, pos.col), widthPt: CHART_WIDTH_PT, heightPt: CHART_HEIGHT_PT },
    descriptionAddress: cellAddress({ row: descriptionRow, col: 0 }),
    descriptionLines: lines.map((text, i) => ({ text, address: cellAddress({ row: descriptionRow + i, col: 0 }) })),
  };
}

/** Lays out the report: returns blocks with positions and addresses, column widths and the used range. */
export function layoutReport(input: LayoutInput): Layout {
  const widths = tableColumnWidths(input.tables);
  const chartRows = Math.ceil(CHART_HEIGHT_PT / ROW_PT);
  // The page is at least as wide as the table columns: a description line fits in that.
  const lineChars = Math.floor(widths.reduce((s, w) => s + columnPoints(w), 0) / CHAR_PT);
  const blocks: Block[] = [
    { kind: "heading", id: "title", level: 1, text: input.title, anchor: at(0, 0) },
    { kind: "note", id: "source", level: 2, text: input.sourceNote, anchor: at(1, 0) },
  ];
  // Row 3 stays blank between the source note and the headlines.
  let row = 4;
  blocks.push({
    kind: "headlines",
    id: "headlines",
    title: "Headlines",
    anchor: at(row, 0),
    items: input.headlines.map((h, i) => ({ ...h, address: cellAddress({ row: row + 1 + i, col: 0 }) })),
  });
  row += input.headlines.length + 2;
  blocks.push({
    kind: "heading",
    id: "performance",
    level: 2,
    text: "Performance and Activity Levels",
    anchor: at(row, 0),
  });
  row += 2;
  let maxCol = 0;
  for (const t of input.tables) {
    const gridRow = row + 1;
    const colCount = t.header.length;
    const values = [t.header.slice(), ...t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value)])];
    const numberFormats: NumberFormat[][] = [
      t.header.map((): NumberFormat => "@"),
      ...t.rows.map((r) => ["@" as NumberFormat, ...r.cells.map((c) => c.format)]),
    ];
    const grid = { range: gridRange(gridRow, 0, values.length, colCount), values, numberFormats, boldRows: [0] };
    // Each note under the table in rows of whole sentences, as the charts' descriptions are: one
    // long cell would run past the printed page (fitted to the report's columns) and lose its
    // end, the Open Government Licence attribution of the comparators' source among them.
    let noteRow = gridRow + values.length;
    const notes = t.notes.map((text) => {
      const cut = sentenceLines(text, lineChars);
      const lines = (cut.length > 0 ? cut : [text]).map((line) => ({
        text: line,
        address: cellAddress({ row: noteRow++, col: 0 }),
      }));
      return { text, address: lines[0]?.address ?? "", lines };
    });
    const noteRows = noteRow - (gridRow + values.length);
    // Charts under the table (and its notes), side by side one column apart, their
    // descriptions under them one per row from column A: printed fitted to one page wide, a
    // topic is then as wide as its table or its charts, not both (a report author's layout).
    const chartRow = noteRow + 1;
    let col = 0;
    let descriptionRow = chartRow + chartRows;
    const charts = t.charts.map((c) => {
      const spec = placeChart(c, t, gridRow, { row: chartRow, col }, descriptionRow, lineChars);
      descriptionRow += spec.descriptionLines.length;
      let pt = 0;
      while (pt < CHART_WIDTH_PT) pt += columnPoints(widths[col++] ?? MIN_COL);
      col += 1;
      return spec;
    });
    maxCol = Math.max(maxCol, col - 1, colCount);
    const block: TableBlock = {
      kind: "table",
      id: t.id,
      title: t.title,
      anchor: at(row, 0),
      header: t.header,
      rows: t.rows,
      grid,
      notes,
      charts,
    };
    blocks.push(block);
    // Charts take chartRows rows after a blank row, then their descriptions' lines.
    const height = charts.length > 0 ? descriptionRow - row : 1 + values.length + noteRows;
    row += height + 2;
  }
  const columnWidths = Array.from({ length: Math.max(maxCol, widths.length) }, (_, i) => widths[i] ?? MIN_COL);
  return { blocks, columnWidths, usedRange: gridRange(0, 0, row, columnWidths.length) };
}
