/**
 * Generating the report in the preview: the Safeguarding Report sheet appears in the grid with
 * the published reports' figures for 2021-22 and 2019-20, a refresh over a hand-edited sheet asks first, a
 * protected workbook gets an instruction instead of a half-made report, and the CLI's HTML
 * report passes an axe-core scan.
 */
import * as path from "path";
import type { Browser } from "playwright-core";
import { buildReportPlan, renderReportHtml } from "../../src/core/report";
import { validateWorkbook, type RawWorkbook } from "../../src/core/workbook";
import { sampleTables } from "../../support/sample-workbook";
import {
  axeScan,
  generate,
  isLocal,
  launch,
  openPreview,
  SCREENSHOTS,
  typeIntoWorkbook,
  validateFromReportTab,
  type PreviewWindow,
} from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("report in the preview", () => {
  it.each([
    ["2021-22", /^Apr-Jun 2019/, ["21,188", "95.90%", "423", "153,033", "Apr-Jun 2022"]],
    ["2019-20", /^Jun-2017/, ["19,712", "92.61%", "938", "Jun-2017", "Jun-2020"]],
  ])("generates %s with the published report's figures on the report sheet", async (year, style, figures) => {
    // 60% zoom for the README's screenshot, so a table and its chart are both in view.
    const { page, requests } = await openPreview(browser, "sample", year === "2021-22" ? "&zoom=60" : "");
    await validateFromReportTab(page);
    await generate(page, year, style);
    const gridText = (await page.locator("table.grid").textContent()) ?? "";
    for (const f of figures) expect(gridText).toContain(f);
    await expect(page.locator(".chart svg").count()).resolves.toBeGreaterThan(0);
    await expect(
      page
        .locator("#taskpane")
        .getByRole("button", { name: /^Save chart as PNG/ })
        .count(),
    ).resolves.toBeGreaterThan(0);
    if (year === "2021-22") await page.screenshot({ path: path.join(SCREENSHOTS, "report.png") });
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    await page.close();
  });

  it("refreshes in place, and asks before replacing a sheet edited by hand", async () => {
    const { page } = await openPreview(browser);
    await validateFromReportTab(page);
    await generate(page, "2021-22", /^Apr-Jun 2019/);
    await generate(page, "2021-22", /^Apr-Jun 2019/);
    const sheets = await page.locator("nav.tabs button").allTextContents();
    expect(sheets.filter((s) => s === "Safeguarding Report")).toHaveLength(1);

    await typeIntoWorkbook(page, "Safeguarding Report", "A1", [["Edited by hand"]]);
    await page.getByRole("button", { name: "Refresh report" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("changed by hand");
    await dialog.getByRole("button", { name: "Replace the sheet" }).click();
    await page.getByText("Report for 2021-22 ready on the sheet").waitFor();
    await expect(page.locator("#taskpane").textContent()).resolves.not.toContain("Generating the report failed");

    const save = page.getByRole("button", { name: /^Save chart as PNG/ }).first();
    const [download] = await Promise.all([page.waitForEvent("download"), save.click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await page.close();
  });

  it("says what to do when the workbook's structure is protected, and writes nothing", async () => {
    const { page } = await openPreview(browser);
    await validateFromReportTab(page);
    const sheetsBefore = await page.locator("nav.tabs button").allTextContents();
    await page.evaluate(() => {
      const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
      wb.structureProtection = { password: "" };
    });
    await page.getByRole("button", { name: /^(Generate|Refresh) report$/ }).click();
    await page.getByText("Review > Protect Workbook").waitFor();
    await expect(page.locator("#taskpane").textContent()).resolves.toContain("Nothing was changed");
    expect(await page.locator("nav.tabs button").allTextContents()).toEqual(sheetsBefore);
    await page.close();
  });

  it("says the previous report is still there when a refresh fails half way", async () => {
    const { page } = await openPreview(browser);
    await validateFromReportTab(page);
    await generate(page, "2021-22", /^Apr-Jun 2019/);
    const host = () => (window as unknown as PreviewWindow).__cscPreview.workbook;
    // A clean refresh to 2019-20 shows the size of the refresh's commit, the sync with the most
    // statements; the reading and validating before it are far smaller.
    await page.evaluate(`(${host.toString()})().resetStats()`);
    await generate(page, "2019-20", /^Apr-Jun 2019/);
    const commitSize = await page.evaluate(
      `Math.max(...(${host.toString()})().stats.requests.map((r) => r.statements ?? 0))`,
    );
    expect(commitSize).toBeGreaterThan(40);
    await generate(page, "2021-22", /^Apr-Jun 2019/);
    const before = (await page.locator("table.grid").textContent()) ?? "";
    // The same refresh again, its commit failing part way.
    await page.evaluate(
      `(${host.toString()})().failOnSyncOfSize(${String(commitSize)}, "GeneralException", { atStatement: 40 })`,
    );
    await page.getByRole("combobox", { name: "Report year" }).selectOption("2019-20");
    await page.getByRole("button", { name: "Refresh report" }).click();
    // Another year than the sheet shows: the pane asks first.
    await page.getByRole("button", { name: "Replace it with 2019-20" }).click();
    await page.getByText("The previous report is still there, unchanged").waitFor();
    expect((await page.locator("table.grid").textContent()) ?? "").toBe(before);
    await page.close();
  });

  it("generates from the workbook as it is now: a figure changed after validating is reported, an error blocks", async () => {
    const { page } = await openPreview(browser);
    await validateFromReportTab(page);
    // After validating, the officer corrects the latest UASC care leavers figure (423 -> 431).
    await typeIntoWorkbook(page, "UASC", "C22", [[431]]);
    await generate(page, "2021-22", /^Apr-Jun 2019/);
    const pane = page.locator("#taskpane");
    // (431 - 137) / 137 = 215%: the headline and the report sheet carry the new figure.
    await expect(pane.textContent()).resolves.toContain("215% increase");
    const sheet = (await page.locator('table.grid[data-sheet="Safeguarding Report"]').textContent()) ?? "";
    expect(sheet).toContain("431");
    expect(sheet).not.toContain("423");

    // An error typed after that validation blocks the next refresh, and the sheet stays as it was.
    await typeIntoWorkbook(page, "UASC", "C22", [["four hundred"]]);
    await page.getByRole("button", { name: "Refresh report" }).click();
    await page.getByText("Report blocked").waitFor();
    await expect(pane.textContent()).resolves.toContain("Validation found 1 error");
    await expect(page.locator('table.grid[data-sheet="Safeguarding Report"]').textContent()).resolves.toBe(sheet);
    await page.close();
  });

  it("the ribbon's Generate report validates again: an error typed since the last check shows at once", async () => {
    const { page } = await openPreview(browser);
    await validateFromReportTab(page);
    await page.getByRole("tab", { name: "Validate" }).click();
    await typeIntoWorkbook(page, "UASC", "C22", [["four hundred"]]);
    // What the ribbon button does (src/commands/commands.ts): a "report" command on the bus.
    await page.evaluate(() => {
      const bus = (globalThis as unknown as Record<symbol, { listener?: (c: string) => void }>)[
        Symbol.for("csc.taskpane.commandBus")
      ];
      bus?.listener?.("report");
    });
    await page.getByText("Report blocked").waitFor();
    await expect(page.getByRole("tab", { name: "Report" }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.close();
  });

  it.each(["2021-22", "2019-20"])("renders an HTML report for %s with no WCAG 2.2 AA violation", async (yearLabel) => {
    const raw: RawWorkbook = {
      sheets: [...new Set(sampleTables().map((t) => t.sheet))].map((name) => ({
        name,
        tables: sampleTables().filter((t) => t.sheet === name),
      })),
    };
    const result = validateWorkbook(raw);
    expect(result.data).toBeDefined();
    if (!result.data) return;
    const start = Number(yearLabel.slice(0, 4));
    const html = renderReportHtml(buildReportPlan(result.data, { year: { kind: "year", startYear: start } }));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.setContent(html);
    expect(await axeScan(page)).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
