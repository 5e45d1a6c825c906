/**
 * The Returns tab end to end in the preview: a made SSDA903 return's files are chosen in the
 * pane (read there, never requested from anywhere), the figures, findings and reconciliation
 * show, "Fill empty cells" changes only empty cells and adds the missing quarter rows, Undo
 * restores the workbook exactly; axe finds no WCAG 2.2 AA violation; the file button works
 * from the keyboard; the tab reflows in a 250 px pane; Cancel stops a large return's reading and
 * its rules; another collection year reads the files again as that year.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { csv903, largeReturn903, type ChildSpec } from "../../support/returns-903";
import { cinCensusXml, type GenChild } from "../../support/returns/cin-generator";
import { axeScan, gridCell, isLocal, launch, openPreview, SCREENSHOTS, showSheet, snapshotSheets } from "./browser";

let browser: Browser;
let dir: string;
let files: string[];
let census: string;
let large: string[];

// 2019-20 (a year the sample workbook and DfE's figures hold): one child on a plan from May, one
// referred twice (the second a re-referral), and a child ID given twice (DfE's error 8510).
const CENSUS: GenChild[] = [
  {
    id: "W1",
    birth: "2015-01-01",
    episodes: [
      {
        referral: "2019-05-01",
        assessments: [{ start: "2019-05-02", authorised: "2019-06-03", factors: ["1B"] }],
        section47s: [{ start: "2019-05-03", target: "2019-05-20", icpc: "2019-05-20" }],
        plans: [{ start: "2019-05-20", previous: "1", reviews: ["2019-08-12"] }],
      },
    ],
  },
  {
    id: "W2",
    birth: "2012-03-04",
    episodes: [
      { referral: "2019-04-03", closure: "2019-04-10", reason: "RC8", nfa: "1" },
      {
        referral: "2019-09-02",
        assessments: [{ start: "2019-09-02", authorised: "2019-10-01", factors: ["2A"] }],
        closure: "2019-12-02",
        reason: "RC8",
      },
    ],
  },
  {
    id: "W2",
    birth: "2012-03-04",
    episodes: [{ referral: "2019-11-01", closure: "2019-11-04", reason: "RC8", nfa: "1" }],
  },
];

// 2017-18: two children looked after all year, one leaving in March, one UASC child from April
// (so the UASC quarters, empty in the sample, get a figure), and a child whose sex code is not
// DfE's (rule 101).
const CHILDREN: ChildSpec[] = [
  { id: "C100", dob: "01/01/2010", episodes: [{ decom: "01/02/2017" }] },
  { id: "C200", dob: "01/01/2005", episodes: [{ decom: "01/05/2017", dec: "01/03/2018", rec: "E11" }] },
  { id: "U300", dob: "01/01/2002", uasc: { duc: "" }, episodes: [{ decom: "10/04/2017" }] },
  { id: "C400", sex: "3", dob: "01/06/2012", episodes: [{ decom: "01/05/2017" }] },
];

beforeAll(async () => {
  browser = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "csc-returns-"));
  files = csv903(CHILDREN).map((f) => {
    const p = path.join(dir, f.name);
    fs.writeFileSync(p, f.text);
    return p;
  });
  census = path.join(dir, "census.xml");
  // The sample workbook is Hampshire's (LA 850), so the census names it too.
  fs.writeFileSync(census, cinCensusXml({ year: 2019, lea: "850", children: CENSUS }));
  // A large return (60,000 children, 240,000 episodes): long enough to read and check that
  // Cancel can be pressed while either runs.
  large = (["header", "episodes"] as const).map((table) => {
    const p = path.join(dir, `large-${table}.csv`);
    fs.writeFileSync(p, Array.from(largeReturn903(60_000, 4, table)).join(""));
    return p;
  });
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function openReturns(query = ""): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const opened = await openPreview(browser, "sample", query);
  await opened.page.getByRole("tab", { name: "Returns" }).click();
  return opened;
}

async function chooseFiles(page: Page): Promise<void> {
  await page.getByTestId("returns-file-input").setInputFiles(files);
  await page.getByTestId("returns-summary").waitFor();
}

describe("the Returns tab", () => {
  it("reads the files in the pane and shows figures, findings and reconciliation; fill and undo", async () => {
    const { page, requests, errors } = await openReturns();
    await chooseFiles(page);
    await expect(page.getByTestId("returns-summary").textContent()).resolves.toBe(
      "Read 3 files: SSDA903 return 2017-18.",
    );
    const figures = page.getByTestId("returns-figures");
    await expect(
      figures.getByRole("row", { name: /Children looked after at 31\/03\/2018/ }).textContent(),
    ).resolves.toContain("3");
    await expect(page.getByRole("combobox", { name: "Collection year" }).inputValue()).resolves.toBe("2017-18");
    const findings = page.getByTestId("returns-findings");
    await expect(findings.textContent()).resolves.toMatch(/^SSDA903 error 101: 1 child/);
    await findings.getByText("SSDA903 error 101: 1 child").click();
    await expect(findings.getByRole("listitem").filter({ hasText: "Child C400" }).last().textContent()).resolves.toBe(
      "Child C400, header.csv row 5 (SEX): SEX 3",
    );
    const reconciliation = page.getByTestId("returns-reconciliation");
    await expect(
      reconciliation.getByRole("row", { name: /Children looked after 2017-18/ }).textContent(),
    ).resolves.toMatch(/1,592.*Workbook has 1,589 more/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "returns-read.png") });

    const before = await snapshotSheets(page);
    await page.getByRole("button", { name: "Fill empty cells in the workbook" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog.textContent()).resolves.toContain("This will fill 4 empty cells and add 3 period rows.");
    await page.screenshot({ path: path.join(SCREENSHOTS, "returns-confirm.png") });
    await dialog.getByRole("button", { name: "Fill the empty cells" }).click();
    await page.getByTestId("returns-filled").waitFor();
    await expect(page.getByTestId("returns-filled").textContent()).resolves.toContain(
      "UASC!B2, UASC looked after Jun-2017: 1",
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, "returns-filled.png") });
    await showSheet(page, "UASC");
    await expect(gridCell(page, "B2").textContent()).resolves.toBe("1");
    await expect(gridCell(page, "C2").textContent()).resolves.toBe("137");
    await showSheet(page, "Looked After");
    await expect(gridCell(page, "A6").textContent()).resolves.toBe("Jun-2017");
    await expect(gridCell(page, "B8").textContent()).resolves.toBe("4");
    await expect(gridCell(page, "B9").textContent()).resolves.toBe("1,592");

    await page.getByRole("button", { name: /^Undo the fill/ }).click();
    await page.getByText("Undone: the workbook is as it was before the fill.").waitFor();
    await expect(snapshotSheets(page)).resolves.toBe(before);
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has no WCAG 2.2 AA violations, and the file button works from the keyboard", async () => {
    const { page } = await openReturns();
    const chooser = page.waitForEvent("filechooser");
    const button = page.getByRole("button", { name: "Choose return files…" });
    for (let i = 0; i < 30 && !(await button.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const fc = await chooser;
    expect(fc.isMultiple()).toBe(true);
    await fc.setFiles(files);
    await page.getByTestId("returns-summary").waitFor();
    for (const d of await page.locator("#csc-panel-returns details").all())
      await d.evaluate((e) => e.setAttribute("open", ""));
    expect(await axeScan(page, "#taskpane")).toEqual([]);
    await page.close();
  });

  it("another collection year reads the same files again as that year", async () => {
    const { page, errors } = await openReturns();
    await chooseFiles(page);
    const year = page.getByRole("combobox", { name: "Collection year" });
    await year.selectOption("2018-19");
    await page.getByTestId("returns-summary").filter({ hasText: "2018-19" }).waitFor();
    await expect(page.getByTestId("returns-summary").textContent()).resolves.toBe(
      "Read 3 files: SSDA903 return 2018-19.",
    );
    await expect(year.inputValue()).resolves.toBe("2018-19");
    // Counted on 2018-19's days: the three children still looked after at 31 March 2019.
    await expect(
      page
        .getByTestId("returns-figures")
        .getByRole("row", { name: /Children looked after at 31\/03\/2019/ })
        .textContent(),
    ).resolves.toContain("3");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Cancel stops a large return while it is read, and while DfE's rules run", async () => {
    const { page, errors } = await openReturns();
    const progress = page.getByTestId("returns-progress");
    // The first file's second chunk waits until the test lets it go, so the read is certainly
    // still going when Cancel is pressed, however fast the machine reads the rest.
    await page.evaluate(() => {
      const w = window as unknown as { __cscHeld?: boolean; __cscRelease?: () => void };
      const stream = File.prototype.stream;
      File.prototype.stream = function (this: File) {
        const reader = stream.call(this).getReader();
        let pulls = 0;
        return new ReadableStream<Uint8Array<ArrayBuffer>>({
          async pull(controller) {
            if (pulls++ === 1 && !w.__cscHeld) {
              w.__cscHeld = true;
              await new Promise<void>((r) => (w.__cscRelease = r));
            }
            const { done, value } = await reader.read();
            if (done) controller.close();
            else controller.enqueue(value);
          },
          cancel: (reason) => reader.cancel(reason),
        });
      };
    });
    await page.getByTestId("returns-file-input").setInputFiles(large);
    await progress.filter({ hasText: /Reading large-\w+\.csv: [\d,]+ rows/ }).waitFor();
    await page.waitForFunction(() => (window as unknown as { __cscHeld?: boolean }).__cscHeld === true);
    await page.screenshot({ path: path.join(SCREENSHOTS, "returns-reading.png") });
    // By keyboard (Enter on the focused button): while a return is read the page is busy in
    // short slices, and a pointer click's wait for two identical animation frames can miss.
    await page.getByRole("button", { name: "Cancel" }).press("Enter");
    await page.evaluate(() => (window as unknown as { __cscRelease: () => void }).__cscRelease());
    await page.getByText("Reading cancelled. Nothing was read.").waitFor();
    await expect(progress.count()).resolves.toBe(0);
    // The choose button has the focus back, and nothing is shown from the cancelled read.
    await expect(
      page.getByRole("button", { name: "Choose return files…" }).evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true);
    await expect(page.getByTestId("returns-summary").count()).resolves.toBe(0);

    // Cancel pressed the moment the rules' step shows (from the page, so the short step cannot
    // end before the press): the analysis stops at its next yield.
    const pressed = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const seen = new MutationObserver(() => {
            const text = document.querySelector('[data-testid="returns-progress"]')?.textContent ?? "";
            if (!text.includes("Checking DfE's rules")) return;
            seen.disconnect();
            Array.from(document.querySelectorAll("button"))
              .find((b) => b.textContent === "Cancel")
              ?.click();
            resolve(text);
          });
          seen.observe(document.body, { subtree: true, childList: true, characterData: true });
        }),
    );
    await page.getByTestId("returns-file-input").setInputFiles(large);
    await expect(pressed).resolves.toMatch(
      /^Checking 2 files.*Checking DfE's rules on 60,000 children: \d+ of \d+ rules/,
    );
    await progress.waitFor({ state: "detached" });
    await page.getByText("Reading cancelled. Nothing was read.").waitFor();
    await expect(page.getByTestId("returns-summary").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reflows in a 250 px pane", async () => {
    const { page } = await openReturns("&pane=250");
    await chooseFiles(page);
    const o = await page.evaluate(() => {
      const pane = document.getElementById("taskpane") as HTMLElement;
      const box = pane.getBoundingClientRect();
      const outside = Array.from(
        pane.querySelectorAll<HTMLElement>("button, select, input:not([type=file]), a, [role=tab]"),
      )
        .filter((el) => el.offsetParent !== null)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.right > box.right + 0.5 || r.left < box.left - 0.5;
        })
        .map((el) => el.textContent?.trim() || el.tagName);
      return { fits: pane.scrollWidth <= pane.clientWidth, outside };
    });
    expect(o).toEqual({ fits: true, outside: [] });
    await page.locator("#taskpane").screenshot({ path: path.join(SCREENSHOTS, "returns-250.png") });
    await page.close();
  });

  it("reads the census with the 903 files: its figures, findings by return and rule, reconciliation, and the Assessment Log only when ticked", async () => {
    const { page, requests, errors } = await openReturns();
    await page.getByTestId("returns-file-input").setInputFiles([...files, census]);
    await page.getByTestId("returns-summary").waitFor();
    await expect(page.getByTestId("returns-summary").textContent()).resolves.toBe(
      "Read 4 files: SSDA903 return 2017-18, census 2019-20.",
    );
    const figures = page.getByTestId("returns-figures").last();
    await expect(figures.getByRole("row", { name: /Referrals \(CIN census\)/ }).textContent()).resolves.toContain("4");
    const findings = page.getByTestId("returns-findings");
    await expect(findings.textContent()).resolves.toMatch(/SSDA903 error 101: 1 child.*Census error 8510: 1 child/);
    const reconciliation = page.getByTestId("returns-reconciliation");
    // The census's referrals beside the sample's front-door count and DfE's: compared, never filled.
    await expect(
      reconciliation.getByRole("row", { name: /Referrals \(CIN census\) 2019-20/ }).textContent(),
    ).resolves.toMatch(/44,434.*20,220/);
    await expect(
      reconciliation
        .getByRole("row", { name: /Children on a child protection plan at 31 March 2019-20/ })
        .textContent(),
    ).resolves.toMatch(/938.*938/);
    // In the 350 px pane each number reads whole ("100.0%", "20,220"), on one line: the labels wrap.
    const brokenNumbers = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>(
          '[data-testid="returns-reconciliation"] td, [data-testid="returns-figures"] td',
        ),
      )
        .filter((td) => /^[\d,.%–-]+$/.test(td.textContent ?? ""))
        .filter((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1;
        })
        .map((td) => td.textContent),
    );
    expect(brokenNumbers).toEqual([]);
    const log = page.getByTestId("returns-assessment-log");
    await expect(log.isChecked()).resolves.toBe(false);
    for (const d of await page.locator("#csc-panel-returns details").all())
      await d.evaluate((e) => e.setAttribute("open", ""));
    expect(await axeScan(page, "#taskpane")).toEqual([]);
    // Each row's note is a numbered footnote under the table, the row's link described by it.
    const notes = page.getByTestId("returns-reconciliation-notes");
    await expect(notes.getByRole("listitem").first().textContent()).resolves.toMatch(
      /^This is the children in need census's count; a workbook's Contacts row often holds the local front door's/,
    );
    const link = reconciliation
      .getByRole("row", { name: /Referrals \(CIN census\) 2019-20/ })
      .getByRole("link", { name: "Note 1" });
    await expect(link.getAttribute("aria-describedby")).resolves.toBe(
      await notes.getByRole("listitem").first().getAttribute("id"),
    );
    await expect(page.getByTestId("returns-council").textContent()).resolves.toBe(
      `DfE's published figures are for Hampshire (LA 850), the council named in the workbook's Settings ("Hampshire County Council").`,
    );
    await notes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, "returns-census.png") });

    await page.getByRole("button", { name: "Fill empty cells in the workbook" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog.textContent()).resolves.not.toContain("Assessment Log");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await log.check();
    await page.getByRole("button", { name: "Fill empty cells in the workbook" }).click();
    // The sample has no Assessment Log table: the officer is told, and no child row is written.
    await expect(page.getByRole("alertdialog").textContent()).resolves.toContain(
      "The 2 Assessment Log rows are not added: the workbook has no Assessment Log",
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, "returns-census-confirm.png") });
    expect(requests.filter((u) => !isLocal(u))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
