/**
 * A short, stable fingerprint of a grid of cell values (FNV-1a, 32-bit, over a canonical
 * text form). The add-in stores the fingerprint of the report sheet it wrote, so a later
 * refresh can tell its own sheet from one edited by hand. Not a security measure.
 */
export function fingerprintValues(values: readonly (readonly unknown[])[]): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  for (const row of values) {
    for (const v of row) feed(v === null || v === undefined ? "\u0001" : `${typeof v}:${String(v)}\u0002`);
    feed("\u0003");
  }
  return h.toString(16).padStart(8, "0");
}
