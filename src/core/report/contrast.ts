/**
 * Colour contrast as WCAG 2.2 defines it (SC 1.4.3 text 4.5:1, SC 1.4.11 graphical
 * objects 3:1): relative luminance of sRGB colours and the ratio (L1 + 0.05) / (L2 + 0.05).
 * The colours it is checked against are the theme's (theme.ts).
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
