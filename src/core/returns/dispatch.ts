/**
 * Which reader a file goes to, told from its first characters (never its name): an XML file by
 * its root element (EXPSSDA903 for the SSDA903 return, Message for the children in need
 * census), anything else as a CSV table (recognised later by its header row).
 */
import type { ReturnSource } from "./types";

/** The form of an input. */
export type SourceForm = "ssda903-csv" | "ssda903-xml" | "cin-xml" | "other-xml";

/** The root element's name of an XML text's start, or undefined when the text is not XML. */
function rootElement(head: string): string | undefined {
  let t = head.replace(/^\uFEFF/, "").trimStart();
  if (!t.startsWith("<")) return undefined;
  // Skip the declaration, comments, processing instructions and a doctype.
  for (;;) {
    const m = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*/.exec(t);
    if (!m) break;
    t = t.slice(m[0].length);
  }
  const root = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(t);
  return root?.[2] ?? "";
}

/** The form of an input from its start (the first few kilobytes are enough). */
export function sourceForm(head: string): SourceForm {
  const root = rootElement(head);
  if (root === undefined) return "ssda903-csv";
  if (root === "EXPSSDA903") return "ssda903-xml";
  if (root === "Message") return "cin-xml";
  return "other-xml";
}

/**
 * Reads the start of a source and gives it back whole: the head (at least `bytes` characters,
 * or all of a shorter file) and a source whose chunks begin again at the start.
 */
export async function peekSource(source: ReturnSource, chars = 4096): Promise<{ head: string; source: ReturnSource }> {
  const iterator = (
    Symbol.asyncIterator in source.chunks
      ? (source.chunks as AsyncIterable<string>)[Symbol.asyncIterator]()
      : (source.chunks as Iterable<string>)[Symbol.iterator]()
  ) as AsyncIterator<string> | Iterator<string>;
  const taken: string[] = [];
  let head = "";
  let done = false;
  while (head.length < chars) {
    const r = await iterator.next();
    if (r.done) {
      done = true;
      break;
    }
    taken.push(r.value);
    head += r.value;
  }
  async function* chunks(): AsyncGenerator<string> {
    yield* taken;
    if (done) return;
    for (;;) {
      const r = await iterator.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, source: { name: source.name, chunks: chunks() } };
}
