/**
 * The plan's print setup as SpreadsheetML (ECMA-376 Part 1): `sheetPr/pageSetUpPr fitToPage`
 * (§18.3.1.65, without it Excel ignores fitToWidth), `pageMargins` (§18.3.1.62, inches),
 * `pageSetup` (§18.3.1.63: paperSize 9 is A4, fitToHeight 0 "automatic"; `scale` the plan's
 * fitted scale, the one the add-in sets, so a client that prints by scale rather than by fit to
 * page prints the same width), `headerFooter`
 * (§18.3.1.46, the &L/&C/&R sections), `rowBreaks` (§18.3.1.74, `brk id` the zero-based row a
 * new page starts at, `man` a manual break), and the sheet's built-in names `_xlnm.Print_Area`
 * and `_xlnm.Print_Titles` (§18.2.6, scoped to the sheet by localSheetId).
 */
import { absoluteAddress, type PagePlan } from "../../core/report";
import { escapeXml } from "../../package/xml";

/** SpreadsheetML's paperSize code for A4 (§18.3.1.63). */
const A4 = 9;
/** The last column index of a row break (§18.3.1.3 `max`), as Excel writes it. */
const MAX_COL_INDEX = 16383;

/** `<sheetPr>`: fit to page on. */
export function sheetPrXml(): string {
  return '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
}

function sections(s: PagePlan["header"]): string {
  return `${s.left ? `&L${s.left}` : ""}${s.center ? `&C${s.center}` : ""}${s.right ? `&R${s.right}` : ""}`;
}

/** The elements after sheetData, in CT_Worksheet order: pageMargins, pageSetup, headerFooter, rowBreaks. */
export function pageXml(page: PagePlan): string {
  const m = page.margins;
  const breaks = page.rowBreaks.map((r) => `<brk id="${r}" max="${MAX_COL_INDEX}" man="1"/>`).join("");
  return (
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${A4}" scale="${page.scalePercent}" orientation="${page.orientation}" fitToWidth="${page.fitToPagesWide}" fitToHeight="${page.fitToPagesTall}"/>` +
    `<headerFooter><oddHeader>${escapeXml(sections(page.header))}</oddHeader><oddFooter>${escapeXml(sections(page.footer))}</oddFooter></headerFooter>` +
    (breaks
      ? `<rowBreaks count="${page.rowBreaks.length}" manualBreakCount="${page.rowBreaks.length}">${breaks}</rowBreaks>`
      : "")
  );
}

/** The sheet's print names: [name, formula] (`'Safeguarding Report'!$A$1:$Y$112`). */
export function printNames(page: PagePlan, sheetName: string): [string, string][] {
  const sheet = `'${sheetName.replace(/'/g, "''")}'`;
  const out: [string, string][] = [["_xlnm.Print_Area", `${sheet}!${absoluteAddress(page.printArea)}`]];
  if (page.printTitleRows) out.push(["_xlnm.Print_Titles", `${sheet}!${page.printTitleRows.address}`]);
  return out;
}
