/**
 * The Functions panel in the preview: "Insert example" writes the formula into
 * the selected empty cell, and the grid shows the value the real custom functions compute.
 */
import * as path from "path";
import type { Browser } from "playwright-core";
import { gridCell, launch, openPreview, SCREENSHOTS, showSheet } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("functions in the preview", () => {
  it("shows the demo sheet's CSC formulas computed", async () => {
    const { page } = await openPreview(browser);
    await showSheet(page, "Functions demo");
    // G2: =CSC.WORKDAYS("2020-04-01","2020-06-09") is 45 (the worked example in docs/domain.md).
    await expect(gridCell(page, "G2").textContent()).resolves.toBe("45");
    await expect(gridCell(page, "G5").textContent()).resolves.toBe("192");
    await page.close();
  });

  it.each([
    ["CSC.UASC_QUOTA", "F12", "192"],
    ["CSC.FINANCIAL_YEAR", "F13", "2019-20"],
    ["CSC.WORKDAYS", "B12", "45"],
  ])("inserts the %s example into the selected cell %s, which shows %s", async (name, cell, shown) => {
    const { page } = await openPreview(browser);
    await showSheet(page, "Functions demo");
    await gridCell(page, cell).click();
    await page.getByRole("tab", { name: "Functions" }).click();
    await page.getByRole("combobox", { name: "Function" }).selectOption(name);
    await page.getByRole("button", { name: `Insert example of ${name}` }).click();
    await page.getByText(`Put the example in 'Functions demo'!${cell}. It shows ${shown}.`).waitFor();
    await page.waitForFunction(
      ([c, t]) => document.querySelector(`table.grid td[data-cell="${c}"]`)?.textContent === t,
      [cell, shown] as const,
    );
    await expect(page.getByTestId("formula-bar").textContent()).resolves.toMatch(
      new RegExp(`^=${name.replace(".", "\\.")}\\(`),
    );
    if (name === "CSC.UASC_QUOTA") await page.screenshot({ path: path.join(SCREENSHOTS, "functions.png") });
    await page.close();
  });
});
