/**
 * A performance workbook with an assessment log of any length, as Excel would save it: the
 * sample (from the template writer) plus an "Assessment Log" sheet holding the table
 * tblAssessmentLog, child ids in the shared string table and dates with a date format.
 * Written straight as package parts, so a 1,048,576-row log takes seconds, not a workbook
 * model's gigabytes. Used by the CLI benches and by the row-limit test (so it lives in support/, which both share).
 */
import { loadSampleWorkbook } from "../src/cli/template";
import { buildTemplateWorkbook } from "../support/template-workbook";
import { openPackage } from "../src/cli/xlsx/package";
import { StyleBook } from "../src/cli/xlsx/styles";
import { applyEdits, child, parseXml } from "../src/package/xml";
import { writeZip, type ZipOutput } from "../src/cli/xlsx/zip";
import { serialFromYmd } from "../src/core/dates";
import { prng } from "./prng";

/** Excel's last row: a log this long fills the sheet (the header takes row 1). */
export const EXCEL_ROWS = 1_048_576;

const enc = new TextEncoder();

/** The bytes of XML written piece by piece (a 100 MB sheet is never one string). */
class Chunks {
  private parts: Uint8Array[] = [];
  private buf = "";
  add(s: string): void {
    this.buf += s;
    if (this.buf.length > 1 << 20) this.flush();
  }
  private flush(): void {
    this.parts.push(enc.encode(this.buf));
    this.buf = "";
  }
  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

/**
 * The sample workbook with a log of `rows` assessments (seeded, so every run is the same).
 * @returns the .xlsx bytes.
 */
export async function logWorkbook(rows: number): Promise<Uint8Array> {
  const base = new Uint8Array(await buildTemplateWorkbook(loadSampleWorkbook()).xlsx.writeBuffer());
  const pkg = openPackage(base);
  const wbPart = pkg.workbookPart;
  const names = {
    sheet: "xl/worksheets/sheetLog.xml",
    sheetRels: "xl/worksheets/_rels/sheetLog.xml.rels",
    table: "xl/tables/tableLog.xml",
    sst: "xl/sharedStrings.xml",
    styles: "xl/styles.xml",
  };
  const styles = new StyleBook(pkg.text(names.styles), parseXml);
  const date = styles.xf({ numFmtId: 14 });

  // Shared strings: the sample's, then the header texts and child ids appended.
  const sstText = pkg.has(names.sst)
    ? pkg.text(names.sst)
    : '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>';
  const sst = parseXml(sstText);
  const first = sst.children.filter((c) => c.local === "si").length;
  const strings = new Chunks();
  strings.add(sstText.slice(0, sst.close.start).replace(/\s(count|uniqueCount)="\d+"/g, ""));
  for (const h of ["Child ID", "Referral date", "Assessment completed"]) strings.add(`<si><t>${h}</t></si>`);
  for (let i = 0; i < rows; i++) strings.add(`<si><t>C${1_000_000 + i}</t></si>`);
  strings.add("</sst>");

  const next = prng(42);
  const from = serialFromYmd(2017, 4, 1);
  const span = serialFromYmd(2022, 3, 1) - from;
  const sheet = new Chunks();
  sheet.add(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:C' +
      `${rows + 1}"/><sheetData><row r="1"><c r="A1" t="s"><v>${first}</v></c><c r="B1" t="s"><v>${first + 1}</v></c>` +
      `<c r="C1" t="s"><v>${first + 2}</v></c></row>`,
  );
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const referral = from + Math.floor(next() * span);
    const open = next() < 0.02;
    sheet.add(
      `<row r="${r}"><c r="A${r}" t="s"><v>${first + 3 + i}</v></c><c r="B${r}" s="${date}"><v>${referral}</v></c>` +
        (open ? "" : `<c r="C${r}" s="${date}"><v>${referral + Math.floor(next() * 80)}</v></c>`) +
        "</row>",
    );
  }
  sheet.add('</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>');

  const wbText = pkg.text(wbPart);
  const wb = parseXml(wbText);
  const sheets = child(wb, "sheets");
  const relsPart = "xl/_rels/workbook.xml.rels";
  const relsText = pkg.text(relsPart);
  const typesText = pkg.text("[Content_Types].xml");
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const put = new Map<string, Uint8Array>([
    [names.sheet, sheet.bytes()],
    [names.sst, strings.bytes()],
    [names.styles, enc.encode(styles.result())],
    [
      names.sheetRels,
      enc.encode(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/tableLog.xml"/></Relationships>',
      ),
    ],
    [
      names.table,
      enc.encode(
        `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="99" name="tblAssessmentLog" displayName="tblAssessmentLog" ref="A1:C${rows + 1}">` +
          '<tableColumns count="3"><tableColumn id="1" name="Child ID"/><tableColumn id="2" name="Referral date"/>' +
          '<tableColumn id="3" name="Assessment completed"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>',
      ),
    ],
    [
      wbPart,
      enc.encode(
        applyEdits(wbText, [
          {
            start: sheets?.close.start ?? 0,
            end: sheets?.close.start ?? 0,
            text: '<sheet name="Assessment Log" sheetId="99" r:id="rIdLog"/>',
          },
        ]),
      ),
    ],
    [
      relsPart,
      enc.encode(
        relsText.replace(
          "</Relationships>",
          '<Relationship Id="rIdLog" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheetLog.xml"/>' +
            (pkg.has(names.sst)
              ? ""
              : '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>') +
            "</Relationships>",
        ),
      ),
    ],
    [
      "[Content_Types].xml",
      enc.encode(
        typesText.replace(
          "</Types>",
          `<Override PartName="/${names.sheet}" ContentType="${ct}.worksheet+xml"/><Override PartName="/${names.table}" ContentType="${ct}.table+xml"/>` +
            (pkg.has(names.sst) ? "" : `<Override PartName="/${names.sst}" ContentType="${ct}.sharedStrings+xml"/>`) +
            "</Types>",
        ),
      ),
    ],
  ]);
  const outputs: ZipOutput[] = pkg.zip.entries
    .filter((e) => !put.has(e.name))
    .map((entry) => ({ kind: "copy", from: pkg.zip, entry }));
  for (const [name, data] of put) outputs.push({ kind: "new", name, data });
  return writeZip(outputs);
}
