/**
 * Shared helpers of the end-to-end tests: Chromium (Debian's package via playwright-core),
 * opening the preview with every request and dialog recorded, axe-core scans, screenshots.
 */
import * as path from "path";
import { type Browser, chromium, type Page } from "playwright-core";
import type { FakeWorkbook } from "@csc/fake-excel";
import { AXE_PATH } from "./static-server";

/**
 * The preview page's window as code run in the page sees it: the in-memory workbook behind the
 * grid and what Office.onReady gave (preview/index.tsx). A type only: page.evaluate sends a
 * function's text, so the page's own objects are reached through `window`.
 */
export interface PreviewWindow {
  readonly __cscPreview: { readonly workbook: FakeWorkbook; readonly officeInfo: unknown };
}

/** Where the README's screenshots go. */
export const SCREENSHOTS = path.resolve(__dirname, "..", "..", "docs", "screenshots");

/** WCAG 2.2 AA, as the issues require (axe-core tags). */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Launches headless Chromium with flags that keep it off the network (no background requests, no updates, no sync). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The preview's base URL, set by the global set-up. */
export function baseUrl(): string {
  const url = process.env.CSC_E2E_URL;
  if (!url) throw new Error("CSC_E2E_URL is not set: run through jest.e2e.config.js");
  return url;
}

/** An open preview page with what it did recorded. */
export interface Opened {
  readonly page: Page;
  /** Every URL the page requested. */
  readonly requests: string[];
  /** Messages of every JavaScript dialog (alert, confirm ...) the page opened. */
  readonly dialogs: string[];
  /** Uncaught page errors. */
  readonly errors: string[];
}

/** Opens preview.html with `?workbook=variant` at 1400x900 and waits for the pane's tabs. */
export async function openPreview(browser: Browser, variant = "sample", query = ""): Promise<Opened> {
  // Reduced motion: Fluent UI then skips its colour transitions, so screenshots show settled states.
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    reducedMotion: "reduce",
  });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(recordAnnouncements);
  await page.goto(`${baseUrl()}preview.html?workbook=${variant}${query}`);
  await page.getByRole("tab", { name: "Validate" }).waitFor();
  return { page, requests, dialogs, errors };
}

/** True when a URL stays on this machine (loopback, or an in-page data:/blob: URL). */
export function isLocal(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
  return u.hostname === "127.0.0.1" || u.hostname === "localhost" || u.hostname === "[::1]";
}

/** A violation as a short line for an assertion message. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Adds a same-origin script. Outside Office the real Office.js frames its telemetry proxy
 * (office-js #696) and the pane's CSP blocks it (`frame-src 'none'`); Playwright's addScriptTag
 * fails on any CSP violation reported while it waits, so that one violation, and only it, is
 * met by trying once more.
 */
async function addSameOriginScript(page: Page, url: string): Promise<void> {
  try {
    await page.addScriptTag({ url });
  } catch (e) {
    if (!/frame-src 'none'/.test(String(e)) || !/telemetryservice/.test(String(e))) throw e;
    await page.addScriptTag({ url });
  }
}

/** Runs axe-core on `selector` (or the whole document) with the WCAG 2.2 AA tags. */
export async function axeScan(page: Page, selector?: string): Promise<AxeViolation[]> {
  // Same-origin URL under the preview's CSP; inline content for pages without one (setContent).
  const hasCsp = await page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null,
  );
  if (hasCsp) await addSameOriginScript(page, `${baseUrl()}${AXE_PATH.slice(1)}`);
  else await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(
    async ({ sel, tags }) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{
              violations: {
                id: string;
                impact: string | null;
                help: string;
                nodes: { target: unknown[]; html: string }[];
              }[];
            }>;
          };
        }
      ).axe;
      const r = await axe.run(sel ?? document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      // Fluent UI's focus manager (tabster) adds aria-hidden "dummy" <i tabindex=0> bumpers that
      // pass focus on the moment they get it: a documented false positive of aria-hidden-focus
      // (microsoft/tabster#288; Accessibility Insights suppresses exactly these nodes,
      // microsoft/accessibility-insights-web#7605). Only those nodes are dropped, not the rule.
      const dummy = (html: string): boolean => /data-tabster-dummy|data-is-tabster-dummy/.test(html);
      return r.violations
        .map((v) => ({ ...v, nodes: v.id === "aria-hidden-focus" ? v.nodes.filter((n) => !dummy(n.html)) : v.nodes }))
        .filter((v) => v.nodes.length > 0)
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
        }));
    },
    { sel: selector, tags: WCAG_TAGS },
  );
}

/** The grid's cell element on the shown sheet ("C14"). */
export function gridCell(page: Page, address: string) {
  return page.locator(`table.grid td[data-cell="${address}"]`);
}

/** Shows a sheet in the grid by clicking its tab. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await page.locator("nav.tabs button", { hasText: name }).first().click();
  await page.locator(`table.grid[data-sheet="${name}"]`).waitFor();
}

/** The fake workbook's snapshot of sheets and tables (formats included), read in the page. */
export function snapshotSheets(page: Page): Promise<string> {
  return page.evaluate(() => {
    const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
    const s = wb.snapshot() as { sheets: unknown; tables: unknown; charts: unknown };
    return JSON.stringify({ sheets: s.sheets, tables: s.tables, charts: s.charts });
  });
}

/** Opens the Report tab, which validates the workbook as it opens, and waits for its years. */
export async function validateFromReportTab(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Report" }).click();
  await page.getByRole("combobox", { name: "Report year" }).and(page.locator(":enabled")).waitFor();
}

/** Picks the year and quarter style, generates (or refreshes) and waits for the report sheet. */
export async function generate(page: Page, year: string, style: RegExp): Promise<void> {
  await page.getByRole("combobox", { name: "Report year" }).selectOption(year);
  await page.getByRole("radio", { name: style }).check();
  await page.getByRole("button", { name: /^(Generate|Refresh) report$/ }).click();
  // A refresh for another year than the sheet shows asks first: the test means to replace it.
  const ready = page.getByText(`Report for ${year} ready on the sheet`);
  const otherYear = page.getByRole("button", { name: `Replace it with ${year}` });
  await ready.or(otherYear).first().waitFor();
  if (await otherYear.isVisible()) await otherYear.click();
  await ready.waitFor();
  // The grid redraws after the pane's message: wait until it shows the year's report.
  await page
    .locator('table.grid[data-sheet="Safeguarding Report"]', { hasText: `Children's Services ${year}` })
    .waitFor();
}

/** Sets cells of the preview's in-memory workbook, as the officer typing would. */
export function typeIntoWorkbook(page: Page, sheet: string, address: string, values: unknown[][]): Promise<void> {
  return callWorkbook(page, "setValues", sheet, address, values);
}

/**
 * Types rows into the preview's workbook as the officer would, below a table's last row too:
 * the table grows to take them, as Excel's does (FakeWorkbook.typeValues).
 */
export function typeIntoTable(page: Page, sheet: string, address: string, values: unknown[][]): Promise<void> {
  return callWorkbook(page, "typeValues", sheet, address, values);
}

async function callWorkbook(
  page: Page,
  method: "setValues" | "typeValues",
  sheet: string,
  address: string,
  values: unknown[][],
): Promise<void> {
  await page.evaluate(
    ([m, s, a, v]) => {
      const wb = (window as unknown as PreviewWindow).__cscPreview.workbook;
      wb[m](s, a, v);
    },
    [method, sheet, address, values] as const,
  );
}

/**
 * Runs in the page before its scripts: records what the pane announces. Fluent's
 * AriaLiveAnnouncer hands each message to `document.ariaNotify` where the browser has it, and
 * to a live region otherwise (@fluentui/react-aria useAriaLiveAnnouncer); the recorder stands
 * in for ariaNotify, so every message reaches the list in the order it was announced.
 */
function recordAnnouncements(): void {
  const w = window as unknown as { __cscAnnounced: string[] };
  w.__cscAnnounced = [];
  (document as unknown as { ariaNotify: (m: string) => void }).ariaNotify = (m: string) => {
    w.__cscAnnounced.push(m);
  };
}

/** Everything the pane has announced to a screen reader so far. */
export function announced(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cscAnnounced: string[] }).__cscAnnounced.slice());
}

/** Waits until an announcement matches `pattern`; returns it. */
export async function waitForAnnouncement(page: Page, pattern: RegExp, timeout = 15000): Promise<string> {
  try {
    const handle = await page.waitForFunction(
      ([src, flags]) =>
        (window as unknown as { __cscAnnounced: string[] }).__cscAnnounced.find((m) => new RegExp(src, flags).test(m)),
      [pattern.source, pattern.flags] as const,
      { timeout },
    );
    return (await handle.jsonValue()) as string;
  } catch {
    throw new Error(
      `Nothing announced matched ${String(pattern)}; announced: ${JSON.stringify(await announced(page))}`,
    );
  }
}

/** The focused element's accessible-ish name: its aria-label, else its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "<body>";
    return el.getAttribute("aria-label") ?? el.textContent?.trim() ?? el.tagName;
  });
}

/** Selects a cell of the shown sheet by clicking it in the grid, as the officer would. */
export async function selectGridCell(page: Page, sheet: string, address: string): Promise<void> {
  await showSheet(page, sheet);
  await gridCell(page, address).click();
  await gridCell(page, address).and(page.locator('[data-selected="true"]')).waitFor();
}

/** Waits (up to 5 s) until the focused element is named `name`; fails with what has focus instead. */
export async function waitForFocus(page: Page, name: string): Promise<void> {
  const deadline = Date.now() + 5000;
  let now = await focusedName(page);
  while (now !== name && Date.now() < deadline) {
    await page.waitForTimeout(50);
    now = await focusedName(page);
  }
  expect(now).toBe(name);
}
