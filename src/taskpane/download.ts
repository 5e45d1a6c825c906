/**
 * Saving files from the pane (a chart's PNG, the HTML report, the slides), and whether this Office can.
 *
 * In a browser (Office on the web) a file is saved through a Blob URL and a temporary
 * anchor with `download`: no data URL in the DOM, and the URL is revoked once the click has
 * been handled. Desktop Office shows the pane in an embedded webview instead, WebView2 on
 * Windows and WKWebView on Mac ("Browsers and webview controls used by Office Add-ins",
 * learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins), and
 * there a download cannot be relied on. Microsoft says so where it offers the way out,
 * Office.context.ui.openBrowserWindow, for "tasks that cannot always be done in the sandboxed
 * webview control within the add-in itself; for example, downloading a PDF file when the
 * webview control is provided by Microsoft Edge" (learn.microsoft.com/javascript/api/
 * requirement-sets/common/open-browser-window-api-requirement-sets). The office-js issues
 * agree: on Mac, WKWebView does not download, closed as by design (office-js #2700, #3); on
 * Windows a download that works in Office on the web opens a blank window (office-js #1145)
 * and Blob downloads broke with the Edge webview (office-js #1511, #1006).
 *
 * Why not openBrowserWindow: it hands a URL to the default browser, which cannot resolve a
 * Blob URL made inside the webview (office-js #3848, #503: "There is no application set to
 * open URL blob:"), and giving it a URL it can fetch would mean uploading the children's
 * figures to a server, which this add-in never does. So on desktop the pane shows the file
 * itself: the chart as an image, the HTML report as text to copy (see ChartSave.tsx and
 * HtmlReportSave.tsx).
 */
import { officePlatform } from "../excel";

/** How the pane saves a file here: the browser's download, or shown in the pane to copy. */
export type SaveRoute = "download" | "in-pane";

/**
 * The route for this Office: a download in Office on the web (the platform is "OfficeOnline"),
 * the pane everywhere else, and the pane when the platform is unknown (never a download that
 * silently does nothing).
 */
export function saveRoute(): SaveRoute {
  return officePlatform() === "OfficeOnline" ? "download" : "in-pane";
}

/** Decodes base64 into bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/^data:[^,]*,/, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file name safe on every OS: letters, digits, dashes and underscores. */
export function safeFileName(name: string, ext: string): string {
  const base = name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "chart";
  return `${base}.${ext}`;
}

/** Starts the browser's download of a PNG given as base64. */
export function downloadPng(base64: string, name: string): void {
  downloadBlob(new Blob([base64ToBytes(base64)], { type: "image/png" }), safeFileName(name, "png"));
}

/** Starts the browser's download of an HTML document. */
export function downloadHtml(html: string, name: string): void {
  downloadBlob(new Blob([html], { type: "text/html;charset=utf-8" }), safeFileName(name, "html"));
}

/** Starts the browser's download of a file's bytes under `fileName`, with its media type. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  // A copy into a fresh ArrayBuffer: Blob takes no view onto a SharedArrayBuffer.
  downloadBlob(new Blob([new Uint8Array(bytes)], { type }), fileName);
}

/** Starts the browser's download of a Blob under `fileName`. */
function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
