/**
 * What goes with a replaced sheet: the parts only it reached through relationships (its
 * drawings, charts, tables, comments), and its entries in the calculation chain. Parts no
 * relationship reached before the edit are left as they are.
 */
import type { XlsxPackage } from "./package";
import { relsPartOf } from "./package";
import { applyEdits, attributes, scanXml, type TextEdit } from "../../package/xml";

/**
 * The parts reachable from the package root through relationships, given each .rels part's text
 * and which parts exist (by default the package's; an edit adds the parts it writes).
 */
export function reachable(
  pkg: XlsxPackage,
  relsText: (relsPart: string) => string | undefined,
  exists: (part: string) => boolean = (p) => pkg.has(p),
): Set<string> {
  const seen = new Set<string>();
  const queue = [""];
  while (queue.length) {
    const part = queue.pop() ?? "";
    const rels = part === "" ? "_rels/.rels" : relsPartOf(part);
    const text = relsText(rels.toLowerCase());
    if (text === undefined) continue;
    scanXml(text, (t) => {
      if (t.closing || t.local !== "Relationship") return;
      const a = attributes(t.attrText);
      if (a.get("TargetMode") === "External") return;
      const target = pkg.resolve(part, a.get("Target") ?? "").toLowerCase();
      if (!seen.has(target) && exists(target)) {
        seen.add(target);
        queue.push(target);
      }
    });
  }
  return seen;
}

/**
 * The calculation chain (§18.6.2) without the entries of sheet `sheetId`, or undefined when no
 * entry is left. An entry without `i` is on the sheet of the entry before it.
 */
export function calcChainWithout(text: string, sheetId: number): string | undefined {
  const edits: TextEdit[] = [];
  let current = "";
  let kept = 0;
  scanXml(text, (t) => {
    if (t.closing || t.local !== "c") return;
    current = attributes(t.attrText).get("i") ?? current;
    if (current === String(sheetId)) edits.push({ start: t.start, end: t.end, text: "" });
    else kept++;
  });
  return kept ? applyEdits(text, edits) : undefined;
}
