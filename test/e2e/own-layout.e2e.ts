/**
 * An officer's workbook laid out as the published reports lay their tables out: the periods
 * across the columns, the measures down the rows, on sheets and under table names of the
 * officer's own. Each dataset is mapped through "Use my own tables", and the report generated
 * from it carries the published reports' headlines.
 */
import type { Browser, Page } from "playwright-core";
import { sampleRaw } from "../../support/sample-workbook";
import { generate, launch, openPreview, type PreviewWindow } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SAMPLE = sampleRaw();

/** The officer's own sheets: the sample's period tables turned across, under other names. */
const OWN: { dataset: string; sheet: string; table: string }[] = [
  { dataset: "Assessments", sheet: "Front door figures", table: "MyAssessments" },
  { dataset: "Child Protection", sheet: "CP figures", table: "MyCP" },
  { dataset: "Looked After", sheet: "CLA figures", table: "MyCLA" },
  { dataset: "Contacts", sheet: "Contacts and referrals", table: "MyContacts" },
  { dataset: "UASC", sheet: "UASC by quarter", table: "MyUASC" },
];

/** A block with the periods across: a caption, then a row per measure. */
function across(dataset: string): unknown[][] {
  const table = SAMPLE.sheets.find((s) => s.name === dataset)?.tables[0];
  if (!table) throw new Error(`no ${dataset} in the sample`);
  const periods = table.rows.map((r) => r[0] ?? null);
  const measures = table.headers.slice(1).map((h, i) => [h, ...table.rows.map((r) => r[i + 1] ?? null)]);
  return [[`${dataset} (our figures)`, ...periods], ...measures];
}

/** Replaces the layout's period sheets by the officer's own, as the preview's workbook. */
async function layOutAsTheReports(page: Page): Promise<void> {
  const blocks = OWN.map((o) => ({ ...o, cells: across(o.dataset) }));
  await page.evaluate((list) => {
    const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
    const letters = (n: number): string => {
      let s = "";
      for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
      return s;
    };
    for (const b of list) {
      wb.deleteSheet(wb.requireSheet(b.dataset));
      wb.addSheet(b.sheet);
      const width = b.cells[0]?.length ?? 1;
      // From B2, as an officer's sheet with a title row above would have it.
      const address = `B2:${letters(width + 1)}${b.cells.length + 1}`;
      wb.setValues(b.sheet, address, b.cells);
      wb.addTable(b.sheet, address, b.table);
    }
  }, blocks);
}

describe("a workbook laid out as the published reports", () => {
  it("is mapped table by table and gives the reports' headlines", async () => {
    const { page, errors } = await openPreview(browser);
    await layOutAsTheReports(page);
    await page.getByRole("button", { name: "Use my own tables", exact: true }).click();
    for (const o of OWN) {
      await page.getByRole("combobox", { name: "Dataset" }).selectOption({ label: o.dataset });
      await page
        .getByRole("combobox", { name: "Pick a table" })
        .selectOption({ label: `${o.table} (sheet ${o.sheet})` });
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByText(new RegExp(`${o.dataset} now comes from`)).waitFor();
    }
    await page.getByRole("tab", { name: "Report" }).click();
    await page.getByRole("combobox", { name: "Report year" }).and(page.locator(":enabled")).waitFor();
    await generate(page, "2021-22", /^Apr-Jun 2019/);
    const pane = (await page.locator("#taskpane").textContent()) ?? "";
    // The 2021-22 report's headlines (UASC care leavers 137 -> 423; contacts 21% higher).
    expect(pane).toContain("209% increase");
    expect(pane).toContain("21% higher");
    expect(errors).toEqual([]);
    await page.close();
  });
});
