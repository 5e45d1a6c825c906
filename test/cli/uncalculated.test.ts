/**
 * A formula whose result the file does not hold (a workbook written by a program that does not
 * calculate, never saved from Excel since) is said to be one, not called a missing value: the
 * fix is to save the file from Excel, not to type the figure again.
 */
import { join } from "node:path";
import { buildTemplateWorkbook } from "../../support/template-workbook";
import { loadSampleWorkbook } from "../../src/cli/template";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { run, tempDir } from "./helpers";

/** The sample workbook with Contacts' first figure a formula written without a result. */
async function withUncalculated(): Promise<string> {
  const built = buildTemplateWorkbook(loadSampleWorkbook());
  const ws = built.getWorksheet("Contacts");
  if (!ws) throw new Error("no Contacts sheet");
  // ExcelJS writes <f> without <v> when no result is given, as a non-calculating writer does.
  ws.getCell("B2").value = { formula: "1000+1" } as never;
  const file = join(tempDir(), "uncalculated.xlsx");
  await built.xlsx.writeFile(file);
  return file;
}

it("the reader lists the cell as uncalculated", async () => {
  const file = await withUncalculated();
  const { readFile } = await import("node:fs/promises");
  const raw = readWorkbookBytes(new Uint8Array(await readFile(file))).raw;
  expect(raw.uncalculated).toEqual([{ sheet: "Contacts", cell: "B2" }]);
});

it("validate says the formula has no saved result, not that the value is missing", async () => {
  const r = await run("validate", await withUncalculated());
  expect(r.code).toBe(1);
  expect(r.out).toMatch(
    /error {3}B2 {5}Contacts for 2017-18 is a formula whose result the file does not hold, so its figure cannot be read \[formula-not-calculated\]/,
  );
  expect(r.out).not.toMatch(/B2 .*missing/);
});
