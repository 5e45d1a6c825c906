/**
 * Regenerating the report into the same workbook does not grow its styles part: the report's
 * number formats, fonts, fills, borders and cell formats already in the part (its own, from the last run, or
 * the officer's own look-alikes) are reused, not appended again. A workbook regenerated every
 * month would otherwise gain a few hundred cell formats each time, toward Excel's 64,000
 * ("Excel specifications and limits"), past which Excel refuses to format cells.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ZipArchive } from "../../src/cli/xlsx/zip";
import { child, children, parseXml } from "../../src/package/xml";
import { run, tempDir } from "./helpers";

const dir = tempDir();

/** The styles part of an .xlsx: its size and the entries of each container. */
function styles(file: string): { bytes: number; counts: Record<string, number> } {
  const zip = new ZipArchive(readFileSync(file));
  const entry = zip.entry("xl/styles.xml");
  if (!entry) throw new Error(`no styles part in ${file}`);
  const data = zip.read(entry);
  const root = parseXml(new TextDecoder().decode(data));
  const counts: Record<string, number> = {};
  for (const [container, item] of [
    ["numFmts", "numFmt"],
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
    ["cellXfs", "xf"],
  ] as const)
    counts[container] = children(child(root, container), item).length;
  return { bytes: data.length, counts };
}

it("keeps the styles part's size and counts when the report is generated five times into the same workbook", async () => {
  const sample = join(dir, "sample.xlsx");
  expect((await run("template", sample, "--sample")).code).toBe(0);
  const before = styles(sample);
  const runs: ReturnType<typeof styles>[] = [];
  let input = sample;
  for (let i = 1; i <= 5; i++) {
    const output = join(dir, `generated-${i}.xlsx`);
    // Compared with DfE's figures, so the report's rates bring their custom number format too.
    const r = await run("generate", input, "-o", output, "--compare", "england,region,neighbours");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    runs.push(styles(output));
    input = output;
  }
  const [first, ...rest] = runs;
  // The first run adds the report's look (the template's workbook has none of it), the rates'
  // "#,##0.0" among it, declared once...
  expect(first?.counts.cellXfs).toBeGreaterThan(before.counts.cellXfs ?? 0);
  expect(first?.counts.numFmts).toBe((before.counts.numFmts ?? 0) + 1);
  // ...and every later run, replacing its own report, adds nothing.
  for (const later of rest) expect(later).toEqual(first);
}, 180_000);
