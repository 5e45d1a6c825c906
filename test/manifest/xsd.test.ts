import * as fs from "fs";
import * as path from "path";
import { validateManifestXsd } from "../../scripts/manifest-xsd";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The schema errors of a mutated manifest, joined; the mutation must have changed something. */
async function errorsOf(mutate: (xml: string) => string): Promise<string> {
  const mutated = mutate(MANIFEST);
  expect(mutated).not.toBe(MANIFEST);
  return (await validateManifestXsd(mutated)).join("\n");
}

describe("manifest.xml against Microsoft's XSD schemas (schemas/manifest)", () => {
  it("is valid as committed", async () => {
    expect(await validateManifestXsd(MANIFEST)).toEqual([]);
  });

  it("accepts an ExcelApi requirement beside SharedRuntime", async () => {
    const xml = MANIFEST.replace(
      '<Set Name="SharedRuntime" MinVersion="1.1"/>',
      '<Set Name="SharedRuntime" MinVersion="1.1"/>\n      <Set Name="ExcelApi" MinVersion="1.12"/>',
    );
    expect(xml).not.toBe(MANIFEST);
    expect(await validateManifestXsd(xml)).toEqual([]);
  });

  // Each mutation is something Office's installer refuses; the schema must catch every one.
  it.each<[string, (xml: string) => string, RegExp]>([
    [
      "a 251-character Description (LongString allows 250)",
      (x) => x.replace(/<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${"a".repeat(251)}"`),
      /Description.*length of '251'.*maximum length of '250'/,
    ],
    [
      "a 126-character ribbon label (ShortString allows 125)",
      (x) =>
        x.replace(
          'id="Validate.Label" DefaultValue="Validate workbook"',
          `id="Validate.Label" DefaultValue="${"v".repeat(126)}"`,
        ),
      /length of '126'.*maximum length of '125'/,
    ],
    [
      "a resid of 33 characters (at most 32)",
      (x) => x.replaceAll('"Validate.Tooltip"', `"${"Validate.Tooltip.".padEnd(33, "x")}"`),
      /'resid'.*length of '33'.*maximum length of '32'/,
    ],
    [
      "elements out of order (<DisplayName> before <DefaultLocale>)",
      (x) =>
        x.replace(
          '<DefaultLocale>en-GB</DefaultLocale>\n  <DisplayName DefaultValue="Safeguarding Report"/>',
          '<DisplayName DefaultValue="Safeguarding Report"/>\n  <DefaultLocale>en-GB</DefaultLocale>',
        ),
      /DisplayName.*not expected/,
    ],
    [
      "<Runtimes> after <AllFormFactors> (it comes first in <Host>)",
      (x) =>
        x
          .replace(/\s*<Runtimes>\s*<Runtime [^>]*\/>\s*<\/Runtimes>/, "")
          .replace(
            "</AllFormFactors>",
            '</AllFormFactors>\n        <Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>',
          ),
      /Runtimes.*not expected/,
    ],
    [
      "a runtime lifetime other than short or long",
      (x) => x.replace('lifetime="long"', 'lifetime="forever"'),
      /'lifetime'.*'forever' is not an element of the set \{'short', 'long'\}/,
    ],
    [
      "two runtimes (only one may be defined)",
      (x) =>
        x.replace(
          '<Runtime resid="Taskpane.Url" lifetime="long"/>',
          '<Runtime resid="Taskpane.Url" lifetime="long"/>\n          <Runtime resid="Help.Url"/>',
        ),
      /Runtime.*not expected/,
    ],
    [
      "an unknown element",
      (x) => x.replace("<Permissions>", "<Colour>red</Colour>\n  <Permissions>"),
      /Colour'.*not expected/,
    ],
    [
      "an unknown permission",
      (x) => x.replace(">ReadWriteDocument<", ">ReadEverything<"),
      /Permissions'.*'ReadEverything' is not an element of the set/,
    ],
    [
      "an Id that is not a GUID",
      (x) => x.replace(/<Id>[^<]*<\/Id>/, "<Id>safeguarding</Id>"),
      /\}Id'.*'safeguarding' is not accepted by the pattern/,
    ],
    [
      "a Version that is not n.n.n.n",
      (x) => x.replace("<Version>1.0.0.0</Version>", "<Version>1.0.0.0.0</Version>"),
      /Version'.*'1\.0\.0\.0\.0' is not accepted/,
    ],
    ["broken XML", (x) => x.replace("</OfficeApp>", ""), /Premature end of data|parser error/],
  ])("rejects %s", async (_name, mutate, expected) => {
    expect(await errorsOf(mutate)).toMatch(expected);
  });
});
