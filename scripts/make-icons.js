/**
 * Draws the add-in's icons (assets/icon-16/32/64/80/128.png) without an image library:
 * a dark teal rounded square with a white shield holding three rising bars, the
 * "safeguarding + performance figures" idea, rasterised with 4x4 supersampling and written
 * as PNG with Node's zlib. Run once after changing the drawing: `node scripts/make-icons.js`.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const TEAL = [0, 95, 115]; // #005F73: 7.4:1 against white
const WHITE = [255, 255, 255];

/** Coverage of the shapes at a point in the unit square: returns [r,g,b,a]. */
function shade(x, y) {
  // Rounded square background.
  const r = 0.18;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  // Shield: top edge y=0.14, sides to y=0.55, then a curve to the tip at y=0.9.
  const cx = 0.5;
  const half = 0.32;
  let inShield = false;
  if (y >= 0.14 && y <= 0.9) {
    const w = y <= 0.55 ? half : half * Math.sqrt(Math.max(0, 1 - ((y - 0.55) / 0.35) ** 2));
    inShield = Math.abs(x - cx) <= w;
  }
  if (!inShield) return TEAL;
  // Three rising bars inside the shield, in teal.
  const bars = [
    [0.3, 0.42, 0.6],
    [0.45, 0.57, 0.45],
    [0.6, 0.72, 0.3],
  ];
  for (const [x0, x1, top] of bars) {
    if (x >= x0 && x <= x1 && y >= top && y <= 0.72) return TEAL;
  }
  return WHITE;
}

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size));
}
console.log("icons written to assets/");
