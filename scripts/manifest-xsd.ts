/**
 * Validates an add-in only manifest against Microsoft's XSD schemas (vendored in
 * schemas/manifest/, see its README for their source, licence and the fixes made to them),
 * offline, with libxml2's schema validator compiled to WebAssembly (xmllint-wasm). Office
 * refuses to install a manifest that breaks the schema: a string over its length limit
 * (Description 250 characters, labels 125, resource ids 32), an element out of order, an
 * unknown element or value.
 */
import * as fs from "fs";
import * as path from "path";
import { validateXML } from "xmllint-wasm";

/** Where the vendored schemas live. */
export const SCHEMA_DIR = path.resolve(__dirname, "..", "schemas", "manifest");

/** The schema of the root element <OfficeApp>; the others are its xs:imports. */
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

function schemaFile(name: string): { fileName: string; contents: string } {
  return { fileName: name, contents: fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8") };
}

/**
 * Returns the schema errors of a manifest (each "line N: message"); an empty list means it
 * is valid. Rejects only when the schemas themselves cannot be compiled.
 */
export async function validateManifestXsd(xml: string, fileName = "manifest.xml"): Promise<string[]> {
  const imports = fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA)
    .sort()
    .map(schemaFile);
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [schemaFile(MAIN_SCHEMA)],
    preload: imports,
  });
  if (result.valid) return [];
  const errors = result.errors
    .filter((e) => e.message.trim() !== "")
    .map((e) => (e.loc?.lineNumber ? `line ${e.loc.lineNumber}: ${e.message.trim()}` : e.message.trim()));
  // A document that fails without a reported error (it should not happen) still fails.
  return errors.length ? errors : [result.rawOutput.trim() || "the manifest does not validate"];
}
