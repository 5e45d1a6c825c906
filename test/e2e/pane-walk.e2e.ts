/**
 * One walk through every state of every tab, by keyboard, in one browser: after each action
 * focus is on a control inside the pane, never on the page (WCAG 2.4.3); in each state every
 * aria-describedby / aria-labelledby names an element that exists, a message bar's title and
 * text do not run together, and the pane reflows (WCAG 1.4.10) at 250 px, at 200% of a 350 px
 * pane (175 CSS px) and at 400% (about 88 CSS px): no sideways scrolling, nothing past the pane's
 * right edge, no text cut by its box. Problems are collected and reported together.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { csv903 } from "../../support/returns-903";
import {
  announced,
  gridCell,
  launch,
  openPreview,
  showSheet,
  typeIntoWorkbook,
  waitForAnnouncement,
  type PreviewWindow,
} from "./browser";
import { checkState, type Size } from "./pane-checks";

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "csc-walk-"));
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The sizes every state is measured at: on-screen pane width and zoom. */
const SIZES: readonly Size[] = [
  { width: 250, zoom: 1 },
  { width: 350, zoom: 2 },
  { width: 350, zoom: 4 },
];

/** Focuses a control and presses a key, as Tab-then-key would. */
async function press(
  page: Page,
  role: "button" | "tab" | "checkbox" | "radio",
  name: string | RegExp,
  key = "Enter",
): Promise<void> {
  await page
    .locator("#taskpane")
    .getByRole(role, { name, exact: typeof name === "string" })
    .first()
    .focus();
  await page.keyboard.press(key);
}

/** Where focus is: "<body>", "<outside> name", or the focused pane control's role and name. */
function focusAt(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "<body>";
    const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60);
    if (!document.getElementById("taskpane")?.contains(el)) return `<outside> ${name}`;
    return `${el.getAttribute("role") ?? el.tagName.toLowerCase()}: ${name}`;
  });
}

describe("every state of the pane, by keyboard", () => {
  it("keeps focus in the pane, resolves every aria reference and reflows at 250 px, 200% and 400%", async () => {
    const problems: string[] = [];
    const focus: string[] = [];
    /** Waits a moment for focus to settle, then records where it is after `action`. */
    const afterAction = async (page: Page, action: string, expected?: RegExp): Promise<void> => {
      let at = await focusAt(page);
      for (let i = 0; i < 20 && (at === "<body>" || (expected && !expected.test(at))); i++) {
        await page.waitForTimeout(50);
        at = await focusAt(page);
      }
      focus.push(`${action} → ${at}`);
      if (at === "<body>" || at.startsWith("<outside>") || (expected && !expected.test(at))) {
        problems.push(`focus after ${action}: ${at}${expected ? ` (expected ${String(expected)})` : ""}`);
      }
    };
    const state = async (page: Page, label: string): Promise<void> => {
      problems.push(...(await checkState(page, label, SIZES)));
    };

    // An empty workbook: validate, the set-up offer, "use my own tables", set up with samples.
    const { page, errors } = await openPreview(browser, "empty");
    await state(page, "Validate, not yet validated");
    await press(page, "button", "Validate workbook");
    await page.getByTestId("validation-summary").waitFor();
    await afterAction(page, "Validate workbook", /Re-validate/);
    const said = await waitForAnnouncement(page, /^Validation finished/);
    // Said as shown: the empty workbook is "No performance tables", not six errors.
    expect(said).toBe("Validation finished: No performance tables in this workbook yet. Set up workbook adds them.");
    await expect(page.getByTestId("validation-summary").textContent()).resolves.toBe(
      "No performance tables in this workbook yet",
    );
    await state(page, "Validate, set-up offer");
    await press(page, "button", "use my own tables");
    await afterAction(page, "use my own tables", /Use my own tables/);
    await state(page, "Validate, own tables open on an empty workbook");
    // The first-run welcome offers the sample figures as a button of their own.
    await press(page, "button", "Try with sample figures");
    await page.getByText("Workbook set up with sample figures").waitFor();
    await afterAction(page, "Try with sample figures", /Workbook set up/);
    await page.getByTestId("validation-summary").waitFor();
    await state(page, "Validate, set up");

    // The Report tab: generate, then each output's button.
    await press(page, "tab", "Report");
    await afterAction(page, "Report tab", /Report/);
    await state(page, "Report, ready");
    await press(page, "button", "Generate report");
    await page.getByText(/Report for \S+ ready on the sheet/).waitFor();
    await afterAction(page, "Generate report", /Refresh report|Done/);
    await waitForAnnouncement(page, /^Checking the workbook again…$/);
    await state(page, "Report, done");
    await press(page, "button", "Save the slides as PowerPoint");
    await page.getByText(/slides saved as/).waitFor();
    await afterAction(page, "Save the slides", /Save the slides/);
    await press(page, "button", "Save the report as HTML");
    await afterAction(page, "Save the report as HTML", /Save the report as HTML/);
    // The preview draws the charts onto a canvas after the workbook changed: the saved file is
    // the chart as shown (a PNG of its size), not the host's 1x1 placeholder.
    await page.waitForFunction(() => {
      const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
      return wb.charts.length > 0 && wb.charts.every((c) => wb.chartImage?.(c.sheet.name, c.name) !== undefined);
    });
    const download = page.waitForEvent("download");
    await press(page, "button", /^Save chart as PNG: /);
    const png = fs.readFileSync((await (await download).path()) ?? "");
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBeGreaterThan(100); // the IHDR width: a chart, not one pixel
    await afterAction(page, "Save chart as PNG", /Save chart as PNG/);
    await state(page, "Report, saved");

    // Returns: read a small 903 return.
    await press(page, "tab", "Returns");
    await state(page, "Returns, nothing read");
    const files = csv903([{ id: "C100", dob: "01/01/2010", episodes: [{ decom: "01/02/2017" }] }]).map((f) => {
      const p = path.join(dir, f.name);
      fs.writeFileSync(p, f.text);
      return p;
    });
    await page.getByTestId("returns-file-input").setInputFiles(files);
    await page.getByTestId("returns-summary").waitFor();
    await afterAction(page, "reading return files", /Choose other files/);
    await state(page, "Returns, read");

    await press(page, "tab", "Functions");
    await state(page, "Functions");
    expect(errors).toEqual([]);
    await page.close();

    // The sample workbook: own tables (a long table and sheet name), Save and Remove; a council
    // DfE does not know, compared as another.
    const second = await openPreview(browser, "sample");
    const p2 = second.page;
    await p2.evaluate(() => {
      const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
      const sheet = "Front door contacts, referrals";
      wb.addSheet(sheet);
      wb.setValues(sheet, "B2:E4", [
        ["Financial year", "Number of contacts", "Referrals", "Re-referral"],
        ["2019-20", 9000, 3000, 600],
        ["2020-21", 9500, 3100, 640],
      ]);
      wb.addTable(sheet, "B2:E4", "FrontDoorContactsAndReferralsByFinancialYear");
    });
    await press(p2, "button", "Use my own tables");
    await afterAction(p2, "Use my own tables", /Use my own tables/);
    // The grid selects a range by dragging, and by shift-click, as Excel does.
    await showSheet(p2, "Front door contacts, referrals");
    await gridCell(p2, "B2").hover();
    await p2.mouse.down();
    await gridCell(p2, "E4").hover();
    await p2.mouse.up();
    await expect(p2.getByTestId("namebox").textContent()).resolves.toBe("Front door contacts, referrals!B2:E4");
    await press(p2, "button", "Use the selected cells");
    await p2.getByText(/^Using the selected cells/).waitFor();
    await afterAction(p2, "Use the selected cells", /Use the selected cells/);
    await gridCell(p2, "B2").click();
    await gridCell(p2, "C3").click({ modifiers: ["Shift"] });
    await expect(p2.getByTestId("namebox").textContent()).resolves.toBe("Front door contacts, referrals!B2:C3");
    await p2.getByRole("combobox", { name: "Dataset" }).selectOption({ label: "Contacts" });
    await p2
      .getByRole("combobox", { name: "Pick a table" })
      .selectOption({ label: "FrontDoorContactsAndReferralsByFinancialYear (sheet Front door contacts, referrals)" });
    await p2.getByRole("combobox", { name: "Where is “Year”?" }).selectOption({ label: "Financial year" });
    await state(p2, "Validate, own table picked");
    await press(p2, "button", "Save");
    await p2.getByText(/Contacts now comes from/).waitFor();
    await afterAction(p2, "Save (own table)", /Save/);
    await press(p2, "button", "Remove");
    await p2.getByText(/Contacts is read from its own sheet again/).waitFor();
    await afterAction(p2, "Remove", /Remove/);
    await state(p2, "Validate, own table removed");

    await typeIntoWorkbook(p2, "Settings", "B2", [["Hampshir County Council"]]);
    // Opening the Report tab checks the workbook itself: no "Validate now" step.
    await press(p2, "tab", "Report");
    await afterAction(p2, "Report tab (checks the workbook)", /Report/);
    await p2.getByRole("combobox", { name: "Report year" }).and(p2.locator(":enabled")).waitFor();
    await press(p2, "checkbox", /^England$/, "Space");
    await press(p2, "button", "Generate report");
    await p2.getByTestId("compare-as").waitFor();
    await state(p2, "Report, council not found");
    await press(p2, "button", /^Generate, compared as /);
    await p2.getByText(/Report for \S+ ready on the sheet/).waitFor();
    await afterAction(p2, "Generate compared as", /Done|Refresh report/);
    await state(p2, "Report, compared as another council");
    await press(p2, "button", "Choose another council");
    await p2.getByTestId("compare-as").waitFor();
    await afterAction(p2, "Choose another council");
    expect(second.errors).toEqual([]);
    expect((await announced(p2)).filter((m) => /^Validation finished/.test(m)).length).toBeGreaterThan(0);
    await p2.close();

    expect({ problems, focus }).toEqual({ problems: [], focus });
  });
});
