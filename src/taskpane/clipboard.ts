/**
 * Copying from the pane. The asynchronous Clipboard API needs the host's permission, which an
 * embedded webview or Office on the web's iframe may not grant (MDN, "Clipboard API":
 * developer.mozilla.org/docs/Web/API/Clipboard_API, security considerations), so every copy
 * has a way round: the text is selected for the officer to copy with the keyboard.
 */

import { base64ToBytes } from "./download";

/** What a copy achieved: on the clipboard, or selected for Ctrl+C. */
export type CopyOutcome = "copied" | "selected";

/** Copies `text`; where the clipboard is refused, selects it in `field` instead. */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<CopyOutcome> {
  try {
    if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return "copied";
    }
  } catch {
    // Refused (no permission, or not a user gesture here): select instead.
  }
  field?.focus();
  field?.select();
  return "selected";
}

/** Copies a PNG (base64) as an image; false where the clipboard does not take images. */
export async function copyPng(base64: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write) return false;
    const blob = new Blob([base64ToBytes(base64)], { type: "image/png" });
    await navigator.clipboard.write([new ClipboardItem({ "image/png": blob })]);
    return true;
  } catch {
    return false;
  }
}
