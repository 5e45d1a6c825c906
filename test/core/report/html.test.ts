import { buildReportPlan } from "../../../src/core/report/build";
import { renderReportHtml } from "../../../src/core/report/html";
import { renderChartSvg } from "../../../src/core/report/svg";
import type { TableBlock } from "../../../src/core/report/plan";
import type { PerformanceData } from "../../../src/core/workbook";
import { sampleData } from "../../../support/sample-workbook";

const plan = buildReportPlan(sampleData(), { year: { kind: "year", startYear: 2021 }, quarterStyle: "range" });
const html = renderReportHtml(plan);
const tables = plan.blocks.filter((b): b is TableBlock => b.kind === "table");

describe("renderReportHtml", () => {
  it("is a complete en-GB document with a title and one h1", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toMatch(/<html lang="en-GB">/);
    expect(html).toMatch(
      /<title>Hampshire County Council: Annual Safeguarding Report, Children&#39;s Services 2021-22<\/title>/,
    );
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it("makes no external request and runs no script", () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
  });

  it("has a <table> with caption and scoped headers for every table", () => {
    const found = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(found).toHaveLength(tables.length);
    found.forEach((t, i) => {
      expect(t).toMatch(/<caption>[^<]+<\/caption>/);
      const ths = t.match(/<th\b[^>]*>/g) ?? [];
      // One header cell per column of the header row, and one per body row (its label).
      expect(ths).toHaveLength((tables[i]?.header.length ?? 0) + (tables[i]?.rows.length ?? 0));
      for (const th of ths) expect(th).toMatch(/scope="(col|row)"/);
      expect(t).toMatch(/<th scope="row">/);
    });
    // The caption names the periods, so it does not repeat the heading above it.
    expect(html).toContain("<caption>UASC Care Leavers, Apr-Jun 2019 to Apr-Jun 2022</caption>");
    expect(html).toContain("<td>153,033</td>");
    expect(html).toContain("<td>95.90%</td>");
  });

  it("gives every chart an SVG with role img, title and desc, labelled by them", () => {
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(tables.reduce((n, t) => n + t.charts.length, 0));
    for (const s of svgs) {
      expect(s).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
      expect(s).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+(rose|fell)[^<]+<\/desc>/);
    }
  });

  it("puts the headlines in as text", () => {
    expect(html).toContain("There has been a 209% increase in the number of UASC care leavers since June 2017 (137)");
  });

  it("escapes every text from the workbook", () => {
    const d: PerformanceData = sampleData();
    const evil = { ...d, settings: { ...d.settings, localAuthority: `<img src=x onerror="alert(1)">&'` } };
    const out = renderReportHtml(buildReportPlan(evil, { year: { kind: "year", startYear: 2019 } }));
    expect(out).not.toContain("<img");
    // In the print stylesheet's header too: a name cannot close the <style> element.
    const style = renderReportHtml(
      buildReportPlan({ ...d, settings: { ...d.settings, localAuthority: "</style><b>x" } }, {}),
    );
    expect(style.match(/<\/style>/g)).toHaveLength(1);
    expect(out).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
  });
});

describe("renderChartSvg", () => {
  const uasc = tables.find((t) => t.id === "uascCareLeavers");
  const chart = uasc?.charts[0];

  it("labels every point with its value and shows the axis titles", () => {
    if (!uasc || !chart) throw new Error("no UASC chart");
    const svg = renderChartSvg(chart, uasc);
    for (const v of ["328", "335", "423"]) expect(svg).toContain(`>${v}</text>`);
    expect(svg).toContain(">Quarter</text>");
    expect(svg).toContain(">Care leavers</text>");
    expect(svg).toContain('aria-describedby="table-uascCareLeavers"');
    expect(svg).toContain("<tspan");
  });

  it("leaves a gap for a blank value instead of drawing 0", () => {
    if (!chart) throw new Error("no UASC chart");
    const values = chart.series[0]!.values.map((v, i) => (i === 4 ? null : v));
    const svg = renderChartSvg({ ...chart, series: [{ ...chart.series[0]!, values }] });
    const path = /<path d="([^"]+)" fill="none"/.exec(svg)?.[1] ?? "";
    expect(path.match(/M/g)).toHaveLength(2);
  });
});

describe("the HTML report's print stylesheet", () => {
  it("prints A4 landscape with the workbook's header and footer, page numbers as counters", () => {
    expect(html).toContain("@page{size:A4 landscape;margin:0.75in 0.4in 0.75in 0.4in;");
    expect(html).toContain('@top-left{content:"Hampshire County Council";');
    expect(html).toContain('@top-right{content:"2021-22";');
    expect(html).toContain('@bottom-right{content:"Page " counter(page) " of " counter(pages);');
  });

  it("starts a page where the sheet breaks and keeps each topic on one page", () => {
    const starts = html.match(/<(h2|section) class="page-start"/g) ?? [];
    expect(starts).toHaveLength(plan.page.rowBreaks.length);
    // The first topic's page starts at its section heading, so the heading does not end a page.
    expect(html).toMatch(
      /<h2 class="page-start">Performance and Activity Levels<\/h2>\s*<section aria-labelledby="h-assessments">/,
    );
    expect(html).toMatch(/@media print\{.*\.page-start\{break-before:page\}section\{break-inside:avoid\}/);
  });
});
