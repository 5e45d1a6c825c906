/**
 * The deck seen by a client no one here wrote: `csc-report generate --pptx` writes it,
 * LibreOffice Impress (headless) converts it to PDF, and poppler reads the PDF back. The tests
 * check the slide count, that every slide's title, bullets, table figures and chart (its title,
 * axis titles and data labels) render, that no text runs off the slide or into the footer, and
 * that no two words overlap (a chart over a table, a label over a label). The pages are kept
 * as docs/screenshots/slide-N.png.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { buildReportPlan, FOOTER_Y, planDeck, type DeckPlan } from "../../src/core/report";
import { ensureImpressTools, libreOfficeConvert } from "../cli/debian";
import { run, tempDir } from "../cli/helpers";
import { sampleData } from "../../support/sample-workbook";

const SCREENSHOTS = join(__dirname, "..", "..", "docs", "screenshots");
/** Points per inch: the PDF page is the slide, 13.333 x 7.5 in = 960 x 540 pt. */
const PT = 72;

interface Word {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}
interface Page {
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
  /** The page's text, whitespace collapsed. */
  readonly text: string;
}

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&apos;/g, "'");

/** Every page's words with their boxes (pdftotext -bbox). */
function pages(pdf: string): Page[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => {
    const words = [
      ...(m[3] ?? "").matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: unescape(w[5] ?? ""),
    }));
    return { width: Number(m[1]), height: Number(m[2]), words, text: words.map((w) => w.text).join(" ") };
  });
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

let deck: DeckPlan;
let pdfPages: Page[];

beforeAll(async () => {
  ensureImpressTools();
  const dir = tempDir();
  const sample = join(dir, "sample.xlsx");
  const out = join(dir, "deck.pptx");
  expect((await run("template", sample, "--sample")).code).toBe(0);
  const r = await run("generate", sample, "-o", join(dir, "out.xlsx"), "--pptx", out, "--year", "2021-22");
  expect(r.code).toBe(0);
  deck = planDeck(buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2021 } }));
  const [pdf] = libreOfficeConvert(out, "pdf");
  if (!pdf) throw new Error("LibreOffice wrote no PDF");
  pdfPages = pages(pdf);
  // The pages as PNG, 960 x 540 px, for the README and for a person to look at.
  const png = join(dir, "png");
  mkdirSync(png);
  execFileSync("pdftoppm", ["-png", "-r", "72", pdf, join(png, "slide")]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const f of readdirSync(SCREENSHOTS).filter((f) => /^slide-\d+\.png$/.test(f))) rmSync(join(SCREENSHOTS, f));
  for (const f of readdirSync(png)) renameSync(join(png, f), join(SCREENSHOTS, f.replace(/^slide-0*/, "slide-")));
}, 300_000);

describe("the 2021-22 deck in LibreOffice Impress", () => {
  it("converts to one 16:9 page per slide", () => {
    expect(pdfPages).toHaveLength(deck.slides.length);
    expect(pdfPages).toHaveLength(7);
    for (const p of pdfPages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([960, 540]);
    expect(readdirSync(SCREENSHOTS).filter((f) => /^slide-\d+\.png$/.test(f))).toHaveLength(7);
    expect(readFileSync(join(SCREENSHOTS, "slide-3.png")).subarray(1, 4).toString()).toBe("PNG");
  });

  it("renders every slide's title, bullets and footer", () => {
    deck.slides.forEach((s, i) => {
      const text = pdfPages[i]?.text ?? "";
      expect(text).toContain(collapse(s.title));
      for (const p of s.body?.paragraphs ?? []) expect(text).toContain(collapse(p));
      expect(text).toContain(deck.footer);
    });
  });

  it("renders every table's figures", () => {
    deck.slides.forEach((s, i) => {
      const text = pdfPages[i]?.text ?? "";
      for (const cell of [...(s.table?.header ?? []), ...(s.table?.rows.flat() ?? [])])
        expect(text).toContain(collapse(cell));
    });
  });

  it("draws every chart: its title, axis titles, and each figure again as a data label", () => {
    let charts = 0;
    deck.slides.forEach((s, i) => {
      const page = pdfPages[i];
      if (!page) throw new Error(`no page ${i + 1}`);
      for (const c of s.charts) {
        charts++;
        for (const t of [c.spec.title, c.spec.categoryAxisTitle, c.spec.valueAxisTitle]) expect(page.text).toContain(t);
        // Each figure shows in the table and once more as the chart's data label.
        const labels = c.spec.series.flatMap((ser) => s.table?.rows.find((r) => r[0] === ser.name)?.slice(1) ?? []);
        for (const label of labels.filter((l) => l !== "no figure")) {
          const seen = page.words.filter((w) => w.text === label).length;
          expect({ label, seen: seen >= 2 }).toEqual({ label, seen: true });
        }
      }
    });
    expect(charts).toBe(6);
  });

  it("keeps every word on the slide and above the footer, except the footer's", () => {
    pdfPages.forEach((p, i) => {
      const footerWords = new Set([...deck.footer.split(" "), String(i + 1)]);
      for (const w of p.words) {
        expect(w.x0 >= 0 && w.y0 >= 0 && w.x1 <= p.width && w.y1 <= p.height).toBe(true);
        if (w.y0 >= FOOTER_Y * PT)
          expect({ slide: i + 1, word: w.text, footer: footerWords.has(w.text) }).toEqual({
            slide: i + 1,
            word: w.text,
            footer: true,
          });
      }
    });
  });

  it("overlaps no word with another (no chart over a table, no label over a label)", () => {
    // A word's box spans its font's ascent and descent, so the lines of one paragraph touch by
    // a few points; words clash when they share more than a quarter of the shorter's height.
    const overlaps = (a: Word, b: Word) =>
      Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 &&
      Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.25 * Math.min(a.y1 - a.y0, b.y1 - b.y0);
    pdfPages.forEach((p, i) => {
      const clashes: string[] = [];
      p.words.forEach((a, j) =>
        p.words.slice(j + 1).forEach((b) => {
          if (overlaps(a, b))
            clashes.push(
              `${a.text} / ${b.text} ${JSON.stringify([a.x0, a.y0, a.x1, a.y1, b.x0, b.y0, b.x1, b.y1].map(Math.round))}`,
            );
        }),
      );
      expect({ slide: i + 1, clashes }).toEqual({ slide: i + 1, clashes: [] });
    });
  });
});
