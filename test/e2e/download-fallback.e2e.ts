/**
 * Office on the web, where a download may go nowhere without a word (Excel inside Microsoft
 * Teams): after each download the pane offers "No file? Show it here instead", which shows the
 * very file downloaded (the chart's PNG, the HTML report's text) or, for the slides, where to get
 * them, with focus moved into what it shows (src/taskpane/save-view.ts).
 */
import * as fs from "fs";
import type { Browser } from "playwright-core";
import { axeScan, generate, launch, openPreview, validateFromReportTab } from "./browser";
import { checkState } from "./pane-checks";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SHOW = /^No file\? Show it here instead/;

describe("on the web, after a download", () => {
  it("shows the same HTML, the same chart image and a word about the slides, with focus moved there", async () => {
    const { page } = await openPreview(browser, "sample", "&platform=web");
    await validateFromReportTab(page);
    await generate(page, "2021-22", /^Apr-Jun 2019/);
    // Nothing is offered before a download.
    await expect(page.getByRole("button", { name: SHOW }).count()).resolves.toBe(0);

    // The HTML report: the text shown is the file downloaded, byte for byte.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save the report as HTML" }).click(),
    ]);
    const file = fs.readFileSync(await download.path(), "utf8");
    await page.getByRole("button", { name: "No file? Show it here instead: the report as HTML" }).click();
    const source = page.getByRole("textbox", { name: /The report as HTML \(read-only\)/ });
    await source.waitFor();
    await expect(source.inputValue()).resolves.toBe(file);
    await expect(source.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page
      .getByText(/If no file arrived \(Excel in Microsoft Teams can block downloads/)
      .first()
      .waitFor();
    // The download stays one click away, and the offer is gone once the text is shown.
    await page.getByRole("button", { name: "Save the report as HTML" }).waitFor();
    await expect(
      page.getByRole("button", { name: "No file? Show it here instead: the report as HTML" }).count(),
    ).resolves.toBe(0);

    // A chart: the image shown is the PNG downloaded.
    const save = page.getByRole("button", { name: /^Save chart as PNG/ }).first();
    const title = ((await save.getAttribute("aria-label")) ?? "").replace(/^Save chart as PNG: /, "");
    const [png] = await Promise.all([page.waitForEvent("download"), save.click()]);
    const bytes = fs.readFileSync(await png.path()).toString("base64");
    await page.getByRole("button", { name: `No file? Show it here instead: ${title}` }).click();
    const figure = page.locator("#taskpane figure").first();
    await figure.waitFor();
    await expect(figure.locator("img").getAttribute("src")).resolves.toBe(`data:image/png;base64,${bytes}`);
    await expect(figure.locator("img").getAttribute("alt")).resolves.toMatch(/\S+\. \S+/);
    await expect(figure.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.getByRole("button", { name: `Copy image: ${title}` }).waitFor();

    // The slides: they cannot be shown, so the pane says where to get them.
    await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save the slides as PowerPoint" }).click(),
    ]);
    await page.getByRole("button", { name: "No file? Show it here instead: the slides" }).click();
    const note = page.getByText(/did not arrive .* open the workbook in Excel in your browser, outside Teams/);
    await note.waitFor();
    await expect(note.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    expect(await axeScan(page, "#taskpane")).toEqual([]);
    // All three shown: the pane still reflows at 250 px, 200% and 400% (WCAG 1.4.10), every
    // aria reference resolves.
    const sizes = [
      { width: 250, zoom: 1 },
      { width: 350, zoom: 2 },
      { width: 350, zoom: 4 },
    ];
    expect(await checkState(page, "Report, shown instead", sizes)).toEqual([]);
    await page.close();
  });
});
