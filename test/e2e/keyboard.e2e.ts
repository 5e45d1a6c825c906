/**
 * The pane with the keyboard alone (Tab, Enter, Escape) and a screen reader's ear: focus stays
 * on the control that was used or moves to its result, never to the page body; the replacing
 * choices are never the default and cancelling says nothing was changed; every result and
 * status is announced; validation shows its progress and can be cancelled.
 */
import type { Browser, Page } from "playwright-core";
import {
  announced,
  waitForFocus,
  launch,
  openPreview,
  snapshotSheets,
  typeIntoWorkbook,
  waitForAnnouncement,
  type PreviewWindow,
} from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Focuses the control and presses Enter, as Tab-then-Enter would. */
async function press(page: Page, role: "button" | "tab", name: string | RegExp): Promise<void> {
  await page.getByRole(role, { name, exact: typeof name === "string" }).focus();
  await page.keyboard.press("Enter");
}

/** Opens the Report tab, which checks the workbook itself, with the keyboard. */
async function validateOnReportTab(page: Page): Promise<void> {
  await press(page, "tab", "Report");
  await page.getByRole("combobox", { name: "Report year" }).and(page.locator(":enabled")).waitFor();
}

describe("focus and announcements", () => {
  it("Validate, Highlight and Clear keep focus on their buttons, and each result is announced", async () => {
    const { page } = await openPreview(browser, "fault");
    await press(page, "button", "Validate workbook");
    await waitForAnnouncement(page, /^Validating the workbook…$/);
    await waitForAnnouncement(page, /^Validation finished: 1 error, \d+ warnings?\. Errors block the report\.$/);
    await waitForFocus(page, "Re-validate");

    await press(page, "button", "Highlight");
    await page.getByText(/^Marked \d+ cells?\./).waitFor();
    await waitForFocus(page, "Highlight");
    await press(page, "button", "Clear highlights");
    await page.getByText(/^Restored the formatting of/).waitFor();
    // Nothing is left to clear, so the button is marked unavailable but keeps focus.
    await waitForFocus(page, "Clear highlights");
    await expect(page.getByRole("button", { name: "Clear highlights" }).getAttribute("aria-disabled")).resolves.toBe(
      "true",
    );

    // An issue link names its severity and points at its hint.
    const link = page.getByRole("button", { name: /^Error: UASC!C14 — / });
    const hintId = await link.getAttribute("aria-describedby");
    expect(hintId).toBeTruthy();
    await expect(page.locator(`[id="${hintId}"]`).textContent()).resolves.toMatch(/^How to fix: /);
    await page.close();
  });

  it("the Report tab checks the workbook as it opens and announces the validation, then Report blocked", async () => {
    const { page } = await openPreview(browser, "fault");
    await press(page, "tab", "Report");
    // Opening the tab checks the workbook: no "Validate now" step.
    await waitForAnnouncement(page, /^Validation finished: 1 error/);
    await waitForAnnouncement(page, /^Report blocked\. Validation found 1 error/);
    await press(page, "button", "Show the issues on the Validate tab");
    await waitForFocus(page, "Validate");
    await page.close();
  });

  it("Generate keeps focus, shows its step and announces the report; cancelling a replace keeps the report and says so", async () => {
    const { page } = await openPreview(browser);
    await validateOnReportTab(page);
    const steps: string[] = [];
    await page.exposeFunction("__cscStep", (t: string) => steps.push(t));
    await page.evaluate(() => {
      new MutationObserver(() => {
        const t = document.querySelector('[data-testid="report-step"]')?.textContent;
        if (t) (window as unknown as { __cscStep: (t: string) => void }).__cscStep(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await press(page, "button", "Generate report");
    await waitForAnnouncement(page, /^Done\. Report for 2021-22 ready on the sheet “Safeguarding Report”\.$/);
    expect(steps).toContain("Checking the workbook again…");
    await waitForFocus(page, "Refresh report");

    // Edited by hand: the dialog opens on "Keep it and cancel"; Enter keeps the sheet.
    await typeIntoWorkbook(page, "Safeguarding Report", "A1", [["Edited by hand"]]);
    const before = await snapshotSheets(page);
    await press(page, "button", "Refresh report");
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await waitForFocus(page, "Keep it and cancel");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await waitForAnnouncement(page, /^Nothing changed\. The sheet “Safeguarding Report” is as it was/);
    expect(await snapshotSheets(page)).toBe(before);
    // The previous summary is still there, and focus is back on the button.
    await page.getByText("Report for 2021-22 ready on the sheet").waitFor();
    await waitForFocus(page, "Refresh report");
    await page.close();
  });

  it("a refresh for another year than the sheet shows asks first; Escape keeps it, the second choice replaces", async () => {
    const { page } = await openPreview(browser);
    await validateOnReportTab(page);
    await press(page, "button", "Generate report");
    await page.getByText("Report for 2021-22 ready on the sheet").waitFor();
    await page.getByRole("combobox", { name: "Report year" }).selectOption("2020-21");
    const before = await snapshotSheets(page);
    await press(page, "button", "Refresh report");
    const dialog = page.getByRole("alertdialog", { name: "Replace the 2021-22 report?" });
    await dialog.waitFor();
    await waitForFocus(page, "Keep it and cancel");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await snapshotSheets(page)).toBe(before);
    await waitForFocus(page, "Refresh report");
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.keyboard.press("Tab");
    await waitForFocus(page, "Replace it with 2020-21");
    await page.keyboard.press("Enter");
    await waitForAnnouncement(page, /^Done\. Report for 2020-21 ready/);
    await page.close();
  });
});

describe("feedback on long work", () => {
  it("shows the sheet being read with counts, and Cancel stops validation without changing anything", async () => {
    const { page } = await openPreview(browser);
    // A long assessment log under the Assessments table's sheet makes the read take a while.
    const rows = Array.from({ length: 20000 }, (_, i) => [`C${i}`, 44000 + (i % 300), 44010 + (i % 300)]);
    await page.evaluate((r) => {
      const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
      wb.addSheet("Assessment Log");
      wb.setValues("Assessment Log", `A1:C${r.length + 1}`, [
        ["Child ID", "Referral date", "Assessment completed"],
        ...r,
      ]);
      wb.addTable("Assessment Log", `A1:C${r.length + 1}`, "tblAssessmentLog", true);
    }, rows);
    // Real Excel answers each sync after a round trip; the in-memory host at once. Each sync here
    // waits 40 ms, and the first sync after the pane shows a table part read ("Reading the
    // workbook: Assessment Log (1,200 of 20,066 rows)") waits until the test lets it go. So Cancel
    // is pressed while the read is certainly still going, however slow or fast the machine is.
    await page.evaluate(() => {
      const w = window as unknown as {
        Excel: { run: (b: (c: { sync: () => Promise<unknown> }) => unknown) => unknown };
        __cscHeld?: boolean;
        __cscRelease?: () => void;
      };
      const partRead = () => {
        const t = document.querySelector('[data-testid="validation-progress"]')?.textContent ?? "";
        const m = /: .+ \((\d[\d,]*) of (\d[\d,]*) rows\)$/.exec(t);
        const count = (n: string | undefined) => Number((n ?? "0").replace(/,/g, ""));
        const done = count(m?.[1]);
        return done > 0 && done < count(m?.[2]);
      };
      const run = w.Excel.run.bind(w.Excel);
      w.Excel.run = (batch) =>
        run((ctx) => {
          const sync = ctx.sync.bind(ctx);
          ctx.sync = async () => {
            await new Promise((r) => setTimeout(r, 40));
            if (!w.__cscHeld && partRead()) {
              w.__cscHeld = true;
              await new Promise<void>((r) => (w.__cscRelease = r));
            }
            return sync();
          };
          return batch(ctx);
        });
    });
    const before = await snapshotSheets(page);
    const seen: string[] = [];
    await page.exposeFunction("__cscProgress", (t: string) => seen.push(t));
    await page.evaluate(() => {
      new MutationObserver(() => {
        const t = document.querySelector('[data-testid="validation-progress"]')?.textContent;
        if (t) (window as unknown as { __cscProgress: (t: string) => void }).__cscProgress(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await press(page, "button", "Validate workbook");
    await page.waitForFunction(() => (window as unknown as { __cscHeld?: boolean }).__cscHeld === true);
    await press(page, "button", "Cancel");
    await page.evaluate(() => (window as unknown as { __cscRelease: () => void }).__cscRelease());
    await waitForAnnouncement(page, /^Validation cancelled\. Nothing was changed\.$/);
    await expect(page.getByTestId("validation-cancelled").textContent()).resolves.toBe(
      "Validation cancelled. Nothing was changed.",
    );
    expect(
      seen.some((t) => /^Validating the workbookReading the workbook: .+ \(\d[\d,]* of \d[\d,]* rows\)$/.test(t)),
    ).toBe(true);
    await waitForFocus(page, "Validate workbook");
    expect(await snapshotSheets(page)).toBe(before);
    expect(await announced(page)).not.toContain("Validation finished");
    await page.close();
  });
});
