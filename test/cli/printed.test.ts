/**
 * The CLI's workbook as a real client prints it: LibreOffice Calc converts it to PDF (the report
 * sheet with every other sheet, as File > Export as PDF does) and to OpenDocument, once each for
 * every assertion here. The report sheet prints on A4 landscape, one page for the title and
 * headlines and one per topic, each topic's table, chart (its title, axis titles and data labels
 * drawn) and note on its page, the council, year and "Page n of m" in the header and footer;
 * LibreOffice reads the charts as charts (chart objects of the plan's kind) with their alt text.
 * The report's pages are kept as PNG in docs/screenshots/printed-page-N.png.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { buildReportPlan, type ReportPlan, type TableBlock } from "../../src/core/report";
import { validateWorkbook } from "../../src/core/workbook";
import { loadSampleWorkbook } from "../../src/cli/template";
import { ensureDebianTools, libreOfficeConvert, PDFTOPPM, PDFTOTEXT } from "./debian";
import { run, tempDir } from "./helpers";

const dir = tempDir();
const SCREENSHOTS = join(__dirname, "..", "..", "docs", "screenshots");
let plan: ReportPlan;
/** The report sheet's printed pages: number in the PDF, size in points, text line by line. */
let pages: { index: number; width: number; height: number; lines: string[] }[];
let ods: JSZip;

const tables = () => plan.blocks.filter((b): b is TableBlock => b.kind === "table");

beforeAll(async () => {
  ensureDebianTools();
  const { data } = validateWorkbook(loadSampleWorkbook());
  if (!data) throw new Error("the sample does not validate");
  plan = buildReportPlan(data, {});
  const sample = join(dir, "sample.xlsx");
  const out = join(dir, "report.xlsx");
  expect((await run("template", sample, "--sample")).code).toBe(0);
  expect((await run("generate", sample, "-o", out)).code).toBe(0);
  const [pdf] = libreOfficeConvert(out, "pdf");
  const [odsFile] = libreOfficeConvert(out, "ods");
  if (!pdf || !odsFile) throw new Error("LibreOffice wrote nothing");
  ods = await JSZip.loadAsync(readFileSync(odsFile));
  const info = execFileSync("/usr/bin/pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
    index: Number(m[1]),
    width: Number(m[2]),
    height: Number(m[3]),
  }));
  const all = sizes.map((s) => ({
    ...s,
    lines: execFileSync(PDFTOTEXT, ["-f", String(s.index), "-l", String(s.index), pdf, "-"], { encoding: "utf8" })
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== ""),
  }));
  // The report's pages are the ones with its header; the officer's sheets print without one.
  pages = all.filter((p) => p.lines[0] === data.settings.localAuthority);
  const first = pages[0]?.index ?? 1;
  const last = pages.at(-1)?.index ?? 1;
  const png = join(dir, "png");
  mkdirSync(png);
  execFileSync(PDFTOPPM, ["-f", String(first), "-l", String(last), "-r", "60", "-png", pdf, join(png, "p")]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  readdirSync(png)
    .sort()
    .forEach((f, i) => copyFileSync(join(png, f), join(SCREENSHOTS, `printed-page-${i + 1}.png`)));
}, 240_000);

describe("the report sheet printed by LibreOffice", () => {
  it("is one page for the title and headlines and one per topic, on A4 landscape", () => {
    expect(pages).toHaveLength(1 + tables().length);
    for (const p of pages) {
      // A4 is 841.89 x 595.28 pt.
      expect(Math.round(p.width)).toBe(842);
      expect(Math.round(p.height)).toBe(595);
    }
  });

  it("has the council and year in the header and the title and 'Page n of m' in the footer", () => {
    pages.forEach((p) => {
      expect(p.lines).toContain(plan.reportYear);
      expect(p.lines).toContain(plan.title);
      expect(p.lines.some((l) => new RegExp(`^Page ${p.index} of \\d+$`).test(l))).toBe(true);
    });
  });

  it("puts each topic's heading, table figures, notes and chart on one page", () => {
    tables().forEach((t, i) => {
      const page = pages[i + 1];
      const text = page?.lines ?? [];
      expect({ topic: t.id, title: text.includes(t.title) }).toEqual({ topic: t.id, title: true });
      for (const row of t.rows)
        for (const c of row.cells)
          if (c.text) expect({ topic: t.id, figure: c.text, on: text.includes(c.text) }).toMatchObject({ on: true });
      for (const n of t.notes) expect(text.join(" ")).toContain(n.text.slice(0, 40));
      for (const chart of t.charts) {
        // The chart's own title and axis titles drawn as lines of their own (the description
        // under the chart starts with the alt title, a longer line).
        for (const label of [chart.title, chart.categoryAxisTitle])
          expect({ chart: chart.name, label, drawn: text.includes(label) }).toMatchObject({ drawn: true });
      }
      // No other topic's title on this page.
      for (const other of tables()) if (other !== t) expect(text).not.toContain(other.title);
    });
  });

  it("opens the charts as chart objects of the plan's kind, with their names and alt-text descriptions", async () => {
    const content = (await ods.file("content.xml")?.async("string")) ?? "";
    const sheet = /<table:table table:name="Safeguarding Report"[\s\S]*?<\/table:table>/.exec(content)?.[0] ?? "";
    const frames = [...sheet.matchAll(/<draw:frame[^>]*>([\s\S]*?)<\/draw:frame>/g)];
    const specs = tables().flatMap((t) => t.charts);
    expect(frames).toHaveLength(specs.length);
    const kinds = await Promise.all(
      frames.map(async (f) => {
        const href = /<draw:object[^>]*xlink:href="\.\/([^"]+)"/.exec(f[1] ?? "")?.[1] ?? "";
        const chart = (await ods.file(`${href}/content.xml`)?.async("string")) ?? "";
        return {
          kind: /chart:class="chart:(\w+)"/.exec(chart)?.[1],
          name: /draw:name="([^"]*)"/.exec(f[0])?.[1],
          desc: /<svg:desc>([^<]*)<\/svg:desc>/.exec(f[1] ?? "")?.[1],
        };
      }),
    );
    expect(kinds).toEqual(
      specs.map((s) => ({
        kind: s.type === "ColumnClustered" ? "bar" : "line",
        name: s.name,
        // LibreOffice 7.4 keeps a frame's descr as its description and drops its title (the
        // title is read back from the package itself in chart-parts.test.ts).
        desc: s.altDescription
          .replace(/&/g, "&amp;")
          .replace(/</g, "&lt;")
          .replace(/'/g, "&apos;")
          .replace(/"/g, "&quot;"),
      })),
    );
  });
});
