/**
 * Text through the report sheet part and back: whatever a cell holds (markup characters,
 * control characters, carriage returns, literal "_x000D_", spaces at the ends, any plane),
 * the reader gives back what the writer was given. The mark's fingerprint depends on it.
 */
import fc from "fast-check";
import { readSheetCells } from "../../src/cli/xlsx/cells";
import { encodeExcelEscapes, escapeXml } from "../../src/package/xml";
import type { RawValue } from "../../src/core/workbook";

const tricky = fc.constantFrom(
  "_x000D_",
  "_x005F_",
  "_x",
  "&",
  "<",
  ">",
  '"',
  "\r\n",
  "\r",
  "\t",
  "\u0001",
  "\u000B",
  " ",
  "é",
  "𝄞",
);
const text = fc.string({ unit: fc.oneof(tricky, fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })) });

function roundTrip(s: string): RawValue[] {
  const space = /^\s|\s$/.test(s) ? ' xml:space="preserve"' : "";
  const xml = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t${space}>${escapeXml(encodeExcelEscapes(s))}</t></is></c></row></sheetData></worksheet>`;
  const out: RawValue[] = [];
  readSheetCells(new TextEncoder().encode(xml), { sharedStrings: [], dateStyles: [], date1904: false }, (_r, _c, v) =>
    out.push(v),
  );
  return out;
}

it("reads back every text the writer escapes", () => {
  fc.assert(fc.property(text, (s) => expect(roundTrip(s)).toEqual(s === "" ? [""] : [s])));
});
