import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../../scripts/manifest-check";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const check = (xml: string) => checkManifest(xml, { root: ROOT });

describe("manifest.xml (offline structural check)", () => {
  it("passes as committed", () => {
    expect(check(MANIFEST)).toEqual([]);
  });

  // Each mutation breaks one thing Office needs; the check must notice every one.
  it.each([
    [
      "an undefined resid",
      (x: string) => x.replace('resid="Validate.Label"', 'resid="Validate.Nope"'),
      /Validate.Nope.*not defined/,
    ],
    [
      "an http URL",
      (x: string) => x.replace("https://localhost:3000/help.html", "http://localhost:3000/help.html"),
      /not https/,
    ],
    [
      "a URL under another base",
      (x: string) => x.replace("https://localhost:3000/functions.js", "https://cdn.example.com/functions.js"),
      /not under/,
    ],
    ["a missing icon file", (x: string) => x.replace("assets/icon-80.png", "assets/icon-81.png"), /does not exist/],
    [
      "an icon of the wrong size",
      (x: string) =>
        x.replace(
          'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        ),
      /32x32, expected 16x16/,
    ],
    [
      "another namespace",
      (x: string) =>
        x.replace('id="Functions.Namespace" DefaultValue="CSC"', 'id="Functions.Namespace" DefaultValue="CONTOSO"'),
      /namespace is "CONTOSO"/,
    ],
    [
      "a second runtime for the functions",
      (x: string) =>
        x.replace(
          '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
          '<Page>\n              <SourceLocation resid="Help.Url"/>',
        ),
      /functions page is not the shared runtime/,
    ],
    [
      "a TaskpaneId in the shared runtime",
      (x: string) =>
        x.replace(
          '<Action xsi:type="ShowTaskpane">',
          '<Action xsi:type="ShowTaskpane">\n                    <TaskpaneId>CSC.Taskpane</TaskpaneId>',
        ),
      /TaskpaneId/,
    ],
    ["a short-lived runtime", (x: string) => x.replace('lifetime="long"', 'lifetime="short"'), /lifetime/],
    [
      "no SharedRuntime requirement",
      (x: string) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
      /SharedRuntime requirement/,
    ],
    [
      "no CustomFunctions extension point",
      (x: string) => x.replace('xsi:type="CustomFunctions"', 'xsi:type="Other"'),
      /no CustomFunctions/,
    ],
    [
      "too broad a permission",
      (x: string) =>
        x.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
      /permissions/,
    ],
    ["broken XML", (x: string) => x.replace("</OfficeApp>", ""), /does not parse|OfficeApp/],
  ])("fails on %s", (_name, mutate, expected) => {
    const mutated = mutate(MANIFEST);
    expect(mutated).not.toBe(MANIFEST);
    expect(check(mutated).join("\n")).toMatch(expected);
  });

  it("checks URLs against a production base", () => {
    const prod = MANIFEST.replaceAll("https://localhost:3000/", "https://apps.example.gov.uk/csc/").replaceAll(
      "https://localhost:3000",
      "https://apps.example.gov.uk",
    );
    expect(checkManifest(prod, { root: ROOT, base: "https://apps.example.gov.uk/csc/" })).toEqual([]);
    expect(checkManifest(MANIFEST, { root: ROOT, base: "https://apps.example.gov.uk/csc/" })).not.toEqual([]);
  });
});
