/**
 * The pane's footer: Help and "Workbook layout" reach the add-in's own help page (served beside
 * the pane, with the layout section the second link points at), the version is the package's,
 * and both links are reached with Tab alone in a 250 px pane.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { baseUrl, focusedName, launch, openPreview } from "./browser";

const VERSION = JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", "..", "package.json"), "utf8")).version;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("pane footer", () => {
  it("links to the served help page and its layout section, and shows the package's version", async () => {
    const { page } = await openPreview(browser, "sample", "&pane=250");
    const footer = page.locator("#taskpane footer");
    await expect(footer.getByTestId("addin-version").textContent()).resolves.toBe(`Version ${VERSION}`);
    for (const [name, target] of [
      ["Help", "help.html"],
      ["Workbook layout", "help.html#layout"],
    ]) {
      const link = footer.getByRole("link", { name });
      expect(await link.getAttribute("href")).toBe(target);
      expect(await link.getAttribute("target")).toBe("_blank");
      const box = await link.boundingBox();
      const pane = await page.locator("#taskpane").boundingBox();
      expect(box && pane && box.x + box.width <= pane.x + pane.width).toBe(true);
    }
    // Served: the page the links open, with the section the layout link names.
    const help = await browser.newPage();
    const res = await help.goto(`${baseUrl()}help.html#layout`);
    expect(res?.status()).toBe(200);
    await expect(help.locator("#layout").textContent()).resolves.toBe("Workbook layout");
    await expect(help.getByRole("cell", { name: "tblLookedAfter" }).count()).resolves.toBe(1);
    await help.close();

    // Keyboard: from the last tab, Tab reaches Help then Workbook layout.
    await page.getByRole("tab", { name: "Functions" }).click();
    await footer.getByRole("link", { name: "Help" }).focus();
    expect(await focusedName(page)).toBe("Help");
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe("Workbook layout");
    await page.close();
  });
});
