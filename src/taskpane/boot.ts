/**
 * The pane's first script, loaded before Office.js (taskpane.html's head). Some councils' web
 * proxies block appsforoffice.microsoft.com; the pane would then stay blank with no word of why.
 * This script watches Office.js's script element: if it fails to load, or has not defined
 * `Office` once the page is parsed, the static loading message in taskpane.html becomes a
 * message an officer can pass to IT. An external file, since the page's Content-Security-Policy
 * allows no inline script (nor inline event handlers such as onerror="...").
 * It uses no Office.js and no framework: it must run when neither is there.
 */

/** The words shown when Office's script cannot load. */
const OFFICE_JS_FAILED =
  "The add-in could not load Office's script. Your network may block appsforoffice.microsoft.com; ask IT to allow it.";

/** Replaces the loading message with the failure, as an alert so screen readers say it at once. */
function showFailure(): void {
  const el = document.getElementById("csc-loading");
  if (!el) return; // the pane has already mounted
  el.setAttribute("role", "alert");
  el.textContent = OFFICE_JS_FAILED;
}

function isOfficeScript(target: EventTarget | null): boolean {
  return target instanceof HTMLScriptElement && /(^|\/)office\.js(\?|$)/i.test(target.src);
}

// A script's load error does not bubble: it is only seen by a listener in the capture phase.
window.addEventListener(
  "error",
  (e) => {
    if (isOfficeScript(e.target)) {
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showFailure);
      else showFailure();
    }
  },
  true,
);

// Office.js is a blocking script in the head: by the time the body is parsed it has run or failed.
document.addEventListener("DOMContentLoaded", () => {
  if (!("Office" in window)) showFailure();
});
export {};
