/**
 * The chunked tag scanner over a part with a run of text longer than its look-ahead (a
 * 600-million-character cell would otherwise be decoded as one string, past what V8 holds):
 * the run reaches the sink in pieces, whole and in order, never cut inside a UTF-8 sequence;
 * a tag that long is refused with a message naming the part.
 */
import { scanTagsBytes } from "../../src/package/xml";

const enc = new TextEncoder();

it("hands a 40 MB run of text to the sink in pieces, whole, multi-byte characters intact", () => {
  // "é" is two bytes: a cut at an arbitrary byte would split one.
  const run = "é".repeat(20 * 1024 * 1024);
  const bytes = enc.encode(`<sst><si><t>${run}</t></si><si><t>after</t></si></sst>`);
  const texts: string[] = [];
  let pieces = 0;
  let inT = false;
  let current = "";
  scanTagsBytes(
    bytes,
    {
      open(local) {
        if (local === "t") inT = true;
      },
      close(local) {
        if (local === "t") {
          inT = false;
          texts.push(current);
          current = "";
        }
      },
      chars(text, start, end) {
        if (!inT) return;
        pieces++;
        current += text.slice(start, end);
      },
    },
    "xl/sharedStrings.xml",
  );
  expect(pieces).toBeGreaterThan(1);
  expect(texts).toHaveLength(2);
  expect(texts[0]?.length).toBe(run.length);
  expect(texts[0] === run).toBe(true);
  expect(texts[1]).toBe("after");
});

it("refuses a tag longer than 16 MB, naming the part", () => {
  const bytes = enc.encode(`<sst><si a="${"x".repeat(40 * 1024 * 1024)}"/></sst>`);
  const sink = { open: () => undefined, close: () => undefined, chars: () => undefined };
  expect(() => scanTagsBytes(bytes, sink, "xl/sharedStrings.xml")).toThrow(
    "xl/sharedStrings.xml holds an XML tag longer than 16 MB: the file is damaged",
  );
});
