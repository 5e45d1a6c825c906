/**
 * Reflow (WCAG 2.2 SC 1.4.10): in a 250 px pane, Office for Mac's 270 px default, and a pane
 * shown at 200% (500 device pixels at zoom 2, so 250 CSS pixels), every tab and control of
 * every tab is reachable without scrolling sideways.
 */
import type { Browser, Page } from "playwright-core";
import { launch, openPreview } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Widths that overflow: the pane and each of its descendants wider than the pane's box. */
async function overflow(page: Page): Promise<{ scroll: number; client: number; outside: string[] }> {
  return page.evaluate(() => {
    const pane = document.getElementById("taskpane") as HTMLElement;
    const box = pane.getBoundingClientRect();
    const outside: string[] = [];
    for (const el of Array.from(
      pane.querySelectorAll<HTMLElement>("button, select, input, a, [role=tab], [role=radio]"),
    )) {
      if (el.offsetParent === null) continue; // hidden (another tab's panel)
      const r = el.getBoundingClientRect();
      if (r.right > box.right + 0.5 || r.left < box.left - 0.5) outside.push(el.textContent?.trim() || el.tagName);
    }
    return { scroll: pane.scrollWidth, client: pane.clientWidth, outside };
  });
}

describe("reflow", () => {
  it.each([
    ["a 250 px pane", "&pane=250"],
    ["Office for Mac's 270 px pane", "&pane=270"],
    ["a 500 px pane at 200%", "&pane=500&panezoom=2"],
  ])("%s: every tab and control fits without sideways scrolling", async (_label, query) => {
    const { page } = await openPreview(browser, "fault", query);
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await page.getByTestId("validation-summary").waitFor();
    for (const tab of ["Validate", "Report", "Functions"]) {
      await page.getByRole("tab", { name: tab }).click();
      const o = await overflow(page);
      expect({ tab, ...o, fits: o.scroll <= o.client }).toEqual({ tab, ...o, fits: true, outside: [] });
    }
    await page.close();
  });
});
