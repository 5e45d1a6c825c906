/**
 * Saving the chart PNG, the HTML report and the slides, by platform (the preview's fake Office global
 * reports `?platform=`): in Office on the web the browser downloads them; on Windows and Mac,
 * whose webviews do not download (src/taskpane/download.ts), the pane shows them instead and
 * nothing tries to download: no download event, no Blob URL made.
 */
import * as fs from "fs";
import type { Browser, Page } from "playwright-core";
import { readPptx } from "../deck/read-pptx";
import { axeScan, baseUrl, generate, launch, openPreview, validateFromReportTab } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Counts the Blob URLs the page makes (a download's first step). */
async function countBlobUrls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __blobUrls: number };
    w.__blobUrls = 0;
    const make = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (o: Blob | MediaSource) => {
      w.__blobUrls++;
      return make(o);
    };
  });
}

describe("saving files from the pane", () => {
  it("on the web: the HTML report, a chart's PNG and the slides download", async () => {
    const { page } = await openPreview(browser, "sample", "&platform=web");
    await validateFromReportTab(page);
    await generate(page, "2021-22", /^Apr-Jun 2019/);
    const [html] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save the report as HTML" }).click(),
    ]);
    expect(html.suggestedFilename()).toBe("Safeguarding-Report-2021-22.html");
    const text = fs.readFileSync(await html.path(), "utf8");
    expect(text.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(text).toContain("423");
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page
        .getByRole("button", { name: /^Save chart as PNG/ })
        .first()
        .click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);

    // The slides: their writer is a chunk of its own, fetched only when asked for.
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    expect(scripts.filter((u) => u.endsWith("/deck.js"))).toEqual([]);
    const [pptx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save the slides as PowerPoint" }).click(),
    ]);
    expect(pptx.suggestedFilename()).toBe("Safeguarding-Report-2021-22-slides.pptx");
    const deck = readPptx(fs.readFileSync(await pptx.path()));
    expect(deck.slides).toHaveLength(7);
    expect(deck.slides.flatMap((x) => x.shapes.filter((sh) => sh.chart))).toHaveLength(6);
    await page.getByText("7 slides saved as Safeguarding-Report-2021-22-slides.pptx.").waitFor();
    expect(scripts.some((u) => u.endsWith("/deck.js"))).toBe(true);
    await page.close();
  });

  it.each([
    ["windows", "PC"],
    ["mac", "Mac"],
  ])("on %s (%s): shown in the pane to copy, and nothing tries to download", async (platform) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl()).origin });
    const page = await context.newPage();
    await countBlobUrls(page);
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    await page.goto(`${baseUrl()}preview.html?workbook=sample&platform=${platform}`);
    await validateFromReportTab(page);
    await generate(page, "2021-22", /^Apr-Jun 2019/);

    await expect(page.getByRole("button", { name: "Save the report as HTML" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Save the slides as PowerPoint" }).count()).resolves.toBe(0);
    await page.getByText(/Slides for Cabinet \(PowerPoint\): this pane cannot save files/).waitFor();
    await page.getByRole("button", { name: "Show the report as HTML" }).click();
    const source = page.getByRole("textbox", { name: /The report as HTML \(read-only\)/ });
    await source.waitFor();
    const html = await source.inputValue();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("423");
    await expect(source.getAttribute("readonly")).resolves.not.toBeNull();
    await page.getByRole("button", { name: "Copy", exact: true }).click();
    await page.getByText("Copied to the clipboard.").waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(html);

    await page
      .getByRole("button", { name: /^Show chart as PNG/ })
      .first()
      .click();
    const image = page.locator("#taskpane figure img").first();
    await image.waitFor();
    await expect(image.getAttribute("alt")).resolves.toMatch(/\S+\. \S+/);
    await expect(page.locator("#taskpane figure").first().textContent()).resolves.toContain("Save as Picture");

    expect(await axeScan(page, "#taskpane")).toEqual([]);
    // Nothing tried to download: no download event and no Blob URL made.
    expect(downloads).toEqual([]);
    await expect(page.evaluate(() => (window as unknown as { __blobUrls: number }).__blobUrls)).resolves.toBe(0);
    await context.close();
  });
});
