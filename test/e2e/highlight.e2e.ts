/**
 * Highlights tell errors from warnings by more than colour (WCAG 2.2 SC 1.4.1): in the grid an
 * error's cell is bold with a border all round, a warning's is neither; the pane's legend says
 * so beside the Highlight button, and clearing puts every cell back as it was.
 */
import type { Browser, Page } from "playwright-core";
import { gridCell, launch, openPreview, showSheet, snapshotSheets } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The drawn style of a grid cell. */
async function drawn(page: Page, sheet: string, address: string) {
  await showSheet(page, sheet);
  return gridCell(page, address).evaluate((td) => {
    const cs = getComputedStyle(td);
    return {
      background: cs.backgroundColor,
      weight: cs.fontWeight,
      borders: [cs.borderTopStyle, cs.borderRightStyle, cs.borderBottomStyle, cs.borderLeftStyle].join(" "),
      borderColour: cs.borderTopColor,
    };
  });
}

describe("highlights", () => {
  it("an error is bold with a border, a warning is not, the legend says so, and clear restores", async () => {
    const { page } = await openPreview(browser, "fault");
    await page.getByRole("button", { name: "Validate workbook" }).click();
    await page.getByTestId("validation-summary").waitFor();
    const warningName = await page
      .getByRole("button", { name: /^Warning: [^!]+![A-Z]+\d+ — / })
      .first()
      .getAttribute("aria-label");
    const [, wSheet, wCell] = /^Warning: '?([^!']+)'?!([A-Z]+\d+)/.exec(warningName ?? "") ?? [];
    expect(wCell).toBeDefined();

    const highlight = page.getByRole("button", { name: "Highlight", exact: true });
    const legend = await highlight.getAttribute("aria-describedby");
    await expect(page.locator(`#${legend}`).textContent()).resolves.toBe(
      "Highlights: errors are red with a border and bold text; warnings are yellow.",
    );
    const before = await snapshotSheets(page);
    const plainError = await drawn(page, "UASC", "C14");
    const plainWarning = await drawn(page, wSheet ?? "", wCell ?? "");
    await highlight.click();
    await page.getByText(/^Marked \d+ cells?\./).waitFor();

    const error = await drawn(page, "UASC", "C14");
    expect(error).toEqual({
      background: "rgb(255, 199, 206)",
      weight: "700",
      borders: "solid solid solid solid",
      borderColour: "rgb(156, 0, 6)",
    });
    const warning = await drawn(page, wSheet ?? "", wCell ?? "");
    // The grid's own lines are solid grey: a warning keeps them and its weight, the error's edges are red.
    expect(plainError.borderColour).not.toBe(error.borderColour);
    expect(warning).toEqual({ ...plainWarning, background: "rgb(255, 235, 156)" });
    expect(warning.weight).not.toBe("700");

    await page.getByRole("button", { name: "Clear highlights" }).click();
    await page.getByText(/^Restored the formatting of/).waitFor();
    expect(await snapshotSheets(page)).toEqual(before);
    expect(await drawn(page, "UASC", "C14")).toEqual(plainError);
    await page.close();
  });
});
