/**
 * Turns whatever an adapter call threw into a sentence for the pane's MessageBar, so a
 * failure is never only a console.error the user cannot see.
 */

/** A readable message for a thrown value; keeps Office's error code when there is one. */
export function errorText(e: unknown): string {
  if (e instanceof Error || (typeof e === "object" && e !== null && "message" in e)) {
    const rec = e as { message?: unknown; code?: unknown };
    const message =
      typeof rec.message === "string" && rec.message.trim() !== "" ? rec.message.trim() : "Something went wrong.";
    const code = typeof rec.code === "string" && rec.code !== "" && !message.includes(rec.code) ? ` (${rec.code})` : "";
    return `${message}${code}`;
  }
  if (typeof e === "string" && e.trim() !== "") return e;
  return "Something went wrong.";
}
