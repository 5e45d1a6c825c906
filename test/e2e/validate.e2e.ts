/**
 * The task pane in the browser preview: it renders, keeps every request on this machine,
 * passes an axe-core WCAG 2.2 AA scan, validates the sample, selects an issue's cell,
 * highlights and restores formats exactly, and shows hostile sheet names as inert text
 * (issues 4 and 6).
 */
import * as path from "path";
import type { Browser } from "playwright-core";
import { axeScan, gridCell, isLocal, launch, openPreview, SCREENSHOTS, snapshotSheets } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const summary = (page: import("playwright-core").Page) => page.getByTestId("validation-summary");

describe("task pane in the preview", () => {
  it("renders the three tabs beside the in-memory workbook, marked as a preview", async () => {
    const { page, errors } = await openPreview(browser);
    for (const name of ["Validate", "Report", "Functions"])
      await expect(page.getByRole("tab", { name }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("note").textContent()).resolves.toContain("Preview — in-memory workbook, not Excel");
    await expect(page.locator("table.grid").count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sends no request off this machine", async () => {
    const { page, requests } = await openPreview(browser);
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await summary(page).waitFor();
    for (const tab of ["Report", "Functions"]) await page.getByRole("tab", { name: tab }).click();
    await page.getByRole("button", { name: /Insert example of CSC.WORKDAYS$/ }).waitFor();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    await page.close();
  });

  it.each([
    ["before validation", false],
    ["with issues listed", true],
  ])("has no WCAG 2.2 AA violation (axe-core) %s", async (_label, validate) => {
    const { page } = await openPreview(browser, "fault");
    if (validate) {
      await page.getByRole("button", { name: "Validate workbook" }).click();
      await summary(page).waitFor();
    }
    expect(await axeScan(page, "#taskpane")).toEqual([]);
    await page.close();
  });

  it("validates the sample with no error", async () => {
    const { page } = await openPreview(browser);
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await expect(summary(page).textContent()).resolves.toMatch(/^0 errors, \d+ warnings?$/);
    await page.close();
  });

  it("lists a blank cell as an error, selects it on click, and highlight then clear restores the formats", async () => {
    const { page } = await openPreview(browser, "fault");
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await expect(summary(page).textContent()).resolves.toMatch(/^1 error, /);
    // The settled pane, as the officer sees it once the run has finished.
    await page.getByRole("button", { name: "Re-validate" }).and(page.locator(":enabled")).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "validate.png") });

    const issue = page.getByRole("button", { name: /^Error: UASC!C14 — / });
    await issue.click();
    await page.locator('table.grid[data-sheet="UASC"]').waitFor();
    await gridCell(page, "C14").and(page.locator('[data-selected="true"]')).waitFor();
    await expect(page.getByTestId("namebox").textContent()).resolves.toBe("UASC!C14");
    await page.screenshot({ path: path.join(SCREENSHOTS, "issue-selected.png") });

    const before = await snapshotSheets(page);
    await page.getByRole("button", { name: "Highlight", exact: true }).click();
    // Either the pane reports the marked cells or it shows why it could not (fail with that text).
    const marked = page.getByText(/^Marked \d+ cells?\./);
    await marked.or(page.locator("#taskpane").getByRole("alert")).first().waitFor();
    if (!(await marked.isVisible()))
      throw new Error(
        `Highlight failed in the pane: ${await page.locator("#taskpane").getByRole("alert").first().textContent()}`,
      );
    expect(await snapshotSheets(page)).not.toEqual(before);
    await page.getByRole("button", { name: "Clear highlights" }).click();
    await page.getByText(/^Restored the formatting of/).waitFor();
    expect(await snapshotSheets(page)).toEqual(before);
    await page.close();
  });

  it("shows a sheet named <img src=x onerror=alert(1)> as inert text", async () => {
    const { page, dialogs, errors } = await openPreview(browser, "xss");
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await summary(page).waitFor();
    const pane = page.locator("#taskpane");
    await expect(pane.textContent()).resolves.toContain("<img src=x onerror=alert(1)>");
    // Select an issue on that sheet: the grid and its tabs show the name as text too.
    await pane
      .getByRole("button", { name: /^(Error|Warning): '<img src=x onerror=alert\(1\)>'!/ })
      .first()
      .click();
    await page.locator("table.grid").first().waitFor();
    const injected = await page.evaluate(() => ({
      imgs: document.querySelectorAll("img").length,
      handlers: document.querySelectorAll("[onerror],[onmouseover],[onload]").length,
      bold: document.querySelectorAll("#taskpane b, table.grid b").length,
    }));
    expect(injected).toEqual({ imgs: 0, handlers: 0, bold: 0 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
