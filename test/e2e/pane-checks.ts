/**
 * Checks of one state of the task pane, for the e2e walk: aria references that resolve, message
 * bars whose title does not run into their text, and reflow at several pane sizes (the pane's
 * on-screen width and its zoom, applied to the preview's pane as PreviewApp does for ?pane= and
 * ?panezoom=: CSS zoom with the width divided, so the content lays out in width/zoom CSS px).
 */
import type { Page } from "playwright-core";

/** A pane size: its width on screen and the zoom it is shown at. */
export interface Size {
  readonly width: number;
  readonly zoom: number;
}

/** Every aria-describedby / aria-labelledby / aria-controls id in the pane that names nothing. */
function danglingReferences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const pane = document.getElementById("taskpane");
    for (const el of Array.from(pane?.querySelectorAll("[aria-describedby], [aria-labelledby]") ?? [])) {
      for (const attr of ["aria-describedby", "aria-labelledby"]) {
        for (const id of (el.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id)) {
            const what = `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 30)}"`;
            out.push(`${attr}="${el.getAttribute(attr)}" on ${what} names no element (${id})`);
          }
        }
      }
    }
    return out;
  });
}

/** Message bars whose title runs straight into the text after it ("DoneReport for ..."). */
function runTogetherTitles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const title of Array.from(document.querySelectorAll("#taskpane .fui-MessageBarTitle"))) {
      const body = title.closest(".fui-MessageBarBody");
      const text = body?.textContent ?? "";
      const t = title.textContent ?? "";
      const after = text.slice(text.indexOf(t) + t.length);
      if (after !== "" && !/^[\s.:!?,;]/.test(after) && !/[.:!?]$/.test(t)) {
        out.push(`"${t}" runs into "${after.slice(0, 30)}"`);
      }
    }
    return out;
  });
}

/** Reflow problems of the pane as it is now laid out. */
function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.getElementById("taskpane") as HTMLElement;
    const box = pane.getBoundingClientRect();
    const out: string[] = [];
    if (pane.scrollWidth > pane.clientWidth + 1) {
      out.push(`the pane scrolls sideways (${pane.scrollWidth} > ${pane.clientWidth})`);
    }
    const name = (el: Element): string =>
      `<${el.tagName.toLowerCase()}> "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    for (const el of Array.from(pane.querySelectorAll<HTMLElement>("*"))) {
      if (el.closest("[hidden]") || el.getClientRects().length === 0) continue;
      if (el.hasAttribute("data-tabster-dummy") || el.hasAttribute("data-is-focus-trap-zone-bumper")) continue;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      // Visually hidden text, for screen readers only.
      const tiny = cs.position === "absolute" && el.offsetWidth <= 1;
      if (r.width <= 1 || r.height <= 1 || tiny || (cs.clipPath !== "none" && cs.position === "absolute")) continue;
      if (cs.visibility === "hidden" || cs.opacity === "0") continue;
      // Inside a region that scrolls on purpose (a wide table the officer scrolls) is fine.
      const scroller = el.parentElement?.closest<HTMLElement>("[data-scrolls], [role=region][tabindex]");
      if (scroller && scroller !== pane && pane.contains(scroller)) continue;
      if (r.right > box.right + 1 || r.left < box.left - 1) {
        out.push(`${name(el)} reaches ${Math.round(r.right - box.right)} px past the pane`);
        continue;
      }
      // Text cut by its own box: a box that hides what overflows it, holding more than it shows.
      const clips = /hidden|clip/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
      if (clips && (el.textContent ?? "").trim() !== "" && el.tagName !== "SELECT") {
        out.push(`${name(el)} cuts its text (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return [...new Set(out)];
  });
}

/** Sets the preview's pane to `size` and waits for the layout to settle. */
async function resize(page: Page, size: Size): Promise<void> {
  await page.evaluate(({ width, zoom }) => {
    const pane = document.getElementById("taskpane") as HTMLElement;
    pane.style.width = `${width / zoom}px`;
    pane.style.setProperty("zoom", String(zoom));
  }, size);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Checks the state shown now: references and titles once, reflow at each size, then puts the
 * pane back as it was. Returns the problems, each prefixed with `label` (and the size).
 */
export async function checkState(page: Page, label: string, sizes: readonly Size[]): Promise<string[]> {
  const problems = [...(await danglingReferences(page)), ...(await runTogetherTitles(page))].map(
    (p) => `${label}: ${p}`,
  );
  const before = await page.evaluate(() => {
    const pane = document.getElementById("taskpane") as HTMLElement;
    return { width: pane.style.width, zoom: pane.style.getPropertyValue("zoom") };
  });
  for (const size of sizes) {
    await resize(page, size);
    const at = `${label} at ${size.width} px${size.zoom === 1 ? "" : ` and ${size.zoom * 100}%`}`;
    problems.push(...(await reflowProblems(page)).map((p) => `${at}: ${p}`));
  }
  await page.evaluate((b) => {
    const pane = document.getElementById("taskpane") as HTMLElement;
    pane.style.width = b.width;
    pane.style.setProperty("zoom", b.zoom);
  }, before);
  return problems;
}
