/**
 * The pane follows Office's dark theme: with `?theme=dark` the fake Office reports its Black
 * theme (Office.context.officeTheme), and the pane draws Fluent's dark theme. Every tab, with
 * errors and warnings listed, passes axe's WCAG 2.2 AA checks (text contrast at least 4.5:1);
 * without a theme the pane stays light.
 */
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { axeScan, launch, openPreview, SCREENSHOTS } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The pane's drawn background and text colour, as "r g b" luminance-ready triples. */
function paneColours(page: Page): Promise<{ background: string; text: string }> {
  return page.locator("#taskpane main").evaluate((main) => {
    // The theme's background is the FluentProvider's (main sits in a plain wrapper for the reflow rules).
    const root = main.closest(".fui-FluentProvider") as HTMLElement;
    return { background: getComputedStyle(root).backgroundColor, text: getComputedStyle(main).color };
  });
}

/** Relative luminance of "rgb(r, g, b)" (WCAG 2.2). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => {
    const c = Number(n) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe("dark theme", () => {
  it("with Office's Black theme the pane is dark, and every tab passes axe's contrast checks", async () => {
    const { page } = await openPreview(browser, "fault", "&theme=dark&pane=320");
    const c = await paneColours(page);
    expect(luminance(c.background)).toBeLessThan(0.05);
    const ratio = (luminance(c.text) + 0.05) / (luminance(c.background) + 0.05);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await page.getByTestId("validation-summary").waitFor();
    await page.getByRole("button", { name: "Re-validate" }).and(page.locator(":enabled")).waitFor();
    expect(await axeScan(page, "#taskpane")).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-dark.png") });
    for (const tab of ["Report", "Functions"]) {
      await page.getByRole("tab", { name: tab }).click();
      expect({ tab, violations: await axeScan(page, "#taskpane") }).toEqual({ tab, violations: [] });
    }
    await page.close();
  });

  it("without an Office theme the pane stays light", async () => {
    const { page } = await openPreview(browser, "sample");
    expect(luminance((await paneColours(page)).background)).toBeGreaterThan(0.9);
    await page.close();
  });
});
