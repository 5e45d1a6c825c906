/**
 * Every part written is valid whatever the officer typed: the council's name (the Settings'
 * Local authority, which every output shows) set to text an officer could paste, through
 * every writer: the template (a new workbook holding it in a cell), the report workbook (its
 * sheet, header, footer, charts), the HTML report and the Cabinet slides. Each package's XML
 * parts (the deck's embedded chart workbooks too) are read by saxes, a strict XML 1.0 parser
 * the writers do not use, and LibreOffice opens the workbook and the deck a CLI run wrote.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { buildReportPlan, renderReportHtml } from "../../src/core/report";
import { EXCEL_CELL_MAX, EXCEL_HEADER_FOOTER_MAX } from "../../src/core/base";
import { readWorkbookBytes } from "../../src/cli/read-xlsx";
import { templateBytes } from "../../src/cli/template";
import { writeReportPackage } from "../../src/cli/xlsx-report";
import { ZipArchive } from "../../src/cli/xlsx/zip";
import { deckFile } from "../../src/deck/file";
import { xmlText } from "../../src/package/xml";
import { sampleData } from "../../support/sample-workbook";
import { sampleRaw, setCell } from "../core/workbook/helpers";
import { PDFTOTEXT, SOFFICE, ensureDebianTools, ensureImpressTools, libreOfficeConvert } from "./debian";
import { run, tempDir } from "./helpers";

/** 335 characters (trimmed, as the Settings reader trims), ampersands doubling in a header. */
const LONG = "Long & Windy Borough ".repeat(16).trim();
const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");

/** Names an officer could type or paste, each a way a writer has gone wrong. */
const NAMES: [what: string, name: string][] = [
  ["an ampersand", "Brighton & Hove City Council"],
  ["markup and quotes", `<b>Hove</b> "City" & 'Council' ]]> <!-- x -->`],
  ["a line break pasted from Word (U+000B)", "Brighton\u000BHove"],
  ["every C0 control character", `Council ${C0} end`],
  ["U+FFFE and U+FFFF", "Council \uFFFE\uFFFF"],
  ["lone surrogates", "high \uD83D alone, low \uDE00 alone, reversed \uDE00\uD83D"],
  [
    "emoji (surrogate pairs, a ZWJ sequence)",
    "Rainbow \u{1F3F3}\u{FE0F}\u{200D}\u{1F308} Council \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
  ],
  ["335 characters with ampersands", LONG],
];

/** Characters XML 1.0 forbids (the Char production): what no part may hold once decoded. */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** What HTML text may not hold: controls but whitespace, U+FFFE, U+FFFF, a lone surrogate. */
const NOT_HTML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every XML part of a package, as text, nested packages (a chart's embedded workbook) included. */
function xmlParts(bytes: Uint8Array, prefix = ""): [string, string][] {
  const zip = new ZipArchive(bytes);
  const out: [string, string][] = [];
  for (const e of zip.entries) {
    const data = zip.read(e);
    if (/\.(xlsx|xlsm)$/i.test(e.name)) out.push(...xmlParts(data, `${prefix}${e.name}!`));
    else if (/\.(xml|rels|vml)$/i.test(e.name))
      out.push([prefix + e.name, new TextDecoder("utf-8", { fatal: true }).decode(data)]);
  }
  return out;
}

/** The parts saxes refuses, with its reason (none when all are well-formed XML 1.0). */
function malformed(bytes: Uint8Array): string[] {
  const bad: string[] = [];
  for (const [name, text] of xmlParts(bytes)) {
    try {
      new SaxesParser({ xmlns: true }).write(text).close();
      if (NOT_XML_CHAR.test(text)) bad.push(`${name}: a character XML forbids`);
    } catch (e) {
      bad.push(`${name}: ${(e as Error).message}`);
    }
  }
  return bad;
}

/** Character data as a parser gives it (the writers escape only these; a CR is read as LF). */
const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** The sample's figures with the council's name `name` (as validation would pass it on). */
function planFor(name: string) {
  const data = sampleData();
  return buildReportPlan({ ...data, settings: { ...data.settings, localAuthority: name } });
}

/** The sample workbook with `name` typed as the Local authority (Settings!B2). */
const bookWith = (name: string) => templateBytes(setCell(sampleRaw(), "tblSettings", 0, "Value", name));

describe.each(NAMES)("a council name with %s", (_what, name) => {
  const plan = planFor(name);

  it("gives a template whose every part is XML", () => {
    expect(malformed(bookWith(name))).toEqual([]);
  });

  it("gives a report workbook whose every part is XML, header and footer within Excel's limits", () => {
    const bytes = writeReportPackage(readWorkbookBytes(bookWith(name)), plan).bytes;
    expect(malformed(bytes)).toEqual([]);
    const sheets = xmlParts(bytes).filter(([n]) => n.startsWith("xl/worksheets/sheet"));
    const sections = sheets.flatMap(([, t]) => [...t.matchAll(/<(oddHeader|oddFooter)>([^<]*)</g)]);
    expect(sections.map((m) => m[1])).toEqual(["oddHeader", "oddFooter"]);
    for (const m of sections) expect(unescape(m[2] ?? "").length).toBeLessThanOrEqual(EXCEL_HEADER_FOOTER_MAX);
    for (const [, t] of sheets)
      for (const m of t.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g))
        expect(unescape(m[1] ?? "").length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
    // The header shows the name, "&" doubled (Excel's code for a literal one), cut with "…"
    // only when the whole would pass 255 characters.
    const header = unescape(sections[0]?.[2] ?? "");
    if (name.length < 100) expect(header).toBe(`&L${xmlText(name).replace(/&/g, "&&")}&R${plan.reportYear}`);
    else expect(header).toMatch(/^&LLong && Windy Borough .*\u2026&R/);
  });

  it("gives a deck whose every part is XML, the company as typed", async () => {
    const { bytes } = await deckFile(plan);
    expect(malformed(bytes)).toEqual([]);
    const app = xmlParts(bytes).find(([n]) => n === "docProps/app.xml")?.[1] ?? "";
    const company = /<Company>([^<]*)<\/Company>/.exec(app)?.[1] ?? "";
    expect(unescape(company)).toBe(xmlText(name));
  });

  it("gives an HTML report without a character HTML forbids, the name escaped", () => {
    const html = renderReportHtml(plan);
    expect(html).not.toMatch(NOT_HTML_CHAR);
    expect(html).not.toContain("<b>Hove</b>");
  });
});

describe("csc-report generate with a hostile council name", () => {
  const NAME = `Brighton & Hove <City> "Council"\u000B\u0001 \u{1F308} \uD800`;

  it("refuses a name longer than 100 characters at its cell, writing nothing", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    writeFileSync(input, bookWith(LONG));
    const r = await run("generate", input, "-o", join(dir, "out.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Settings!B2: setting "Local authority" is 335 characters long, more than 100');
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
  });

  const lo = existsSync(SOFFICE) ? it : it.skip;
  lo(
    "writes a workbook and a deck LibreOffice opens, and an HTML page",
    async () => {
      const dir = tempDir();
      const input = join(dir, "in.xlsx");
      writeFileSync(input, bookWith(NAME));
      const out = join(dir, "out.xlsx");
      const pptx = join(dir, "deck.pptx");
      const r = await run("generate", input, "-o", out, "--html", join(dir, "r.html"), "--pptx", pptx);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(malformed(readFileSync(out))).toEqual([]);
      expect(malformed(readFileSync(pptx))).toEqual([]);
      ensureDebianTools();
      ensureImpressTools();
      for (const file of [out, pptx]) {
        const pdf = libreOfficeConvert(file, "pdf").find((f) => f.endsWith(".pdf"));
        expect(pdf).toBeDefined();
        const text = execFileSync(PDFTOTEXT, [pdf ?? "", "-"], { encoding: "utf8" });
        expect(text).toContain("Brighton & Hove <City>");
      }
    },
    240_000,
  );
});
