/**
 * The template's "About" sheet describes the layout inside the workbook: every dataset with
 * its sheet, table and CSC_ name, and both ways a period table may be laid out. Read back
 * through csc-report's own reader, as a file; the validator reads nothing from it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadSampleWorkbook, templateBytes, writeWorkbookTemplate } from "../../src/cli/template";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { GUIDE_SHEET, LAYOUT, datasetNameFor, validateWorkbook } from "../../src/core/workbook";
import { tempDir } from "./helpers";

it.each([
  ["the empty template", undefined],
  ["the sample", loadSampleWorkbook()],
])("%s has an About sheet naming every dataset, both orientations and the CSC_ names", async (_, sample) => {
  const bytes = templateBytes(sample, { guide: true });
  const raw = readWorkbookBytes(bytes).raw;
  const about = raw.sheets.find((s) => s.name === GUIDE_SHEET);
  // Rows and cells not stored are holes in the reader's sparse grid.
  const cells = Array.from(about?.cells ?? [], (r) => (r ?? []).filter((v) => v !== undefined));
  const text = cells.map((r) => r.join(" | "));
  for (const d of LAYOUT) {
    if (sample && d.optional) continue;
    expect(text).toContainEqual(expect.stringContaining(`${d.sheet} | ${d.table}`));
    expect(text.join("\n")).toContain(datasetNameFor(d.id));
  }
  // The across example keeps its period labels as text (the cells are Text-formatted).
  const example = cells.find((r) => r[1] === "2019-20");
  expect(example).toEqual([expect.any(String), "2019-20", "2020-21", "2021-22"]);
  expect(text.join("\n")).toContain("across its header row");
  expect(validateWorkbook(raw).issues.filter((i) => i.sheet === GUIDE_SHEET)).toEqual([]);
});

it("csc-report template writes the About sheet into the empty workbook an officer starts from", async () => {
  const out = join(tempDir(), "book.xlsx");
  await writeWorkbookTemplate(out);
  const names = readWorkbookBytes(readFileSync(out)).raw.sheets.map((s) => s.name);
  expect(names.at(-1)).toBe(GUIDE_SHEET);
  expect(names.slice(0, -1)).toEqual(LAYOUT.map((d) => d.sheet));
});
