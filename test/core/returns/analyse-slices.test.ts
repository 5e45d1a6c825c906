/**
 * The 903 analysis after reading (DfE's rules, then the figures) in slices: with a slicer it
 * gives the thread back between parts of the work and ends with the same result as the one-go
 * run; its progress is told; a yield that throws (the pane's Cancel) stops it. A fake clock
 * that ticks on every reading stands in for time, so nothing here depends on the machine's speed.
 */
import { Slicer } from "../../../src/core/base";
import { analyseReturns, type AnalyseProgress } from "../../../src/core/returns";
import { csv903, type ChildSpec } from "../../../support/returns-903";
import { sources } from "./helpers";

/** 3,000 children: some with overlapping episodes (501), some UASC, some short breaks over 17 days (365). */
function children(n: number): ChildSpec[] {
  return Array.from({ length: n }, (_, i): ChildSpec => {
    const id = `C${i}`;
    if (i % 7 === 0)
      return {
        id,
        dob: "01/01/2010",
        episodes: [
          { decom: "01/05/2017", dec: "10/06/2017", rec: "X1" },
          { decom: "01/06/2017", rne: "P" },
        ],
      };
    if (i % 11 === 0) return { id, dob: "01/01/2002", uasc: { duc: "" }, episodes: [{ decom: "10/04/2017" }] };
    if (i % 13 === 0)
      return { id, dob: "01/01/2012", episodes: [{ decom: "01/07/2017", dec: "30/07/2017", ls: "V3", rec: "E13" }] };
    return {
      id,
      dob: "01/01/2009",
      episodes: [{ decom: "01/02/2016", dec: i % 3 ? "" : "01/03/2018", rec: i % 3 ? "" : "E11" }],
    };
  });
}

const FILES = csv903(children(3000));
const read = () => sources(FILES, 1 << 16);

/** A slicer over a clock that moves one millisecond each time it is read. */
function fakeSlicer(budgetMs: number, onYield: () => void = () => undefined) {
  let t = 0;
  let yields = 0;
  const slicer = new Slicer({
    budgetMs,
    now: () => ++t,
    yieldNow: async () => {
      yields++;
      onYield();
    },
  });
  return { slicer, yields: () => yields };
}

describe("the 903 analysis in slices", () => {
  it("gives the thread back more than once and ends with the one-go result", async () => {
    const once = await analyseReturns(read());
    expect(once.returns[0]?.findings.errors.length).toBeGreaterThan(0); // something to compare
    const { slicer, yields } = fakeSlicer(20);
    const sliced = await analyseReturns(read(), { slicer });
    expect(yields()).toBeGreaterThan(1);
    expect(slicer.stats().yields).toBe(yields());
    expect(sliced).toEqual(once);
  });

  it("tells its progress: the rules one by one over the children, then the figures, each to its end", async () => {
    const heard: AnalyseProgress[] = [];
    await analyseReturns(read(), { slicer: fakeSlicer(20).slicer, onProgress: (p) => heard.push(p) });
    const rules = heard.filter((p) => p.label.startsWith("Checking DfE's rules on 3,000 children: "));
    const figures = heard.filter((p) => p.label.startsWith("Working out the figures: "));
    expect(rules.length + figures.length).toBe(heard.length);
    expect(rules[0]).toMatchObject({ done: 0 });
    const lastRule = rules[rules.length - 1];
    expect(lastRule?.done).toBe(lastRule?.total);
    expect(lastRule?.label).toMatch(new RegExp(`: ${lastRule?.total} of ${lastRule?.total} rules$`));
    const lastFigure = figures[figures.length - 1];
    expect(lastFigure?.done).toBe(lastFigure?.total);
    // The bar only moves forward within each stage.
    for (const stage of [rules, figures])
      expect(stage.every((p, i) => i === 0 || p.done >= (stage[i - 1]?.done ?? 0))).toBe(true);
  });

  it("stops when a yield throws (the pane's Cancel), with that error", async () => {
    class Cancelled extends Error {}
    const { slicer } = fakeSlicer(20, () => {
      throw new Cancelled();
    });
    await expect(analyseReturns(read(), { slicer })).rejects.toBeInstanceOf(Cancelled);
  });
});
