/**
 * The pane says what is true: with errors the Report tab says the report is blocked and which
 * years the workbook has (not "Validate first"); warnings alone say the report can go ahead;
 * highlights follow the latest validation (a fixed cell is no longer marked); an issue on a
 * sheet the workbook lacks is not a link.
 */
import type { Browser, Page } from "playwright-core";
import {
  launch,
  openPreview,
  snapshotSheets,
  typeIntoWorkbook,
  waitForAnnouncement,
  type PreviewWindow,
} from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const summary = (page: Page) => page.getByTestId("validation-summary");

/** The cells of `sheet` that carry a conditional format, from the workbook's snapshot. */
async function markedCells(page: Page, sheet: string): Promise<string[]> {
  const snap = JSON.parse(await snapshotSheets(page)) as {
    sheets: { name: string; conditionalFormats?: { address: string }[] }[];
  };
  return (snap.sheets.find((s) => s.name === sheet)?.conditionalFormats ?? []).map((c) => c.address);
}

describe("truthful states", () => {
  it("with an error, the Report tab says the report is blocked, why, and which years exist", async () => {
    const { page } = await openPreview(browser, "fault");
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await expect(summary(page).textContent()).resolves.toMatch(/^1 error, /);
    await page.getByRole("tab", { name: "Report" }).click();
    const pane = page.locator("#csc-panel-report");
    await expect(pane.textContent()).resolves.toContain(
      "Report blocked. Validation found 1 error, and a report is never built from figures with errors. Fix them, then validate again. The workbook has figures for 2013-14 to 2021-22",
    );
    await expect(pane.textContent()).resolves.not.toContain("Validate first");
    await expect(page.getByRole("combobox", { name: "Report year" }).textContent()).resolves.toBe(
      "Fix the errors first",
    );
    await expect(pane.getByText("The workbook has 2013-14 to 2021-22.").isVisible()).resolves.toBe(true);
    await waitForAnnouncement(page, /^Report blocked/);
    await page.close();
  });

  it("with warnings only, both tabs say the report can go ahead", async () => {
    const { page } = await openPreview(browser);
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await expect(summary(page).textContent()).resolves.toMatch(/^0 errors, \d+ warnings?$/);
    await expect(page.getByTestId("warnings-only").textContent()).resolves.toContain("the report, which can go ahead");
    await page.getByRole("tab", { name: "Report" }).click();
    await expect(page.getByTestId("report-ready").textContent()).resolves.toMatch(
      /^Ready\. Validation found \d+ warnings? and no errors: the report can go ahead\./,
    );
    await page.close();
  });

  it("re-validating moves the highlights: the fixed cell is no longer marked", async () => {
    const { page } = await openPreview(browser, "fault");
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await expect(summary(page).textContent()).resolves.toMatch(/^1 error, /);
    await page.getByRole("button", { name: "Highlight", exact: true }).click();
    await page.getByText(/^Marked \d+ cells?\./).waitFor();
    expect(await markedCells(page, "UASC")).toContain("C14");
    await typeIntoWorkbook(page, "UASC", "C14", [[335]]);
    await page.getByRole("button", { name: "Re-validate" }).click();
    await expect(summary(page).textContent()).resolves.toMatch(/^0 errors, \d+ warnings?$/);
    await page.getByText(/^Highlights updated to this validation/).waitFor();
    expect(await markedCells(page, "UASC")).not.toContain("C14");
    await page.close();
  });

  it("an issue on a sheet that does not exist is plain text, not a link to an error", async () => {
    const { page } = await openPreview(browser);
    await page.evaluate(() => {
      const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
      wb.deleteSheet(wb.requireSheet("Contacts"));
    });
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await summary(page).waitFor();
    const item = page.locator('li[data-issue-sheet="Contacts"]').first();
    await item.waitFor();
    await expect(item.getByRole("button").count()).resolves.toBe(0);
    await expect(item.textContent()).resolves.toContain("there is no sheet “Contacts” to go to");
    await page.close();
  });
});
