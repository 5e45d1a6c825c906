import { buildReportPlan } from "../../../src/core/report/build";
import { leftOutMessage } from "../../../src/core/report/left-out";
import {
  DECK_FONTS,
  FOOTER_Y,
  SLIDE_H,
  SLIDE_W,
  lineCount,
  planDeck,
  textHeight,
  type Box,
  type DeckPlan,
  type DeckSlide,
  type DeckSlideId,
} from "../../../src/core/report/deck";
import type { ReportPlan, TableBlock } from "../../../src/core/report/plan";
import { sampleData } from "../../../support/sample-workbook";

const plan2021 = buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2021 }, quarterStyle: "range" });
const plan2019 = buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2019 }, quarterStyle: "end-month" });
const tables = (p: ReportPlan) => p.blocks.filter((b): b is TableBlock => b.kind === "table");

/** Every box of a slide, in reading order. */
function boxes(s: DeckSlide): { what: string; box: Box }[] {
  return [
    { what: "title", box: s.titleBox },
    ...(s.body ? [{ what: "body", box: s.body.box }] : []),
    ...(s.table ? [{ what: "table", box: s.table.box }] : []),
    ...s.charts.map((c) => ({ what: c.name, box: c.box })),
  ];
}
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe.each<[string, ReportPlan]>([
  ["2021-22", plan2021],
  ["2019-20", plan2019],
])("deck plan for %s", (_year, plan) => {
  const deck: DeckPlan = planDeck(plan);

  it("opens with a title slide naming the council and the year, then the headlines", () => {
    const [first, second] = deck.slides;
    expect(first?.kind).toBe("title");
    expect(first?.title).toContain("Hampshire County Council");
    expect(first?.title).toContain(plan.reportYear);
    expect(second?.kind).toBe("headlines");
    const headlines = plan.blocks.find((b) => b.kind === "headlines");
    expect(second?.body?.paragraphs).toEqual(headlines?.kind === "headlines" ? headlines.items.map((h) => h.text) : []);
  });

  it("has one slide per topic, in the report's order, with the plan's table and charts", () => {
    const topics = deck.slides.filter((s) => s.kind === "topic");
    expect(topics.map((s) => s.id)).toEqual(tables(plan).map((t) => t.id));
    for (const t of tables(plan)) {
      const s = topics.find((x) => x.id === t.id);
      expect(s?.title).toBe(t.title);
      expect(s?.table?.header).toEqual(t.header);
      expect(s?.table?.rows.map((r) => r[0])).toEqual(t.rows.map((r) => r.label));
      expect(s?.charts.map((c) => c.spec)).toEqual(t.charts);
    }
  });

  it("says what is not included in the speaker notes, and does not end on it", () => {
    const notes = deck.slides.flatMap((s) => s.notes ?? []);
    const last = deck.slides[deck.slides.length - 1];
    expect(last?.title).not.toBe("Not included");
    if (plan.omitted.length === 0) expect(notes).toEqual([]);
    else expect(notes).toEqual(["Not included:", ...plan.omitted.map((o) => leftOutMessage(o))]);
  });

  it("titles every slide, uniquely", () => {
    const titles = deck.slides.map((s) => s.title);
    expect(titles.every((t) => t.trim() !== "")).toBe(true);
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(deck.slides.map((s) => s.id)).size).toBe(deck.slides.length);
  });

  it("keeps every box on the slide, above the footer, and apart from the others", () => {
    for (const s of deck.slides) {
      const all = boxes(s);
      for (const { what, box } of all) {
        expect({ slide: s.id, what, inside: box.x >= 0 && box.y >= 0 && box.x + box.w <= SLIDE_W + 1e-9 }).toEqual({
          slide: s.id,
          what,
          inside: true,
        });
        expect(box.y + box.h).toBeLessThanOrEqual(FOOTER_Y + 1e-9);
      }
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++) {
          const a = all[i];
          const b = all[j];
          if (a && b)
            expect(`${s.id}: ${a.what}/${b.what} ${overlap(a.box, b.box) ? "overlap" : "apart"}`).toMatch(/apart$/);
        }
    }
    expect(deck.footerBox.y + deck.footerBox.h).toBeLessThanOrEqual(SLIDE_H);
  });

  it("gives text room: each body's estimated height fits its box, charts at least 2.4 in tall", () => {
    for (const s of deck.slides) {
      if (s.body)
        expect(textHeight(s.body.paragraphs, s.body.box.w, s.body.fontPt, s.body.bullets)).toBeLessThanOrEqual(
          s.body.box.h + 1e-9,
        );
      expect(textHeight([s.title], s.titleBox.w, s.titlePt, false)).toBeLessThanOrEqual(s.titleBox.h + 1e-9);
      for (const c of s.charts) expect(c.box.h).toBeGreaterThanOrEqual(2.4);
    }
  });

  it("sets text at a readable size: body >= 18 pt, tables, charts and footer >= 12 pt", () => {
    for (const s of deck.slides) {
      expect(s.titlePt).toBeGreaterThanOrEqual(28);
      if (s.body) expect(s.body.fontPt).toBeGreaterThanOrEqual(18);
      if (s.table) expect(s.table.fontPt).toBeGreaterThanOrEqual(12);
      for (const c of s.charts) expect(Math.min(c.fontPt, c.titlePt)).toBeGreaterThanOrEqual(12);
    }
    expect(deck.footerPt).toBeGreaterThanOrEqual(12);
  });

  it("puts the council and the year in the footer", () => {
    expect(deck.footer).toContain("Hampshire County Council");
    expect(deck.footer).toContain(plan.reportYear);
  });

  it("gives every table alt text and sizes its columns to the slide", () => {
    for (const s of deck.slides) {
      if (!s.table) continue;
      expect(s.table.altTitle).toContain(s.title);
      expect(s.table.altDescription.length).toBeGreaterThan(20);
      expect(s.table.colWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(s.table.box.w, 1);
      expect(s.table.rowHeights).toHaveLength(s.table.rows.length + 1);
    }
  });
});

describe("deck plan content", () => {
  const deck = planDeck(plan2021);
  const slide = (id: DeckSlideId) => deck.slides.find((s) => s.id === id);

  it("gives 2021-22 seven slides: title, headlines, five topics (what is not included is in the notes)", () => {
    expect(deck.slides.map((s) => s.id)).toEqual([
      "title",
      "headlines",
      "assessments",
      "childProtection",
      "lookedAfter",
      "contacts",
      "uascCareLeavers",
    ]);
    expect(slide("headlines")?.notes?.[0]).toBe("Not included:");
  });

  it("repeats a topic's headline on its slide; a topic without one states its trend", () => {
    expect(slide("assessments")?.body?.paragraphs[0]).toMatch(/^95\.9% of the 21,188 Child and Family Assessments/);
    expect(slide("uascCareLeavers")?.body?.paragraphs.join(" ")).toContain("209% increase");
    expect(slide("childProtection")?.body?.paragraphs).toEqual([
      "No of children on CPP fell from 1,293 in 2017-18 to 1,022 in 2021-22.",
    ]);
  });

  it("keeps a table's gap note and shows its blank cells as 'no figure'", () => {
    const la = slide("lookedAfter");
    expect(la?.body?.paragraphs).toContain(
      "No figure in the workbook for 2020-21 and 2021-22: the cell is left blank.",
    );
    expect(la?.table?.rows[0]?.slice(-2)).toEqual(["no figure", "no figure"]);
  });

  it("sets the 13-quarter table at 12 pt and the five-year ones at 14 pt", () => {
    expect(slide("uascCareLeavers")?.table?.fontPt).toBe(DECK_FONTS.tableWide);
    expect(slide("contacts")?.table?.fontPt).toBe(DECK_FONTS.table);
  });

  it("places the two assessment charts side by side under the table", () => {
    const s = slide("assessments");
    const [a, b] = s?.charts ?? [];
    expect(a && b && a.box.y === b.box.y && a.box.x + a.box.w < b.box.x).toBe(true);
    expect(a && s?.table && a.box.y > s.table.box.y + s.table.box.h).toBe(true);
  });

  it("moves the charts to a slide of their own when bullets and table leave too little room", () => {
    const d = sampleData();
    const many = buildReportPlan(
      {
        ...d,
        settings: {
          ...d.settings,
          localAuthority: "The Royal Borough of Kensington and Chelsea and Westminster City Council",
        },
      },
      { year: { kind: "year", startYear: 2021 } },
    );
    const t = tables(many)[0];
    if (!t) throw new Error("no table");
    const wordy: TableBlock = {
      ...t,
      notes: Array.from({ length: 6 }, (_, i) => ({
        text: `A long note number ${i} about the source of the figures and the gaps in them, taking two lines or so on a slide.`,
        address: "A1",
        lines: [],
      })),
    };
    const deckMany = planDeck({ ...many, blocks: many.blocks.map((b) => (b === t ? wordy : b)) });
    const ids = deckMany.slides.map((s) => s.id);
    expect(ids).toContain("assessments-charts");
    const charts = deckMany.slides.find((s) => s.id === "assessments-charts");
    expect(charts?.title).toBe("Child and Family Assessments: charts");
    expect(charts?.charts).toHaveLength(2);
    expect(deckMany.slides.find((s) => s.id === "assessments")?.charts).toEqual([]);
    expect(deckMany.footer).toContain("Kensington");
  });
});

describe("value axes", () => {
  const deck = planDeck(plan2021);
  const charts = deck.slides.flatMap((s) => s.charts);

  it("starts every count at 0 and leaves room above the highest point for its label", () => {
    for (const c of charts.filter((x) => !x.spec.valueFormat.endsWith("%"))) {
      const top = Math.max(...c.spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
      expect(c.valueAxis.min).toBe(0);
      expect(c.valueAxis.max ?? 0).toBeGreaterThanOrEqual(top * 1.15);
      expect(c.valueAxis.max ?? 0).toBeLessThanOrEqual(top * 1.5);
    }
  });

  it("ends a line of shares at 100% and leaves its start to the client", () => {
    const timeliness = charts.find((c) => c.spec.valueFormat === "0.00%");
    expect(timeliness?.valueAxis).toEqual({ max: 1 });
  });
});

describe("lineCount", () => {
  it("wraps at spaces and breaks a word longer than a line", () => {
    // 1 in at 12 pt: floor(72 / 6) = 12 characters a line.
    expect(lineCount("", 1, 12)).toBe(1);
    expect(lineCount("abcdef ghijkl", 1, 12)).toBe(2);
    expect(lineCount("abcde fghijk", 1, 12)).toBe(1);
    expect(lineCount("abcdefghijklmnopqrstuvwxy", 1, 12)).toBe(3);
  });
});
