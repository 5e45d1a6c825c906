/**
 * "Insert example" never writes where the officer did not ask: a table's header is refused
 * (nothing written, the reason said and announced), a cell holding something is only replaced
 * after a dialog whose default keeps it, an example that shows an error where it landed is not
 * reported as a success, and Undo puts back exactly what was there. Driven with the keyboard.
 */
import type { Browser, Page } from "playwright-core";
import {
  waitForFocus,
  gridCell,
  launch,
  openPreview,
  selectGridCell,
  snapshotSheets,
  waitForAnnouncement,
} from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const message = (page: Page) => page.getByTestId("example-message");

/** Focuses a function's Insert button on the Functions tab and presses Enter. */
async function insertWithKeyboard(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name: "Functions" }).click();
  await page.getByRole("combobox", { name: "Function" }).selectOption(name);
  await page.getByRole("button", { name: `Insert example of ${name}` }).focus();
  await page.keyboard.press("Enter");
}

describe("Insert example writes only where the officer asked", () => {
  it("refuses the Settings table's header, changes nothing and keeps focus on the button", async () => {
    const { page } = await openPreview(browser);
    await selectGridCell(page, "Settings", "A1");
    const before = await snapshotSheets(page);
    await insertWithKeyboard(page, "CSC.FINANCIAL_YEAR");
    await expect(waitForAnnouncement(page, /^Nothing was written: Settings!A1 is a column heading/)).resolves.toContain(
      "Select an empty cell outside your tables",
    );
    await expect(message(page).textContent()).resolves.toMatch(/^Nothing was written: Settings!A1/);
    expect(await snapshotSheets(page)).toBe(before);
    await waitForFocus(page, "Insert example of CSC.FINANCIAL_YEAR");
    await page.close();
  });

  it("asks before replacing a filled cell, keeps it by default, and replaces then undoes exactly", async () => {
    const { page } = await openPreview(browser);
    await selectGridCell(page, "Functions demo", "E2");
    const before = await snapshotSheets(page);
    await insertWithKeyboard(page, "CSC.WORKDAYS");
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("'Functions demo'!E2 holds CSC.WORKDAYS");
    await waitForFocus(page, "Keep it and cancel");
    // Enter on the default choice keeps the cell.
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await expect(message(page).textContent()).resolves.toBe(
      "Nothing was written: 'Functions demo'!E2 still holds CSC.WORKDAYS.",
    );
    await waitForFocus(page, "Insert example of CSC.WORKDAYS");
    expect(await snapshotSheets(page)).toBe(before);

    // Escape keeps it too.
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await snapshotSheets(page)).toBe(before);

    // Replacing is the second choice: Tab to it, Enter.
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.keyboard.press("Tab");
    await waitForFocus(page, "Replace it with the example");
    await page.keyboard.press("Enter");
    await waitForAnnouncement(page, /^Put the example in 'Functions demo'!E2\. It shows 45\.,Undo$/);
    await gridCell(page, "E2").filter({ hasText: /^45$/ }).waitFor();
    await waitForFocus(page, "Insert example of CSC.WORKDAYS");

    // Undo from the keyboard: Tab to it, Enter; the cell holds its text again.
    await page.getByRole("button", { name: "Undo: put back what 'Functions demo'!E2 held" }).focus();
    await page.keyboard.press("Enter");
    await waitForAnnouncement(page, /^Undone: 'Functions demo'!E2 holds what it held before\.$/);
    expect(await snapshotSheets(page)).toBe(before);
    await gridCell(page, "E2")
      .filter({ hasText: /^CSC\.WORKDAYS$/ })
      .waitFor();
    await waitForFocus(page, "Insert example of CSC.WORKDAYS");
    await page.close();
  });

  it("does not call an example that shows #VALUE! where it landed a success", async () => {
    const { page } = await openPreview(browser);
    await selectGridCell(page, "Settings", "E12");
    await insertWithKeyboard(page, "CSC.TIMELINESS");
    const said = await waitForAnnouncement(page, /^Put the example in Settings!E12/);
    // The MessageBar announces its text and then its action (Undo).
    expect(said).toBe(
      "Put the example in Settings!E12, but it shows #VALUE! there: the cells it refers to do not hold what it needs. Undo takes it out again.,Undo",
    );
    await gridCell(page, "E12").filter({ hasText: "#VALUE!" }).waitFor();
    await page.close();
  });
});
