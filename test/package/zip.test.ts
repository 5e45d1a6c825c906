/**
 * The package layer's ZIP over the web platform's codec (the deck's, in the browser and in
 * Node) and its own CRC-32: what the CLI's tests check over Node's zlib (test/cli/limits.test.ts,
 * package.test.ts) holds here too. Node's zlib is the independent check.
 */
import { crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import { crc32 } from "../../src/package/crc32";
import { webCodec } from "../../src/package/web-codec";
import { NotZipError, ZipArchive, writeZipAsync, type ZipEntry } from "../../src/package/zip";
import { ZipArchive as NodeZip } from "../../src/cli/xlsx/zip";
import { overlappingEntries } from "../../support/hostile-xlsx";

const text = (n: number, seed: string): Uint8Array =>
  new TextEncoder().encode(Array.from({ length: n }, (_, i) => `<c r="A${i}">${seed}${i % 97}</c>`).join(""));

const cases: [string, Uint8Array][] = [
  ["empty", new Uint8Array(0)],
  ["one byte", new Uint8Array([0x3c])],
  ["a sheet's XML", text(5000, "v")],
  ["every byte value", Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) & 0xff)],
];

describe("CRC-32", () => {
  it.each(cases)("matches zlib's for %s", (_, data) => {
    expect(crc32(data)).toBe(zlibCrc32(data));
  });
});

describe("an archive written with CompressionStream", () => {
  it.each(cases)("reads back %s with both codecs, byte for byte", async (name, data) => {
    const codec = webCodec();
    const bytes = await writeZipAsync([{ kind: "new", name: `xl/${name}.xml`, data }], codec);
    const web = new ZipArchive(bytes);
    const entry = web.entry(`XL/${name}.XML`) as ZipEntry;
    expect(await web.readAsync(entry, codec)).toEqual(data);
    const node = new NodeZip(bytes);
    expect(node.read(node.entries[0] as ZipEntry)).toEqual(data);
  });

  it("refuses a part that inflates past the size it declares, without inflating the rest", async () => {
    const data = text(20000, "bomb");
    const bytes = await writeZipAsync([{ kind: "new", name: "a.xml", data }], webCodec());
    // The central directory's uncompressed size (offset 24 of its entry) said 100 bytes, as a bomb would.
    const cd = bytes.length - 22 - (46 + "a.xml".length);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(cd + 24, 100, true);
    const zip = new ZipArchive(bytes);
    await expect(zip.readAsync(zip.entries[0] as ZipEntry, webCodec())).rejects.toThrow(
      new NotZipError("the part a.xml expands past the size it declares"),
    );
  });

  it("refuses damaged deflate data", async () => {
    const data = deflateRawSync(text(100, "x"));
    const good = await writeZipAsync([{ kind: "new", name: "a.xml", data: text(100, "x") }], webCodec());
    const zip = new ZipArchive(good);
    const e = zip.entries[0] as ZipEntry;
    good.fill(0xff, e.dataStart, e.dataStart + Math.min(8, data.length));
    await expect(zip.readAsync(e, webCodec())).rejects.toThrow(NotZipError);
  });
});

describe("entries that share their data", () => {
  it("refuses a directory whose entries point into one part's local header and data, naming both", async () => {
    const data = text(2000, "v");
    const bytes = await writeZipAsync(
      [
        { kind: "new", name: "xl/worksheets/sheet1.xml", data },
        { kind: "new", name: "xl/styles.xml", data: text(10, "s") },
      ],
      webCodec(),
    );
    expect(new ZipArchive(bytes).entries).toHaveLength(2);
    const bomb = overlappingEntries(bytes, "xl/worksheets/sheet1.xml", 3);
    expect(() => new ZipArchive(bomb)).toThrow(
      /its parts xl\/worksheets\/sheet1\.xml and xl\/media\/copy0\.bin share their data in the ZIP file/,
    );
  });
});
