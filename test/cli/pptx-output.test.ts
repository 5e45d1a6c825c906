/**
 * `csc-report generate --pptx`: the Cabinet slides written beside the workbook, through the
 * same safe output path as every other file (temporary, then rename; refused onto the input
 * or an existing file without --force; all outputs or none).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readPptx, textOf } from "../deck/read-pptx";
import { run, snapshot, tempDir } from "./helpers";

const dir = tempDir();
const sample = join(dir, "sample.xlsx");

beforeAll(async () => {
  expect((await run("template", sample, "--sample")).code).toBe(0);
});

describe("csc-report generate --pptx", () => {
  it("writes the deck beside the workbook and says how many slides", async () => {
    const out = join(dir, "out.xlsx");
    const deck = join(dir, "deck.pptx");
    const r = await run("generate", sample, "-o", out, "--pptx", deck, "--year", "2021-22");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`Wrote 7 slides to --pptx "${deck}".`);
    const read = readPptx(readFileSync(deck));
    expect(read.slides.map((s) => textOf(s.shapes[0]?.el))).toEqual([
      "Hampshire County Council: Annual Safeguarding Report, Children's Services 2021-22",
      "Headlines",
      "Child and Family Assessments",
      "Child Protection Plans",
      "Full Time Looked After Children",
      "Contacts and Referrals",
      "UASC Care Leavers",
    ]);
    // No closing "Not included" slide: what is left out goes in the headlines slide's speaker notes.
    expect(read.slides.flatMap((s) => s.shapes.filter((x) => x.chart))).toHaveLength(6);
    expect(Object.keys(snapshot(dir)).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("writes the year asked for", async () => {
    const deck = join(dir, "deck-2019.pptx");
    const r = await run("generate", sample, "-o", join(dir, "out-2019.xlsx"), "--pptx", deck, "--year", "2019-20");
    expect(r.code).toBe(0);
    const titles = readPptx(readFileSync(deck)).slides.map((s) => textOf(s.shapes[0]?.el));
    expect(titles[0]).toContain("2019-20");
  });

  it("replaces an existing deck only with --force", async () => {
    const deck = join(dir, "old.pptx");
    writeFileSync(deck, "the previous slides");
    const refused = await run("generate", sample, "-o", join(dir, "o1.xlsx"), "--pptx", deck);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--pptx ".*old\.pptx" already exists; use --force to replace it/);
    expect(readFileSync(deck, "utf8")).toBe("the previous slides");
    const forced = await run("generate", sample, "-o", join(dir, "o1.xlsx"), "--pptx", deck, "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(deck).subarray(0, 2).toString()).toBe("PK");
  });

  it("writes no deck (nor workbook) when the input cannot be read", async () => {
    const bad = join(dir, "not-a-workbook.xlsx");
    writeFileSync(bad, "not a zip");
    const deck = join(dir, "never.pptx");
    const r = await run("generate", bad, "-o", join(dir, "never.xlsx"), "--pptx", deck);
    expect(r.code).toBe(2);
    expect(Object.keys(snapshot(dir))).not.toContain("never.pptx");
    expect(Object.keys(snapshot(dir))).not.toContain("never.xlsx");
  });
});
