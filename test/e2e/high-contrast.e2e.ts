/**
 * Windows high contrast (forced colours): the pane keeps every icon and link visible in both
 * the white and the black high-contrast palettes (Chromium picks the black one when the page
 * prefers a dark scheme). The severity icons' shapes are the theme's text colour and their
 * cross or exclamation its background, links are LinkText and underlined: nothing melts into
 * the background, and a link is told from text by more than its colour.
 */
import type { Browser } from "playwright-core";
import { launch, openPreview } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("high contrast", () => {
  it.each([
    ["white", "light"],
    ["black", "dark"],
  ] as const)("the %s palette: icons and links use the theme's system colours", async (_label, colorScheme) => {
    const { page } = await openPreview(browser, "fault", "&pane=320");
    await page.emulateMedia({ forcedColors: "active", colorScheme });
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await page.getByTestId("validation-summary").waitFor();
    const seen = await page.evaluate(() => {
      const system = (c: string) => {
        const probe = document.createElement("span");
        probe.style.color = c;
        document.body.append(probe);
        const v = getComputedStyle(probe).color;
        probe.remove();
        return v;
      };
      const pane = document.getElementById("taskpane") as HTMLElement;
      const icons = Array.from(pane.querySelectorAll("li svg"));
      // Each icon: [shape fill, mark colour(s)], the mark being the cross's stroke or the exclamation's.
      const kinds = new Set<string>();
      const parts = icons.map((svg) => {
        const [shape, ...marks] = Array.from(svg.children).map((e) => getComputedStyle(e));
        kinds.add(svg.children.length === 2 ? "error" : "warning");
        return {
          word: getComputedStyle(svg.parentElement as Element).color,
          shape: shape?.fill,
          marks: [...new Set(marks.map((m) => (m.stroke === "none" ? m.fill : m.stroke)))],
        };
      });
      // Anchors and Fluent Links drawn as buttons (an issue's "go to the cell"): LinkText, underlined.
      const shownLinks = Array.from(pane.querySelectorAll<HTMLElement>("a, .fui-Link")).filter(
        (a) => a.offsetParent !== null,
      );
      const links = shownLinks.map((a) => getComputedStyle(a).color);
      const underlined = shownLinks.every((a) => getComputedStyle(a).textDecorationLine.includes("underline"));
      return {
        canvas: system("Canvas"),
        canvasText: system("CanvasText"),
        linkText: system("LinkText"),
        kinds: [...kinds].sort(),
        parts: [...new Set(parts.map((p) => JSON.stringify(p)))].map((p) => JSON.parse(p)),
        links: [...new Set(links)],
        linkCount: links.length,
        underlined,
      };
    });
    expect(seen.canvas).not.toBe(seen.canvasText);
    expect(seen.kinds).toEqual(["error", "warning"]);
    expect(seen.parts).toEqual([{ word: seen.canvasText, shape: seen.canvasText, marks: [seen.canvas] }]);
    expect(seen.linkCount).toBeGreaterThanOrEqual(2); // the footer's, at least
    expect(seen.links).toEqual([seen.linkText]);
    expect(seen.underlined).toBe(true);
    await page.close();
  });
});
