/** Finding the datasets: by table name, then by sheet and header row; missing or renamed parts named. */
import type { RawSheet, RawWorkbook } from "../../../src/core/workbook/raw";
import { validateWorkbook } from "../../../src/core/workbook/validate";
import { editTable, sampleRaw, where } from "./helpers";

const S = sampleRaw();

function mapSheets(raw: RawWorkbook, f: (s: RawSheet) => RawSheet | undefined): RawWorkbook {
  return { sheets: raw.sheets.map(f).filter((s): s is RawSheet => s !== undefined) };
}

/** The UASC sheet typed as a plain block of cells (no Excel table), starting at B3 (or below `notes` rows of notes). */
function uascAsBlock(raw: RawWorkbook, notes = 0): RawWorkbook {
  return mapSheets(raw, (s) => {
    const t = s.tables[0];
    if (s.name !== "UASC" || !t) return s;
    const pad = (r: readonly (string | number | boolean | null)[]) => [null, ...r];
    return {
      name: s.name,
      tables: [],
      cells: [
        [],
        ["UASC figures"],
        ...Array.from({ length: notes }, (_, i) => [null, `Note ${i + 1}`]),
        pad(t.headers),
        ...t.rows.map(pad),
        [],
        ["Source: local returns"],
      ],
    };
  });
}

type Case = [name: string, workbook: RawWorkbook, expected: readonly string[], hasData: boolean];

const cases: Case[] = [
  ["a missing sheet", mapSheets(S, (s) => (s.name === "UASC" ? undefined : s)), ["sheet-missing@UASC!A1"], false],
  [
    "a renamed sheet whose table kept its name",
    mapSheets(S, (s) => (s.name === "UASC" ? { ...s, name: "Asylum" } : s)),
    [],
    true,
  ],
  [
    "a renamed sheet and table",
    mapSheets(S, (s) =>
      s.name === "UASC" ? { name: "Asylum", tables: s.tables.map((t) => ({ ...t, name: "Table1" })) } : s,
    ),
    ["sheet-missing@UASC!A1"],
    false,
  ],
  [
    "a renamed table on its sheet",
    mapSheets(S, (s) => (s.name === "UASC" ? { ...s, tables: s.tables.map((t) => ({ ...t, name: "Table7" })) } : s)),
    ["table-renamed@UASC!A1"],
    true,
  ],
  ["a plain block without a table", uascAsBlock(S), ["no-table@UASC!B3"], true],
  // Found however far down: below 60 rows of notes, not "no header row on this sheet".
  ["a plain block below row 50", uascAsBlock(S, 60), ["no-table@UASC!B63"], true],
  [
    "a sheet with neither table nor header row",
    mapSheets(S, (s) => (s.name === "UASC" ? { name: "UASC", tables: [], cells: [["notes"]] } : s)),
    ["table-missing@UASC!A1"],
    false,
  ],
  [
    "a renamed column",
    editTable(S, "tblAssessments", (t) => void (t.headers[3] = "% on time")),
    ["column-missing@Assessments!D1"],
    false,
  ],
  [
    "a missing optional column",
    editTable(S, "tblContacts", (t) => {
      t.headers.pop();
      t.rows.forEach((r) => r.pop());
    }),
    [],
    true,
  ],
  [
    "headers in other case and spacing",
    editTable(S, "tblAssessments", (t) => {
      t.headers[0] = "  YEAR ";
      t.headers[1] = "assessments   Completed";
    }),
    [],
    true,
  ],
  ["no assessment log (optional)", S, [], true],
];

describe.each(cases)("%s", (_name, workbook, expected, hasData) => {
  const result = validateWorkbook(workbook);
  const structural = result.issues.filter((i) => !["trend-jump", "report-year-missing"].includes(i.code)).map(where);
  it(`gives ${expected.join(", ") || "no structure issue"}`, () => expect(structural).toEqual(expected));
  it(hasData ? "yields the data" : "withholds the data", () => expect(result.data !== undefined).toBe(hasData));
});

it("reads a plain block's figures as if it were the table", () => {
  const data = validateWorkbook(uascAsBlock(S)).data;
  expect(data?.uasc.map((q) => q.careLeavers)).toEqual(validateWorkbook(S).data?.uasc.map((q) => q.careLeavers));
});

it("reports an empty workbook as missing sheets, never throwing", () => {
  const result = validateWorkbook({ sheets: [] });
  expect(result.issues.map((i) => i.code)).toEqual(Array(6).fill("sheet-missing"));
  expect(result.data).toBeUndefined();
});
