/** A chart's description on the report sheet: whole sentences to a row, never one running into the next row. */
import { buildReportPlan } from "../../../src/core/report/build";
import { sentenceLines } from "../../../src/core/report/placement";
import type { TableBlock } from "../../../src/core/report/plan";
import { sampleData } from "../../../support/sample-workbook";

describe("chart descriptions", () => {
  it.each([2019, 2021])("for the year from April %i end every row at the end of a sentence", (startYear) => {
    const plan = buildReportPlan(sampleData(), { year: { kind: "year", startYear } });
    const charts = plan.blocks.filter((b): b is TableBlock => b.kind === "table").flatMap((t) => t.charts);
    expect(charts.length).toBeGreaterThan(4);
    for (const c of charts) {
      const lines = c.descriptionLines.map((l) => l.text);
      expect(lines.join(" ")).toBe(`${c.altTitle}. ${c.altDescription}`);
      for (const l of lines)
        expect({ chart: c.name, line: l, ends: /[.!?]$/.test(l) }).toEqual({ chart: c.name, line: l, ends: true });
    }
  });

  it("groups sentences to fit a row, keeps decimals whole and cuts only a sentence longer than a row", () => {
    expect(sentenceLines("One two. Three at 0.07% here. Four.", 20)).toEqual([
      "One two.",
      "Three at 0.07% here.",
      "Four.",
    ]);
    expect(sentenceLines("A b. C d.", 40)).toEqual(["A b. C d."]);
    expect(sentenceLines("A very long sentence that cannot fit. End.", 15)).toEqual([
      "A very long",
      "sentence that",
      "cannot fit.",
      "End.",
    ]);
  });
});
