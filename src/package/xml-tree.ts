/**
 * A part as a tree of nodes to change and write back, for the edits a writer makes to another
 * writer's XML (the deck's finishing of pptxgenjs's parts): parsed with xml.ts's tokenizer,
 * changed as elements and attributes, serialised with the escapes. Whatever is not changed is
 * written back as it was read: element and attribute order, prefixes, the XML declaration,
 * comments, and whether an empty element was written `<a/>` or `<a></a>`.
 */
import { attributes, escapeXml, scanXml, unescapeXml } from "./xml";

/** An element: qualified name, attributes in source order (unescaped), children. */
export interface XNode {
  readonly kind: "element";
  /** The qualified name as written ("c:ser"). */
  readonly qname: string;
  /** The local name ("ser"). */
  readonly local: string;
  attrs: [string, string][];
  children: XChild[];
  /** Written `<a/>` when it has no children; otherwise `<a></a>`. */
  readonly selfClosing: boolean;
}

/** Character data (unescaped), or a comment / processing instruction kept as written. */
export type XChild = XNode | { readonly kind: "text"; text: string } | { readonly kind: "raw"; readonly text: string };

/** A parsed part: its top-level nodes (declaration, comments, the root element). */
export interface XDocument {
  readonly nodes: XChild[];
}

/** Parses `text` into a tree. @throws when a tag is left open or closed twice. */
export function parseTree(text: string): XDocument {
  const top: XChild[] = [];
  const stack: XNode[] = [];
  const into = (): XChild[] => stack[stack.length - 1]?.children ?? top;
  scanXml(
    text,
    (t) => {
      if (t.closing) {
        if (stack.pop()?.qname !== t.qname) throw new Error(`the XML closes ${t.qname} where it is not open`);
        return;
      }
      const el: XNode = {
        kind: "element",
        qname: t.qname,
        local: t.local,
        attrs: [...attributes(t.attrText)],
        children: [],
        selfClosing: t.selfClosing,
      };
      into().push(el);
      if (!t.selfClosing) stack.push(el);
    },
    (raw) => into().push({ kind: "text", text: unescapeXml(raw) }),
    (raw) => into().push({ kind: "raw", text: raw }),
  );
  if (stack.length) throw new Error(`the XML leaves ${stack[stack.length - 1]?.qname ?? ""} open`);
  return { nodes: top };
}

function write(node: XChild): string {
  if (node.kind === "text") return escapeXml(node.text);
  if (node.kind === "raw") return node.text;
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
  if (!node.children.length && node.selfClosing) return `<${node.qname}${attrs}/>`;
  return `<${node.qname}${attrs}>${node.children.map(write).join("")}</${node.qname}>`;
}

/** The document as XML text. */
export function serializeTree(doc: XDocument): string {
  return doc.nodes.map(write).join("");
}

/** The child elements of `el`. */
export function elementsOf(el: XNode): XNode[] {
  return el.children.filter((c): c is XNode => c.kind === "element");
}

/** Every element with local name `local` in the document or under `el`, in document order. */
export function descendants(from: XDocument | XNode, local: string): XNode[] {
  const out: XNode[] = [];
  const visit = (nodes: readonly XChild[]) => {
    for (const n of nodes) {
      if (n.kind !== "element") continue;
      if (n.local === local) out.push(n);
      visit(n.children);
    }
  };
  visit("nodes" in from ? from.nodes : from.children);
  return out;
}

/** The value of attribute `name` (qualified, as written), or undefined. */
export function getAttr(el: XNode, name: string): string | undefined {
  return el.attrs.find(([k]) => k === name)?.[1];
}

/** The value of the attribute with local name `local` under any prefix but xmlns ("r:id"). */
export function getPrefixedAttr(el: XNode, local: string): string | undefined {
  return el.attrs.find(([k]) => k.endsWith(`:${local}`) && !k.startsWith("xmlns:"))?.[1];
}

/** Sets attribute `name`: in its place when present, else last. */
export function setAttr(el: XNode, name: string, value: string): void {
  const at = el.attrs.findIndex(([k]) => k === name);
  if (at < 0) el.attrs.push([name, value]);
  else el.attrs[at] = [name, value];
}

/** The text content of `el` (all its character data, descendants' included). */
export function textOf(el: XNode): string {
  return el.children.map((c) => (c.kind === "text" ? c.text : c.kind === "element" ? textOf(c) : "")).join("");
}

/** Removes the elements for which `drop` holds, wherever they are in the document. */
export function removeWhere(doc: XDocument, drop: (el: XNode) => boolean): void {
  const prune = (nodes: XChild[]): XChild[] =>
    nodes.filter((n) => {
      if (n.kind !== "element") return true;
      if (drop(n)) return false;
      n.children = prune(n.children);
      return true;
    });
  doc.nodes.splice(0, doc.nodes.length, ...prune(doc.nodes));
}
