/**
 * The CLI on a workbook kept the published reports' way: every period dataset with its
 * periods across the columns, as tables and as plain ranges mapped by CSC_ names. `validate`
 * and `generate` give what they give for the layout's own form.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { generateCommand } from "../../src/cli/generate";
import { validateCommand } from "../../src/cli/validate";
import { buildTemplateWorkbook, loadSampleWorkbook } from "../../src/cli/template";
import type { Layout } from "../fixtures/workbooks/layouts";
import { applyLayout } from "./layout-xlsx";
import { tempDir } from "./helpers";

const PERIOD_SHEETS = ["Assessments", "Child Protection", "Looked After", "Contacts", "UASC"];
const dir = tempDir();
const quiet = { log: () => undefined, error: () => undefined };

async function write(name: string, layout?: Layout): Promise<string> {
  const wb: Workbook = buildTemplateWorkbook(loadSampleWorkbook());
  if (layout) for (const sheet of PERIOD_SHEETS) applyLayout(wb, sheet, layout);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** `validate --json`'s issues as code@sheet, and `generate`'s HTML report. */
async function outputs(file: string, name: string): Promise<{ codes: string[]; html: string }> {
  const lines: string[] = [];
  const code = await validateCommand(file, { json: true }, { stdout: (s) => lines.push(s), stderr: () => undefined });
  expect(code).toBe(0);
  const { issues } = JSON.parse(lines.join("\n")) as { issues: { code: string; sheet: string }[] };
  const html = join(dir, `${name}.html`);
  expect(await generateCommand(file, { output: join(dir, `${name}-out.xlsx`), year: "2021-22", html, ...quiet })).toBe(
    0,
  );
  return { codes: issues.map((i) => `${i.code}@${i.sheet}`), html: readFileSync(html, "utf8") };
}

describe("a workbook with every period dataset across", () => {
  let down: { codes: string[]; html: string };
  beforeAll(async () => {
    down = await outputs(await write("down"), "down");
  });

  it.each<Layout>(["across", "across-named"])("as %s: the same issues and the same report", async (layout) => {
    const got = await outputs(await write(layout, layout), layout);
    expect(got.codes).toEqual(down.codes);
    expect(got.html).toBe(down.html);
    expect(got.html).toContain("UASC");
  });
});
