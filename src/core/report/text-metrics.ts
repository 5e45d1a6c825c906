/**
 * How wide a line of chart text is, without a browser to measure it: the advance widths of
 * Helvetica/Arial (Adobe's Helvetica AFM, which Arial matches metric for metric), in
 * thousandths of an em, for printable ASCII. The charts name Segoe UI first, a little wider,
 * so estimates carry a 6% margin; bold is taken as 8% wider still. Characters outside the table
 * (curly quotes, en dashes, accented letters) count as a digit's width, wide CJK as a full em.
 * https://www.adobe.com/devnet/font.html (Core14 AFM files), Helvetica.afm
 */

const ASCII: readonly number[] = [
  // space ! " # $ % & ' ( ) * + , - . /
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  // 0-9 : ; < = > ? @
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015,
  // A-Z
  667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
  667, 667, 611,
  // [ \ ] ^ _ `
  278, 278, 278, 469, 556, 333,
  // a-z
  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
  500, 500, 500,
  // { | } ~
  334, 260, 334, 584,
];

/** Margin over Helvetica for the charts' first font (Segoe UI), and for bold. */
const MARGIN = 1.06;
const BOLD = 1.08;

/** The estimated width, in px, of `text` set at `fontPx` (bold when asked). */
export function textWidth(text: string, fontPx: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    units += c >= 32 && c <= 126 ? (ASCII[c - 32] ?? 556) : c >= 0x2e80 ? 1000 : 556;
  }
  return (units / 1000) * fontPx * MARGIN * (bold ? BOLD : 1);
}

/**
 * Breaks `text` into lines no wider than `maxPx` at spaces (a word longer than the line stands
 * alone; the caller shrinks the font for it). Never splits a word.
 */
export function wrapText(text: string, fontPx: number, maxPx: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontPx, bold) > maxPx) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The largest font size from `fontPx` down to `minPx` at which `text` fits `maxPx` in at most
 * `maxLines` lines, with those lines; at `minPx` the lines as they fall.
 */
export function fitText(
  text: string,
  fontPx: number,
  minPx: number,
  maxPx: number,
  maxLines: number,
  bold = false,
): { readonly fontPx: number; readonly lines: readonly string[] } {
  for (let size = fontPx; size >= minPx; size -= 0.5) {
    const lines = wrapText(text, size, maxPx, bold);
    if (lines.length <= maxLines && lines.every((l) => textWidth(l, size, bold) <= maxPx))
      return { fontPx: size, lines };
  }
  return { fontPx: minPx, lines: wrapText(text, minPx, maxPx, bold) };
}
