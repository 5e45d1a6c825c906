/**
 * The real Office.js (the @microsoft/office-js package, served from 127.0.0.1 as the preview
 * build copies it) under the pages' own Content-Security-Policy, outside Office:
 * - taskpane.html, the add-in's page with its production CSP, loads office.js and the one file
 *   it fetches outside Office, `Office.onReady` resolves with no host, and the pane renders;
 * - preview.html does the same before the in-memory host takes over the globals;
 * - taskpane.html says "Loading…" until the pane mounts, and when Office.js is blocked (as some
 *   council proxies block appsforoffice.microsoft.com) says so, as an alert, in plain words.
 * No script is refused (no eval either: zod runs jitless) and no request leaves 127.0.0.1. The
 * one violation allowed is the one the CSP exists for: outside Office, Office.js tries to frame
 * its telemetry proxy (telemetryservice.firstpartyapps.oaspapps.com: office-js #696, #1125,
 * #1627), and `frame-src 'none'` blocks it, as the privacy rule wants.
 */
import type { Browser, Page } from "playwright-core";
import { baseUrl, isLocal, launch, type PreviewWindow } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The telemetry proxy office.js frames outside Office (office-js #696). */
const TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";

interface Loaded {
  page: Page;
  requests: string[];
  console: string[];
  errors: string[];
  /** "directive blocked-URI" of every securitypolicyviolation event. */
  violations: () => Promise<string[]>;
}

/**
 * Opens a page of the build with its requests, console, errors and CSP violations recorded;
 * `before` runs first (to route requests).
 */
async function load(file: string, before?: (page: Page) => Promise<unknown>): Promise<Loaded> {
  const page = await browser.newPage();
  await before?.(page);
  const requests: string[] = [];
  const console: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => console.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  // Not waiting for "load": a test may hold a script back, and each waits for what it checks.
  await page.goto(`${baseUrl()}${file}`, { waitUntil: "commit" });
  const violations = () => page.evaluate(() => [...(window as unknown as { __csp: string[] }).__csp]);
  return { page, requests, console, errors, violations };
}

/**
 * Waits until the CSP has blocked Office.js's telemetry frame: by then Office.js has done all it
 * does outside Office, so the checks after it see everything.
 */
async function telemetryBlocked(l: Loaded): Promise<void> {
  await l.page.waitForFunction(
    (frame) => (window as unknown as { __csp: string[] }).__csp.includes(`frame-src ${frame}`),
    TELEMETRY_FRAME,
    { timeout: 30000 },
  );
}

/** Violations other than the blocked telemetry frame, and console lines naming the CSP other than it. */
async function unexpectedCsp(l: Loaded): Promise<string[]> {
  const events = (await l.violations()).filter((v) => v !== `frame-src ${TELEMETRY_FRAME}`);
  const lines = l.console.filter((t) => /Content Security Policy/i.test(t) && !t.includes(TELEMETRY_FRAME));
  return [...events, ...lines];
}

describe("the real Office.js outside Office", () => {
  it("loads in the task pane's page under its CSP, resolves Office.onReady with no host, and the pane renders", async () => {
    const l = await load("taskpane.html");
    await l.page.getByRole("tab", { name: "Validate" }).waitFor();
    const info = await l.page.evaluate(async () => {
      const office = (window as unknown as { Office: { onReady(): Promise<unknown> } }).Office;
      // OSF is Office.js's own namespace: proof the real script ran, not a stand-in.
      return { ready: await office.onReady(), real: typeof (window as unknown as { OSF?: unknown }).OSF };
    });
    expect(info).toEqual({ ready: { host: null, platform: null, addin: null }, real: "object" });
    const csp = await l.page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
    );
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("frame-src 'none'");
    expect(l.requests.map((u) => new URL(u).pathname)).toEqual(
      expect.arrayContaining(["/office-js/office.js", "/office-js/o15apptofilemappingtable.js", "/taskpane.js"]),
    );
    await telemetryBlocked(l);
    expect(await unexpectedCsp(l)).toEqual([]);
    expect(l.errors).toEqual([]);
    expect(l.requests.filter((u) => !isLocal(u))).toEqual([]);
    await l.page.close();
  });

  it("shows a loading message until the pane has mounted", async () => {
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const l = await load("taskpane.html", (page) =>
      // The pane's bundle held back: the page shows what it shows while the pane starts.
      page.route("**/taskpane.js", async (route) => {
        await held;
        await route.continue();
      }),
    );
    const loading = l.page.getByRole("status").filter({ hasText: "Loading the Safeguarding Report panel…" });
    await loading.waitFor();
    release();
    await l.page.getByRole("tab", { name: "Validate" }).waitFor();
    expect(await loading.count()).toBe(0);
    await l.page.close();
  });

  it("says in plain words, as an alert, when a proxy blocks Office.js, with no CSP violation", async () => {
    const l = await load("taskpane.html", (page) =>
      page.route("**/office.js", (route) => route.abort("blockedbyclient")),
    );
    const alert = l.page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      "The add-in could not load Office's script. Your network may block appsforoffice.microsoft.com; ask IT to allow it.",
    );
    expect(await alert.isVisible()).toBe(true);
    expect(await l.page.getByText("Loading the Safeguarding Report panel…").count()).toBe(0);
    expect(await unexpectedCsp(l)).toEqual([]);
    // The bundles that need Office (ribbon commands, custom functions) stop at their first use of it.
    expect(l.errors.filter((e) => !/^ReferenceError: (Office|CustomFunctions) is not defined$/.test(e))).toEqual([]);
    await l.page.close();
  });

  it("loads in the preview, which installs the in-memory host after Office.onReady", async () => {
    const l = await load("preview.html?workbook=sample");
    await l.page.getByRole("tab", { name: "Validate" }).waitFor();
    const officeInfo = await l.page.evaluate(() => (window as unknown as PreviewWindow).__cscPreview.officeInfo);
    expect(officeInfo).toEqual({ host: null, platform: null, addin: null });
    expect(l.requests.map((u) => new URL(u).pathname)).toContain("/office-js/office.js");
    // The pane then runs on the in-memory host: validating the sample works as before.
    await l.page.getByRole("button", { name: "Validate workbook" }).click();
    await l.page.getByTestId("validation-summary").waitFor();
    await telemetryBlocked(l);
    expect(await unexpectedCsp(l)).toEqual([]);
    expect(l.errors).toEqual([]);
    expect(l.requests.filter((u) => !isLocal(u))).toEqual([]);
    await l.page.close();
  });
});
