/**
 * The task pane's third pass in the preview: an empty workbook opens on a welcome before any
 * validation; a table of the officer's own headed "Number of referrals" is found by the pane
 * and by validation alike; set-up adds only the datasets neither there nor mapped; Generate
 * report validates by itself; the Functions tab is one function at a time; hints are body size.
 */
import type { Browser, Page } from "playwright-core";
import { launch, openPreview, type PreviewWindow } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The officer's own contacts on a sheet "Front door", headed in their own words. */
async function addOwnContacts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
    wb.addSheet("Front door");
    wb.setValues("Front door", "B2:E4", [
      ["Financial year", "No. of contacts", "Number of referrals", "Re-referrals"],
      ["2020-21", 9500, 3100, 640],
      ["2021-22", 9800, 3200, 650],
    ]);
    wb.addTable("Front door", "B2:E4", "MyContacts");
  });
}

/** Maps Contacts to MyContacts in "Use my own tables", choosing "Financial year" for Year. */
async function mapOwnContacts(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Use my own tables", exact: true }).click();
  await page.getByRole("combobox", { name: "Dataset" }).selectOption({ label: "Contacts" });
  await page.getByRole("combobox", { name: "Pick a table" }).selectOption({ label: "MyContacts (sheet Front door)" });
  const columns = page.getByRole("list", { name: "Columns" });
  await expect(columns.textContent()).resolves.toContain("Found: “Number of referrals”");
  await expect(columns.textContent()).resolves.toContain("Probably “Financial year”: please check.");
  await page.getByRole("combobox", { name: "Where is “Year”?" }).selectOption({ label: "Financial year" });
  await expect(columns.textContent()).resolves.toContain("Chosen: “Financial year”.");
  await expect(columns.textContent()).resolves.not.toContain("please check");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("Contacts now comes from MyContacts").waitFor();
}

describe("first run and the pane's third pass", () => {
  it("opens an empty workbook on a welcome, before any validation, and tries the sample from it", async () => {
    const { page, errors } = await openPreview(browser, "empty");
    const card = page.getByTestId("setup-card");
    await card.waitFor();
    await expect(card.getByRole("heading").textContent()).resolves.toBe("Welcome: this workbook is empty");
    await expect(card.getByRole("button", { name: "Set up workbook" }).count()).resolves.toBe(1);
    // Nothing was validated: no summary, no list of missing sheets.
    await expect(page.getByTestId("validation-summary").count()).resolves.toBe(0);
    await expect(page.locator("#taskpane").textContent()).resolves.not.toMatch(/missing/i);
    await card.getByRole("button", { name: "Try with sample figures" }).click();
    await page.getByText("Workbook set up with sample figures").waitFor();
    await expect(page.getByTestId("validation-summary").textContent()).resolves.toMatch(/^0 errors, \d+ warnings?$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("adds only what is neither there nor mapped, and names what it added", async () => {
    const { page } = await openPreview(browser, "empty");
    await addOwnContacts(page);
    await mapOwnContacts(page);
    await page.getByTestId("setup-card").getByRole("button", { name: "Set up workbook" }).click();
    await page.getByText("Workbook set up: type your figures into the new tables").waitFor();
    const added = (await page.getByRole("list", { name: "Added" }).getByRole("listitem").allTextContents()).map((t) =>
      t.trim(),
    );
    expect(added).toEqual([
      "Sheet “Settings” with table tblSettings.",
      "Sheet “Assessments” with table tblAssessments.",
      "Sheet “Child Protection” with table tblChildProtection.",
      "Sheet “Looked After” with table tblLookedAfter.",
      "Sheet “UASC” with table tblUASC.",
    ]);
    await expect(page.getByRole("list", { name: "Left as they were" }).textContent()).resolves.toContain(
      "Contacts comes from your own table: left as it is.",
    );
    // No second Contacts table, so no warning about one.
    await page.getByTestId("validation-summary").waitFor();
    await expect(page.locator("#taskpane").textContent()).resolves.not.toContain("a second table");
    await page.close();
  });

  it("reads the referrals the pane found under the officer's header: validation agrees and the report is built", async () => {
    const { page, errors } = await openPreview(browser);
    await addOwnContacts(page);
    await mapOwnContacts(page);
    // No "Validate now" first: Generate report checks the workbook itself.
    await page.getByRole("tab", { name: "Report" }).click();
    await expect(page.getByRole("button", { name: "Validate now" }).count()).resolves.toBe(0);
    await page.getByRole("combobox", { name: "Report year" }).and(page.locator(":enabled")).waitFor();
    await page.getByRole("combobox", { name: "Report year" }).selectOption("2021-22");
    await page.getByRole("button", { name: /^(Generate|Refresh) report$/ }).click();
    await page.getByText("Report for 2021-22 ready on the sheet").waitFor();
    // One success message says what was built and where, not two.
    const report = (await page.locator("#csc-panel-report").textContent()) ?? "";
    expect(report.match(/(ready|2021-22) on the sheet “Safeguarding Report”/g)).toHaveLength(1);
    await page.getByRole("tab", { name: "Validate" }).click();
    const pane = (await page.locator("#taskpane").textContent()) ?? "";
    expect(pane).not.toMatch(/no "Referrals"|"Referrals" not found/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows one function at a time on the Functions tab, and hints at body size", async () => {
    const { page } = await openPreview(browser);
    await page.getByRole("tab", { name: "Functions" }).click();
    const panel = page.locator("#csc-panel-functions");
    await expect(panel.getByRole("button", { name: /^Insert example of / }).count()).resolves.toBe(1);
    await page.getByRole("combobox", { name: "Function" }).selectOption("CSC.WORKDAYS");
    await expect(page.getByTestId("function-help").getByRole("heading").textContent()).resolves.toBe("CSC.WORKDAYS");
    await expect(panel.getByRole("button", { name: "Insert example of CSC.WORKDAYS" }).count()).resolves.toBe(1);
    const height = await panel.evaluate((e) => e.scrollHeight);
    expect(height).toBeLessThan(1200);
    // A field's hint is the size of the text around it.
    await page.getByRole("tab", { name: "Report" }).click();
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).fontSize);
    const hint = await size("#csc-panel-report .fui-Field__hint");
    expect(hint).toBe(await size("#csc-panel-report p"));
    await page.close();
  });
});
