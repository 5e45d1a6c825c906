/**
 * When the report is regenerated, the replaced report's own cell formats that the new report no
 * longer uses would stay in the styles part for ever. They can go only where that is safe: a
 * cell points at a cell format by its index (`<c s>`, `<row s>`, `<col style>`, ECMA-376 Part 1
 * §18.3.1.4, §18.3.1.73, §18.3.1.13), a cell format at its font, fill and border by theirs
 * (§18.8.45 xf), and the other sheets are copied byte for byte, so removing an entry in the middle
 * of a list would move every later index under the officer's cells. So only entries at the END
 * of each list that nothing points at are removed: cell formats no cell of any sheet uses, then
 * fonts, fills and borders no remaining cell format and no cell style format (`cellStyleXfs`)
 * uses. Differential formats (`dxfs`, what conditional formats and tables point at) and number
 * formats are never touched, and nor is index 0 of any list or the two fills Excel reserves
 * (§18.8.21: fills 0 and 1).
 */
import { applyEdits, child, children, type TextEdit, type XmlElement } from "../../package/xml";

/** Every `s` and `style` attribute's number in a sheet part: the cell formats it may use. */
const STYLE_ATTR = /\s(?:s|style)\s*=\s*["']\s*(\d+)\s*["']/g;

/**
 * Adds to `into` the cell format indexes a sheet part's XML refers to. Deliberately broad (any
 * element's `s` or `style`): an index taken for used when it is not only keeps an entry.
 */
export function collectStyleRefs(xml: string, into: Set<number>): void {
  for (const m of xml.matchAll(STYLE_ATTR)) into.add(Number(m[1]));
}

/** How many of `count` entries stay: down to the last one `used`, never below `min`. */
function kept(count: number, used: ReadonlySet<number>, min: number): number {
  let n = count;
  while (n > min && !used.has(n - 1)) n--;
  return n;
}

/** The index an xf attribute gives (0 when absent, as §18.8.45's defaults). */
const idOf = (xf: XmlElement, name: string) => Number(xf.attrs.get(name) ?? 0);

/**
 * The styles part without its unused trailing cell formats, fonts, fills and borders (see the
 * file comment). `usedXfs` must hold every cell format index any sheet of the workbook uses.
 * @returns the text unchanged when nothing can go.
 */
export function trimUnusedStyles(text: string, usedXfs: ReadonlySet<number>, parse: (s: string) => XmlElement): string {
  const root = parse(text);
  const edits: TextEdit[] = [];
  const cut = (container: XmlElement | undefined, items: readonly XmlElement[], keep: number) => {
    if (!container || keep >= items.length) return;
    const first = items[keep];
    if (!first) return;
    edits.push({ start: first.open.start, end: container.close.start, text: "" });
    const open = text.slice(container.open.start, container.open.end);
    const counted = open.replace(/(\scount\s*=\s*)["'][^"']*["']/, `$1"${keep}"`);
    if (counted !== open) edits.push({ start: container.open.start, end: container.open.end, text: counted });
  };
  const cellXfs = child(root, "cellXfs");
  const xfs = children(cellXfs, "xf");
  const keepXfs = kept(xfs.length, usedXfs, 1);
  cut(cellXfs, xfs, keepXfs);
  const referring = [...xfs.slice(0, keepXfs), ...children(child(root, "cellStyleXfs"), "xf")];
  for (const [kind, item, attr, min] of [
    ["fonts", "font", "fontId", 1],
    ["fills", "fill", "fillId", 2],
    ["borders", "border", "borderId", 1],
  ] as const) {
    const container = child(root, kind);
    const items = children(container, item);
    const used = new Set(referring.map((xf) => idOf(xf, attr)));
    cut(container, items, kept(items.length, used, min));
  }
  return edits.length ? applyEdits(text, edits) : text;
}

/** A package as the trim needs it (src/cli/xlsx/package.ts's XlsxPackage). */
interface SheetSource {
  readonly zip: { readonly entries: readonly { readonly name: string }[] };
  has(part: string): boolean;
  text(part: string): string;
  contentType(part: string): string;
}

/** Content types of parts that hold cells: worksheets, macro sheets and dialog sheets (ECMA-376 Part 1 §12.3.24). */
const CELL_PART = /(worksheet|macrosheet|dialogsheet)\+xml$/i;

/**
 * The cell formats every sheet of the workbook uses once the report sheet's part `replaced` holds
 * `reportXml`: the other sheets' parts (by the workbook's list and by content type, so a part
 * listed either way is read) and the new report. Undefined when a listed sheet's part cannot be
 * read: then nothing may be trimmed.
 */
export function usedCellFormats(
  pkg: SheetSource,
  sheets: readonly { readonly part: string | undefined; readonly kind: string }[],
  replaced: string,
  reportXml: string,
): Set<number> | undefined {
  const used = new Set<number>();
  collectStyleRefs(reportXml, used);
  const parts = new Set<string>();
  for (const s of sheets) {
    if (s.kind === "chartsheet") continue; // no cells
    if (s.part === undefined || !pkg.has(s.part)) return undefined;
    parts.add(s.part.toLowerCase());
  }
  for (const e of pkg.zip.entries) if (CELL_PART.test(pkg.contentType(e.name))) parts.add(e.name.toLowerCase());
  parts.delete(replaced.toLowerCase());
  for (const part of parts) collectStyleRefs(pkg.text(part), used);
  return used;
}
