/**
 * Saves a base64 PNG (from exportChartImage) as a file, through a Blob URL and a temporary
 * anchor: no data URL in the DOM, and the URL is revoked once the click has been handled.
 */

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
  const blob = new Blob([base64ToBytes(base64)], { type: "image/png" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = safeFileName(name, "png");
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
