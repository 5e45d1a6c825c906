/**
 * First run in the preview: an empty workbook is offered "Set up workbook" instead of a list
 * of missing sheets; setting up adds the tables, the officer types figures into them (the
 * tables grow), validation finds no error and the report is generated. The sample option fills
 * an empty workbook with labelled sample figures. Screenshots for the README.
 */
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import {
  axeScan,
  generate,
  gridCell,
  launch,
  openPreview,
  SCREENSHOTS,
  showSheet,
  snapshotSheets,
  typeIntoTable,
} from "./browser";
import { TYPED } from "../fixtures/typed-figures";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const summary = (page: Page) => page.getByTestId("validation-summary");

async function validateEmpty(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Validate workbook" }).click();
  await expect(summary(page).textContent()).resolves.toBe("No performance tables in this workbook yet");
}

describe("setting up a workbook in the preview", () => {
  it("offers Set up workbook on an empty workbook, then the typed figures validate clean and make the report", async () => {
    const { page, errors } = await openPreview(browser, "empty");
    await validateEmpty(page);
    const pane = page.locator("#taskpane");
    const card = page.getByTestId("setup-card");
    await card.waitFor();
    // The offer, not six "sheet missing" errors.
    await expect(pane.textContent()).resolves.not.toMatch(/missing/i);
    await expect(card.textContent()).resolves.toContain("tell the add-in which table holds what");
    await expect(card.getByRole("button", { name: "use my own tables", exact: true }).count()).resolves.toBe(1);
    await expect(card.getByRole("button", { name: "Try with sample figures" }).count()).resolves.toBe(1);
    expect(await axeScan(page, "#taskpane")).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "first-run.png") });

    await card.getByRole("button", { name: "Set up workbook" }).click();
    await page.getByText("Workbook set up: type your figures into the new tables").waitFor();
    const added = page.getByRole("list", { name: "Added" }).getByRole("listitem");
    await expect(added.count()).resolves.toBe(7);
    await page.locator('table.grid[data-sheet="Settings"]').waitFor();
    await summary(page).waitFor();
    await page.getByRole("button", { name: "Re-validate" }).and(page.locator(":enabled")).waitFor();
    // A cell of a new table says what goes in it, as Excel's input message does.
    await showSheet(page, "Assessments");
    await gridCell(page, "B2").click();
    await expect(page.getByTestId("input-message").textContent()).resolves.toContain(
      "Assessments completed: a whole number of 0 or more",
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, "setup-done.png") });

    for (const [sheet, rows] of Object.entries(TYPED)) await typeIntoTable(page, sheet, "A2", rows);
    await page.getByRole("button", { name: "Re-validate" }).click();
    // A clean workbook gets one message, not a count of nothing and a second line saying the same.
    await expect(summary(page).textContent()).resolves.toBe("No problems found; the workbook is ready for the report");
    await expect(pane.getByText(/No problems found/).count()).resolves.toBe(1);
    await expect(pane.textContent()).resolves.not.toContain("0 errors, 0 warnings");
    await showSheet(page, "UASC");
    await expect(page.locator("table.grid").textContent()).resolves.toContain("Mar-2022");

    await page.getByRole("tab", { name: "Report" }).click();
    await page.getByRole("combobox", { name: "Report year" }).and(page.locator(":enabled")).waitFor();
    await generate(page, "2021-22", /^Apr-Jun 2019/);
    const report = (await page.locator('table.grid[data-sheet="Safeguarding Report"]').textContent()) ?? "";
    expect(report).toContain("153,033");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fills an empty workbook with the sample figures when asked, labelled as sample", async () => {
    const { page } = await openPreview(browser, "empty");
    await validateEmpty(page);
    await page.getByRole("button", { name: "Try with sample figures" }).click();
    await page.getByText("Workbook set up with sample figures").waitFor();
    // The sample's figures have warnings and no error.
    await expect(summary(page).textContent()).resolves.toMatch(/^0 errors, \d+ warnings?$/);
    await showSheet(page, "Settings");
    await expect(page.locator("table.grid").textContent()).resolves.toContain("(sample figures)");
    await page.close();
  });

  it("opens on the set-up offer from the ribbon's command, and adds nothing to a complete workbook", async () => {
    const { page } = await openPreview(browser, "sample");
    await page.getByRole("tab", { name: "Report" }).click();
    // What the ribbon's "Set up workbook" does once the pane is open: requestCommand("setup").
    await page.evaluate(() => {
      const bus = (globalThis as unknown as Record<symbol, { listener?: (c: string) => void }>)[
        Symbol.for("csc.taskpane.commandBus")
      ];
      bus?.listener?.("setup");
    });
    const button = page.getByTestId("setup-card").getByRole("button", { name: "Set up workbook" });
    await button.waitFor();
    await expect(page.getByRole("tab", { name: "Validate" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(button.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    const before = await snapshotSheets(page);
    await button.click();
    await page.getByText("Nothing to add").waitFor();
    await expect(page.getByRole("list", { name: "Left as they were" }).getByRole("listitem").count()).resolves.toBe(6);
    expect(await snapshotSheets(page)).toEqual(before);
    await page.close();
  });

  it("on an empty workbook, 'use my own tables' opens the section that maps them", async () => {
    const { page } = await openPreview(browser, "empty");
    await validateEmpty(page);
    const card = page.getByTestId("setup-card");
    await card.getByRole("button", { name: "use my own tables", exact: true }).click();
    await expect(
      page.getByRole("button", { name: "Use my own tables", exact: true }).getAttribute("aria-expanded"),
    ).resolves.toBe("true");
    await page.close();
  });
});
