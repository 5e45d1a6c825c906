/**
 * "Use my own tables" in the preview: the officer's own table, on a sheet with another name,
 * is matched against a dataset's columns, saved as the workbook name CSC_<Dataset> that the
 * in-memory workbook then holds, and removed again; the section passes axe-core.
 */
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { axeScan, launch, openPreview, SCREENSHOTS, type PreviewWindow } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Adds the officer's own contacts table "MyContacts" on a sheet "Front door". */
async function addOwnTable(page: Page): Promise<void> {
  await page.evaluate(() => {
    const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
    wb.addSheet("Front door");
    wb.setValues("Front door", "B2:E4", [
      ["Financial year", "Number of contacts", "Referrals", "Re-referral"],
      ["2019-20", 9000, 3000, 600],
      ["2020-21", 9500, 3100, 640],
    ]);
    wb.addTable("Front door", "B2:E4", "MyContacts");
  });
}

const names = (page: Page): Promise<{ name: string; formula: string; comment: string; workbookScoped: boolean }[]> =>
  page.evaluate(() =>
    (window as unknown as PreviewWindow).__cscPreview.workbook.names.map((n) => ({
      name: n.name,
      formula: n.formula,
      comment: n.comment,
      workbookScoped: n.scope === undefined,
    })),
  );

describe("use my own tables", () => {
  it("maps an own table on another sheet to a dataset as a workbook name, then removes it", async () => {
    const { page, errors } = await openPreview(browser);
    await addOwnTable(page);
    const before = await names(page);
    await page.getByRole("button", { name: "Use my own tables" }).click();
    await page.getByRole("combobox", { name: "Dataset" }).selectOption({ label: "Contacts" });
    await expect(page.getByTestId("mapping-current").textContent()).resolves.toContain("as the template lays it out");
    await page.getByRole("combobox", { name: "Pick a table" }).selectOption({ label: "MyContacts (sheet Front door)" });
    const columns = page.getByRole("list", { name: "Columns" });
    await expect(columns.textContent()).resolves.toContain("Found: “Number of contacts”");
    // "Financial year" only resembles the template's "Year": offered, for the officer to check.
    await expect(columns.textContent()).resolves.toContain("Probably “Financial year”");
    const save = page.getByRole("button", { name: "Save" });
    const year = page.getByRole("combobox", { name: "Where is “Year”?" });
    await year.selectOption({ label: "Not in this table" });
    await expect(save.isDisabled()).resolves.toBe(true);
    await page.getByText("Choose where “Year” is before saving.").waitFor();
    await year.selectOption({ label: "Financial year" });
    await expect(save.isDisabled()).resolves.toBe(false);
    await columns.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, "own-tables.png") });
    await expect(page.getByRole("combobox", { name: "Where is “Re-referrals”?" }).inputValue()).resolves.toBe("3");
    expect(await axeScan(page, "#taskpane")).toEqual([]);
    await save.click();
    await page.getByText("Contacts now comes from MyContacts").waitFor();
    const saved = (await names(page)).filter((n) => !before.some((b) => b.name === n.name));
    expect(saved).toEqual([
      {
        name: "CSC_Contacts",
        formula: "=MyContacts[#All]",
        comment: expect.stringContaining("Year = Financial year") as unknown as string,
        workbookScoped: true,
      },
    ]);
    await expect(page.getByTestId("mapping-current").textContent()).resolves.toContain("Your table MyContacts");
    await expect(page.getByRole("list", { name: "What each dataset uses now" }).textContent()).resolves.toContain(
      "Contacts: your table MyContacts",
    );
    await page.getByRole("button", { name: "Remove" }).click();
    await page.getByText("Contacts is read from its own sheet again").waitFor();
    expect(await names(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("uses selected cells with the years across, matching the labels down the first column", async () => {
    const { page, errors } = await openPreview(browser);
    await page.evaluate(() => {
      const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
      wb.addSheet("LAC by year");
      wb.setValues("LAC by year", "C4:F5", [
        ["Measure", "2019-20", "2020-21", "2021-22"],
        ["Children looked after at 31 March", 410, 425, 431],
      ]);
      // The officer selects C4:F5 (rows 3-4, columns 2-5, zero-based).
      wb.selection = {
        sheet: wb.requireSheet("LAC by year"),
        rect: { startRow: 3, startCol: 2, endRow: 4, endCol: 5 },
      };
    });
    await page.getByRole("button", { name: "Use my own tables" }).click();
    await page.getByRole("combobox", { name: "Dataset" }).selectOption({ label: "Looked After" });
    await page.getByRole("button", { name: "Use the selected cells" }).click();
    await page.getByText("Using the selected cells LAC by year!C4:F5.").waitFor();
    await page.getByText("Years or quarters run across the header row").waitFor();
    const columns = page.getByRole("list", { name: "Columns" });
    await expect(columns.textContent()).resolves.toContain("Read from the header row.");
    await expect(columns.textContent()).resolves.toContain("Probably “Children looked after at 31 March”");
    expect(await axeScan(page, "#taskpane")).toEqual([]);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Looked After now comes from LAC by year!C4:F5").waitFor();
    const saved = (await names(page)).find((n) => n.name === "CSC_LookedAfter");
    expect(saved?.formula).toBe("='LAC by year'!$C$4:$F$5");
    expect(saved?.workbookScoped).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
