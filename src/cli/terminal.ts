/**
 * Text from a workbook (sheet names, table names, cell values) and from the command line
 * (file names) reaches the terminal in csc-report's messages. A cell holding an escape
 * sequence could clear the screen, retitle the window or hide a line; a line break could
 * fake a message; a bidirectional override could show text in another order than it is
 * (the "Trojan Source" attack, CVE-2021-42574). So every line is escaped on its way out.
 */

/**
 * What is escaped: C0 controls (ESC, CR, LF, TAB, BEL...), DEL, C1 controls (U+0080-009F,
 * which some terminals read as CSI), the bidirectional embeddings, overrides and isolates
 * (U+202A-202E, U+2066-2069) and the line and paragraph separators (U+2028, U+2029).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

const hex = (c: string): string => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * One line as it may go to a terminal: each unsafe character written as a visible escape
 * (`\n`, `\r`, `\t`, else `\u001B`), so the text is still all there to read.
 *
 * A `--json` line stays valid JSON with the same values: JSON.stringify already writes C0
 * controls as escapes, and the rest (C1, bidi controls, U+2028/9) can only stand inside
 * strings, where `\u202E` reads back as the same character. Escaping bidi controls in JSON
 * too is deliberate: the JSON is as likely to be read on a terminal as by a program.
 */
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, (c) => SHORT[c] ?? hex(c));
}
