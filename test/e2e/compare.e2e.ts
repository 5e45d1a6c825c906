/**
 * "Compare with" in the preview, with the keyboard: England and the statistical neighbours
 * ticked, the 2019-20 report gains DfE's comparator rows and the national change of that year,
 * and the pane says which council, region and neighbour model it compared as. With the
 * Settings' council misspelt, the pane offers a searchable list of DfE's councils, starting on
 * the closest; choosing one generates,
 * and the Settings table keeps what the officer wrote.
 */
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { launch, openPreview, type PreviewWindow, SCREENSHOTS, snapshotSheets, typeIntoWorkbook } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Focuses a control and presses a key, as Tab-then-key would. */
async function press(page: Page, role: "button" | "tab" | "checkbox" | "radio", name: string | RegExp, key = "Enter") {
  await page.getByRole(role, { name, exact: typeof name === "string" }).focus();
  await page.keyboard.press(key);
}

/** Opens the Report tab (which checks the workbook), picks 2019-20 and ticks the comparators, with the keyboard. */
async function chooseComparators(page: Page, comparators: readonly RegExp[]): Promise<void> {
  await press(page, "tab", "Report");
  const year = page.getByRole("combobox", { name: "Report year" });
  await year.and(page.locator(":enabled")).waitFor();
  await year.selectOption("2019-20");
  for (const c of comparators) await press(page, "checkbox", c, "Space");
  for (const c of comparators) await expect(page.getByRole("checkbox", { name: c }).isChecked()).resolves.toBe(true);
}

/** The Settings sheet of the preview's workbook, as a JSON string. */
async function settingsSheet(page: Page): Promise<string> {
  const s = JSON.parse(await snapshotSheets(page)) as { sheets: { name: string }[] };
  return JSON.stringify(s.sheets.find((x) => x.name === "Settings"));
}

/** The report sheet's cell texts in the grid. */
async function reportCells(page: Page): Promise<string[]> {
  await page.locator('table.grid[data-sheet="Safeguarding Report"]').waitFor();
  return page.locator("table.grid td").allTextContents();
}

describe("Compare with in the preview", () => {
  it("writes DfE's comparator rows and the national change of 2019-20, and says what it compared as", async () => {
    const { page, errors } = await openPreview(browser, "sample", "&zoom=60");
    await chooseComparators(page, [/^England$/, /^Statistical neighbours/]);
    await press(page, "button", "Generate report");
    await page.getByText("Report for 2019-20 ready on the sheet").waitFor();
    await expect(page.getByTestId("compared-as").textContent()).resolves.toMatch(
      /Compared as Hampshire \(LA 850\), South East; neighbours from DfE children's services statistical neighbour model, 2025/,
    );
    const cells = await reportCells(page);
    expect(cells).toContain("England per 10,000 children");
    expect(cells).toContain("Statistical neighbours' average per 10,000");
    const headline = cells.find((c) => c.includes("against a national increase of 2%"));
    expect(headline).toMatch(/against a national increase of 2%.* in 2019-20\./);
    // Rates per 10,000 in the house style, one decimal, in the grid and in the pane's headlines:
    // DfE's whole 57 and 68 read "57.0" and "68.0", beside the neighbours' 49.8.
    expect(cells).toEqual(expect.arrayContaining(["57.0", "68.0", "49.8"]));
    expect(cells).not.toContain("57");
    const rateHeadline =
      "At 31 March 2020 Hampshire had 57.0 children looked after per 10,000 children (DfE, 2019-20), against 68.0 in England and 49.8 among its statistical neighbours.";
    expect(cells).toContain(rateHeadline);
    await expect(page.locator("#taskpane").textContent()).resolves.toContain(rateHeadline);
    // At 60% each chart still starts on the row Excel anchors it to (its top in points over 15 pt
    // rows), not higher up over the note under its table, however the grid's borders are drawn.
    const offRow = await page.evaluate(() => {
      const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
      const rows = Array.from(document.querySelectorAll("table.grid tbody tr"));
      return Array.from(document.querySelectorAll<HTMLElement>(".chart")).flatMap((el) => {
        const chart = wb.charts.find((c) => c.name === el.dataset.chart && c.sheet.name === "Safeguarding Report");
        const row = rows[Math.round((chart?.top ?? -15) / 15)];
        const gap = row ? Math.abs(el.getBoundingClientRect().top - row.getBoundingClientRect().top) : Infinity;
        return gap < 1 ? [] : [`${el.dataset.chart ?? "?"} is ${gap.toFixed(1)} px off its row`];
      });
    });
    expect(offRow).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "compare.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("offers DfE's closest councils for a misspelt Settings name; choosing one generates, the Settings unchanged", async () => {
    const { page, errors } = await openPreview(browser);
    await typeIntoWorkbook(page, "Settings", "B2", [["Hampshir County Council"]]);
    const before = await settingsSheet(page);
    await chooseComparators(page, [/^England$/]);
    await press(page, "button", "Generate report");
    const choice = page.getByTestId("compare-as");
    await choice.waitFor();
    await expect(choice.textContent()).resolves.toContain(
      'The local authority "Hampshir County Council" in the Settings table is not one of DfE\'s councils',
    );
    await expect(choice.textContent()).resolves.toContain("the Settings table is not changed");
    await expect(page.locator("nav.tabs button", { hasText: "Safeguarding Report" }).count()).resolves.toBe(0);
    // The closest council is chosen to start with; typing narrows the list of every council.
    const council = page.getByRole("combobox", { name: "Compare as" });
    await expect(council.inputValue()).resolves.toBe("Hampshire (LA 850)");
    await council.focus();
    await council.fill("");
    await page.keyboard.type("Portsm");
    await page.keyboard.press("ArrowDown");
    const listed = page.getByRole("listbox").getByRole("option");
    await expect(listed.allTextContents()).resolves.toEqual(["Portsmouth (LA 851)"]);
    // Back to Hampshire by its LA number, chosen with the keyboard; then Generate, by the keyboard.
    await council.fill("");
    await page.keyboard.type("850");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(council.inputValue()).resolves.toBe("Hampshire (LA 850)");
    await page.getByRole("button", { name: "Generate, compared as Hampshire" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Report for 2019-20 ready on the sheet").waitFor();
    await expect(page.getByTestId("compared-as").textContent()).resolves.toContain(
      "Compared as Hampshire (LA 850), South East; neighbours from DfE",
    );
    expect(await reportCells(page)).toContain("England per 10,000 children");
    expect(await settingsSheet(page)).toBe(before);

    // The choice is kept for the session: generating again compares as Hampshire without asking.
    await press(page, "button", "Refresh report");
    // The Done message of the second generation (each carries its number).
    await page.locator('[data-seq="2"]', { hasText: "Report for 2019-20 ready on the sheet" }).waitFor();
    await expect(page.getByTestId("compare-as").count()).resolves.toBe(0);
    expect(await settingsSheet(page)).toBe(before);

    // "Choose another council" forgets the choice and asks again.
    await press(page, "button", "Choose another council");
    await page.getByTestId("compare-as").waitFor();
    await expect(page.getByRole("combobox", { name: "Compare as" }).inputValue()).resolves.toBe("Hampshire (LA 850)");
    expect(errors).toEqual([]);
    await page.close();
  });
});
