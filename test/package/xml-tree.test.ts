/**
 * The XML tree the deck edits parts with: what is not changed is written back as it was read,
 * and what is changed is escaped, so an edit never breaks the part.
 */
import { descendants, getAttr, parseTree, removeWhere, serializeTree, setAttr } from "../../src/package/xml-tree";
import { parseXml } from "../../src/package/xml";

describe("a part read and written unchanged", () => {
  it.each([
    [
      "a declaration and prefixes",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld xmlns:p="urn:p"><p:cSld/></p:sld>',
    ],
    ["an empty element written long", "<c:v></c:v>"],
    ["escaped text and attributes", '<a t="&lt;&amp;&quot;">x &lt; y &amp; z</a>'],
    ["a comment and mixed content", "<r><!-- note --><a>1</a> and <b>2</b></r>"],
    ["attribute order", '<e z="1" a="2" m="3"/>'],
  ])("%s", (_, xml) => {
    expect(serializeTree(parseTree(xml))).toBe(xml);
  });

  it("turns CDATA into escaped text of the same content", () => {
    const out = serializeTree(parseTree("<a><![CDATA[1 < 2 & 3]]></a>"));
    expect(parseXml(out).text).toBe("1 < 2 & 3");
  });
});

describe("editing", () => {
  it("sets attributes in place or last, escaping their values", () => {
    const doc = parseTree('<r><e id="9" name="n"/></r>');
    const [e] = descendants(doc, "e");
    if (!e) throw new Error("no e");
    setAttr(e, "id", "1");
    setAttr(e, "descr", 'Chart of "A" & <B>');
    expect(serializeTree(doc)).toBe('<r><e id="1" name="n" descr="Chart of &quot;A&quot; &amp; &lt;B&gt;"/></r>');
    expect(getAttr(parseXmlTree(serializeTree(doc)), "descr")).toBe('Chart of "A" & <B>');
  });

  it("removes elements wherever they are", () => {
    const doc = parseTree('<a><pt i="0"/><b><pt i="1"/></b><pt i="2"/></a>');
    removeWhere(doc, (el) => el.local === "pt" && getAttr(el, "i") !== "2");
    expect(serializeTree(doc)).toBe('<a><b></b><pt i="2"/></a>');
  });

  it("refuses a part whose tags do not nest", () => {
    expect(() => parseTree("<a><b></a></b>")).toThrow(/closes a/);
    expect(() => parseTree("<a><b>")).toThrow(/open/);
  });
});

function parseXmlTree(xml: string) {
  const [e] = descendants(parseTree(xml), "e");
  if (!e) throw new Error("no e");
  return e;
}
