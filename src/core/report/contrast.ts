/**
 * Colour contrast as WCAG 2.2 defines it (SC 1.4.3 text 4.5:1, SC 1.4.11 graphical
 * objects 3:1): relative luminance of sRGB colours and the ratio (L1 + 0.05) / (L2 + 0.05).
 */

/** Relative luminance of "#RRGGBB" (WCAG 2.2 definition; 0 for black, 1 for white). */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new RangeError(`"${hex}" is not a #RRGGBB colour`);
  const n = parseInt(m[1] ?? "0", 16);
  const channel = (c: number): number => {
    const s = c / 255;
    // WCAG 2.x gives 0.03928; the sRGB standard's 0.04045 changes no 8-bit value's result.
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Contrast ratio of two "#RRGGBB" colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Series colours, in order: each has >= 4.5:1 against white (above the 3:1 SC 1.4.11 asks
 * of chart marks, so the same colours serve as text). Dark blue, orange-brown, green, purple.
 */
export const SERIES_COLOURS = ["#1F4E79", "#A04000", "#2E7D32", "#6A1B9A"] as const;

/**
 * Column fills, in series order: the first as dark as its colour, the next light, so that
 * neighbouring columns differ by lightness (3:1 and more between them, WCAG 2.2 SC 1.4.11 for
 * adjacent graphical objects) and not by hue alone (SC 1.4.1); a light fill is outlined in its
 * series colour, which keeps 3:1 against the white background.
 */
export const COLUMN_FILLS = ["#1F4E79", "#F4B183", "#1B5E20", "#D7BDE2"] as const;

/** Text and axis colour of the report (near-black on white, 4.5:1 and more). */
export const TEXT_COLOUR = "#1A1A1A";
