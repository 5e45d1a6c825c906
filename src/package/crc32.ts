/**
 * CRC-32 as ZIP stores it (APPNOTE.TXT §4.4.7: the ISO 3309 / ITU-T V.42 polynomial
 * 0xEDB88320, reflected, initial and final value 0xFFFFFFFF), for hosts whose codec has none
 * of its own (the web platform's CompressionStream computes none it would hand out).
 */

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** The CRC-32 of `data`, as an unsigned 32-bit number. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (TABLE[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
