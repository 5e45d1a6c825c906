/**
 * Periods across the columns: every rule, the report and the cells issues name, mirrored
 * against the same workbook with periods down the rows.
 */
import { validateWorkbook } from "../../../src/core/workbook/validate";
import { buildReportPlan } from "../../../src/core/report";
import type { Issue } from "../../../src/core/workbook/issues";
import type { RawWorkbook } from "../../../src/core/workbook/raw";
import { across, editTable, sampleRaw, setCell, where, withFormat } from "./helpers";
import { formatCell, parseCell } from "../../../src/core/base";

const S = sampleRaw();
const ACROSS_SHEETS = new Set(["Assessments", "Child Protection", "Looked After", "Contacts", "UASC"]);

/** The cell an issue names once its table is turned across: row and column swapped (tables at A1). */
function transposed(i: Issue): string {
  if (!ACROSS_SHEETS.has(i.sheet)) return where(i);
  const at = parseCell(i.cell);
  if (!at) throw new Error(`bad cell ${i.cell}`);
  return `${i.code}@${i.sheet}!${formatCell({ row: at.col, col: at.row })}`;
}

describe("the sample with every period table across", () => {
  const down = validateWorkbook(S);
  const acrossResult = validateWorkbook(across(S));

  it("gives the same issues and the same data", () => {
    expect(acrossResult.issues.map(where)).toEqual(down.issues.map(transposed));
    expect(acrossResult.data).toBeDefined();
    expect(acrossResult.data).toEqual(down.data);
  });

  it("builds the same report plan", () => {
    if (!down.data || !acrossResult.data) throw new Error("no data");
    for (const year of [2019, 2021]) {
      const options = { year: { kind: "year", startYear: year } as const };
      expect(buildReportPlan(acrossResult.data, options)).toEqual(buildReportPlan(down.data, options));
    }
  });
});

/** Faults made in the down form; the across form must give each at the transposed cell. */
const faults: [string, RawWorkbook, string][] = [
  ["a blank care-leavers figure", setCell(S, "tblUASC", 12, "UASC care leavers", null), "blank@UASC!C14"],
  [
    "a number stored as text",
    setCell(S, "tblAssessments", 4, "Assessments completed", "19,712 "),
    "number-as-text@Assessments!B6",
  ],
  ["a negative count", setCell(S, "tblContacts", 1, "Referrals", -40014), "negative@Contacts!C3"],
  ["a share above 100%", setCell(S, "tblAssessments", 2, "Timeliness", 1.2), "share-out-of-range@Assessments!D4"],
  [
    "text in a count",
    setCell(S, "tblChildProtection", 3, "Children on a plan at 31 March", "n/a"),
    "not-a-number@Child Protection!B5",
  ],
  ["a duplicated quarter", setCell(S, "tblUASC", 13, "Quarter", "Jun-2020"), "period-duplicate@UASC!A15"],
  ["an unreadable year", setCell(S, "tblContacts", 2, "Year", "2019/2x"), "period-unreadable@Contacts!A4"],
  ["a blank period", setCell(S, "tblContacts", 2, "Year", null), "blank@Contacts!A4"],
  ["a missing year", editTable(S, "tblAssessments", (t) => void t.rows.splice(3, 1)), "period-missing@Assessments!A4"],
  ["a tenfold jump", setCell(S, "tblContacts", 3, "Contacts", 1_200_000), "trend-jump@Contacts!B5"],
  [
    "a count formatted as a date",
    withFormat(S, "tblContacts", 1, "Contacts", "dd/mm/yyyy"),
    "date-in-count@Contacts!B3",
  ],
  ["no report year", editTable(S, "tblContacts", (t) => void t.rows.pop()), "report-year-missing@Contacts!A5"],
  [
    "a missing column",
    editTable(S, "tblContacts", (t) => {
      t.headers[2] = "Referals";
    }),
    "column-missing@Contacts!C1",
  ],
];

describe.each(faults)("%s, periods across", (_name, downForm, expected) => {
  const down = validateWorkbook(downForm).issues;
  const turned = validateWorkbook(across(downForm)).issues;

  it("is found in the down form (the case is live)", () => {
    expect(down.map(where)).toContain(expected);
  });

  it("gives the same issues at the transposed cells, with the same severities", () => {
    expect(turned.map(where).sort()).toEqual(down.map(transposed).sort());
    expect(turned.map((i) => i.severity).sort()).toEqual(down.map((i) => i.severity).sort());
  });
});

describe("wording, periods across", () => {
  it("names a blank period's column, not a row", () => {
    const [issue] = validateWorkbook(across(setCell(S, "tblContacts", 2, "Year", null))).issues.filter(
      (i) => i.code === "blank",
    );
    expect(issue?.cell).toBe("D1");
    expect(issue?.message).toContain("column D");
    expect(issue?.message).not.toContain("row");
  });

  it("says where the report year's column goes", () => {
    const issue = validateWorkbook(across(editTable(S, "tblContacts", (t) => void t.rows.pop()))).issues.find(
      (i) => i.code === "report-year-missing",
    );
    expect(issue?.hint).toContain("column after the last column");
  });
});

describe("orientation detection", () => {
  it("keeps a table with the period header down, even when a measure looks like a period", () => {
    const raw = editTable(S, "tblContacts", (t) => {
      t.headers[3] = "2019-20";
    });
    expect(validateWorkbook(raw).issues.map(where)).toEqual(validateWorkbook(S).issues.map(where));
  });

  it("reads an across table whose caption cell is blank", () => {
    const raw = across(S, ["tblUASC"]);
    const t = raw.sheets.find((s) => s.name === "UASC")?.tables[0];
    if (!t) throw new Error("no UASC table");
    const blankCaption = {
      ...raw,
      sheets: raw.sheets.map((s) =>
        s.name === "UASC" ? { ...s, tables: [{ ...t, headers: ["", ...t.headers.slice(1)] }] } : s,
      ),
    };
    expect(validateWorkbook(blankCaption).data).toEqual(validateWorkbook(S).data);
  });
});

describe("finding an across dataset without its table name", () => {
  const sheetWith = (
    raw: RawWorkbook,
    sheet: string,
    edit: (s: RawWorkbook["sheets"][number]) => RawWorkbook["sheets"][number],
  ) => ({
    ...raw,
    sheets: raw.sheets.map((s) => (s.name === sheet ? edit(s) : s)),
  });
  const uascAcross = across(S, ["tblUASC"]).sheets.find((s) => s.name === "UASC")?.tables[0];
  if (!uascAcross) throw new Error("no UASC table");

  it("reads an across table under the officer's own name on the layout's sheet, with a warning", () => {
    const raw = sheetWith(S, "UASC", (s) => ({ ...s, tables: [{ ...uascAcross, name: "tblMyUasc" }] }));
    const result = validateWorkbook(raw);
    expect(result.issues.map(where)).toContain("table-renamed@UASC!A1");
    expect(result.data).toEqual(validateWorkbook(S).data);
  });

  it("reads an across block typed without a table, quarters Excel turned into dates included", () => {
    // Excel keeps Jun-2017 typed in a plain cell as the date 1 June 2017 (serial 42887).
    const headerValues: (string | number)[] = [...uascAcross.headers];
    headerValues[1] = 42887;
    const cells = [[], [], [null, ...headerValues], ...uascAcross.rows.map((r) => [null, ...r])];
    const raw = sheetWith(S, "UASC", (s) => ({ name: s.name, tables: [], cells }));
    const result = validateWorkbook(raw);
    expect(result.issues.map(where)).toContain("no-table@UASC!B3");
    expect(result.data).toEqual(validateWorkbook(S).data);
  });

  it("names the officer's cell in an across block", () => {
    const rows = uascAcross.rows.map((r, m) => (m === 1 ? r.map((v, j) => (j === 13 ? null : v)) : r));
    const cells = [[], [], [null, ...uascAcross.headers], ...rows.map((r) => [null, ...r])];
    const raw = sheetWith(S, "UASC", (s) => ({ name: s.name, tables: [], cells }));
    // Care leavers (second measure, sheet row 5) for the 13th quarter (column O).
    expect(validateWorkbook(raw).issues.map(where)).toContain("blank@UASC!O5");
  });
});
