/**
 * "Set up workbook" on the in-memory host: an empty workbook gets every sheet and table of the
 * layout (headers, number formats, Settings defaults, data validation on each column); a
 * workbook with some of them gets only the missing ones and its own cells stay byte for byte;
 * the sample figures only on an empty workbook, labelled; protection stops it before any write.
 */
import { FakeWorkbook, dataValidationAt } from "@csc/fake-excel";
import { SetupBlocked, setUpWorkbook, validateWorkbookInExcel } from "../../src/excel";
import { LAYOUT, SAMPLE_LABEL, SAMPLE_NOTE } from "../../src/core/workbook";
import { loadSampleWorkbook } from "../../src/cli/template";
import { sheetsSnapshot, withHost } from "./harness";
import { TYPED } from "../fixtures/typed-figures";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

const empty = (): FakeWorkbook => FakeWorkbook.fromSheets({ Sheet1: [] });
const rule = (wb: FakeWorkbook, sheet: string, row: number, col: number) =>
  dataValidationAt(wb.requireSheet(sheet), row, col);

describe("setUpWorkbook", () => {
  it("adds every sheet and table of the layout to an empty workbook and lists them", async () => {
    host = withHost(empty());
    const result = await setUpWorkbook();
    expect(result.plan.sample).toBe(false);
    expect(result.added).toHaveLength(LAYOUT.length);
    expect(result.left).toEqual([]);
    for (const spec of LAYOUT) {
      const t = host.wb.findTable(spec.table);
      expect(t?.sheet.name).toBe(spec.sheet);
      expect(host.wb.getValues(spec.sheet, `A1:${String.fromCharCode(64 + spec.columns.length)}1`)).toEqual([
        spec.columns.map((c) => c.header),
      ]);
      expect(result.added.some((line) => line.includes(spec.table))).toBe(true);
    }
    expect(host.wb.findSheet("Sheet1")).toBeDefined(); // the officer's sheet is kept
    // Number formats: counts, shares and period labels as text.
    expect(host.wb.getCell("Assessments", "A2")?.numberFormat).toBe("@");
    expect(host.wb.getCell("Assessments", "B2")?.numberFormat).toBe("#,##0");
    expect(host.wb.getCell("Assessments", "D2")?.numberFormat).toBe("0.00%");
    expect(host.wb.getCell("Assessment Log", "B2")?.numberFormat).toBe("dd/mm/yyyy");
    // Settings: every label, the usual limit and threshold.
    const settings = host.wb.getValues("Settings", "A2:B8");
    expect(settings.map((r) => r[0])).toEqual([
      "Local authority",
      "Report year",
      "Under-18 population (ONS mid-year estimate)",
      "Population estimate year",
      "Timeliness limit (working days)",
      "Trend warning threshold",
      "NTS threshold rate (optional)",
    ]);
    expect(settings[4]?.[1]).toBe(45);
    expect(settings[5]?.[1]).toBe(0.25);
  });

  it("guards each column with Excel data validation and an input message, down to the sheet's last row", async () => {
    host = withHost(empty());
    await setUpWorkbook();
    const count = rule(host.wb, "Assessments", 1, 1);
    expect(count?.type).toBe("WholeNumber");
    expect(count?.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect(count?.prompt.message).toContain("whole number of 0 or more");
    expect(count?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    // Rows the table grows into are covered too; the header is not.
    expect(rule(host.wb, "Assessments", 1_048_575, 1)?.type).toBe("WholeNumber");
    expect(rule(host.wb, "Assessments", 0, 1)).toBeUndefined();
    expect(rule(host.wb, "Assessments", 1, 3)?.rule).toEqual({
      decimal: { formula1: 0, formula2: 1, operator: "Between" },
    });
    expect(rule(host.wb, "Assessment Log", 1, 1)?.type).toBe("Date");
    expect(rule(host.wb, "Assessment Log", 1, 0)).toBeUndefined(); // a child's ID is free text
    expect(rule(host.wb, "UASC", 1, 0)?.prompt.message).toContain("Jun-2017");
    // Settings: the labels from a list, each value by its setting.
    expect(rule(host.wb, "Settings", 1, 0)?.type).toBe("List");
    expect(rule(host.wb, "Settings", 3, 1)?.rule).toEqual({
      wholeNumber: { formula1: 1, operator: "GreaterThanOrEqualTo" },
    });
    expect(rule(host.wb, "Settings", 6, 1)?.type).toBe("Decimal");
    // The local authority's name: at most 100 characters (it prints in every page's header).
    expect(rule(host.wb, "Settings", 1, 1)?.rule).toEqual({
      textLength: { formula1: 1, formula2: 100, operator: "Between" },
    });
  });

  it("then validation names blanks to fill in, not missing sheets", async () => {
    host = withHost(empty());
    await setUpWorkbook();
    const { issues } = await validateWorkbookInExcel();
    const codes = new Set(issues.map((i) => i.code));
    expect(codes.has("sheet-missing")).toBe(false);
    expect(codes.has("table-missing")).toBe(false);
    expect(codes.has("no-data")).toBe(true);
  });

  it("adds only the missing sheets to a workbook that has some, and leaves every existing cell as it was", async () => {
    const wb = FakeWorkbook.open(withHostWorkbook());
    wb.deleteSheet(wb.requireSheet("UASC"));
    wb.deleteSheet(wb.requireSheet("Contacts"));
    // A sheet of a dataset's name holding other things is not touched.
    wb.addSheet("Looked After-notes");
    const lookedAfter = wb.requireSheet("Looked After");
    wb.deleteSheet(lookedAfter);
    wb.addSheet("Looked After");
    wb.setValues("Looked After", "A1", [["Figures to come from the MI team"]]);
    host = withHost(wb);
    const before = sheetsSnapshot(wb);
    const tablesBefore = (wb.snapshot() as { tables: unknown[] }).tables;
    const result = await setUpWorkbook({ sample: loadSampleWorkbook() });
    expect(result.plan.sample).toBe(false); // the sample never mixes with the officer's figures
    expect(result.plan.add.map((t) => t.table)).toEqual(["tblContacts", "tblUASC"]);
    expect(result.left.find((l) => l.includes("Looked After"))).toMatch(/already holds other things/);
    // Every sheet that was there is byte-identical; the tables that were there too.
    const after = (sheetsSnapshot(wb) as { name: string }[]).filter((s) =>
      (before as { name: string }[]).some((b) => b.name === s.name),
    );
    expect(after).toEqual(before);
    expect((wb.snapshot() as { tables: unknown[] }).tables.slice(0, tablesBefore.length)).toEqual(tablesBefore);
    expect(wb.getValues("UASC", "A2:C2")).toEqual([["", "", ""]]);
  });

  it("puts a table on an empty sheet of the dataset's name, and reports a table name taken by a defined name", async () => {
    const wb = empty();
    wb.addSheet("Contacts");
    // A sheet with only a formatted cell is in use: no table goes over it.
    wb.addSheet("Looked After");
    wb.updateCell(wb.requireSheet("Looked After"), 3, 3, (c) => (c.numberFormat = "0.0"));
    wb.names.push({ name: "tblUASC", formula: "=Sheet1!$A$1", comment: "", visible: true, deleted: false });
    host = withHost(wb);
    const result = await setUpWorkbook();
    expect(wb.findTable("tblContacts")?.sheet.name).toBe("Contacts");
    expect(result.added.find((l) => l.includes("tblContacts"))).toMatch(/empty sheet “Contacts”/);
    expect(wb.findSheet("UASC")).toBeUndefined();
    expect(wb.findTable("tblLookedAfter")).toBeUndefined();
    expect(result.left.find((l) => l.includes("“Looked After”"))).toMatch(/other things/);
    expect(result.left.find((l) => l.includes("tblUASC"))).toMatch(/already used/);
  });

  it("fills an empty workbook with the sample figures, labelled as sample, that validate with no error", async () => {
    host = withHost(empty());
    const result = await setUpWorkbook({ sample: loadSampleWorkbook() });
    expect(result.plan.sample).toBe(true);
    expect(host.wb.findTable("tblAssessmentLog")).toBeUndefined(); // the sample has no log
    expect(host.wb.getValues("Settings", "B2")[0]?.[0]).toBe(`Hampshire County Council ${SAMPLE_LABEL}`);
    expect(host.wb.getValues("Settings", "D1")[0]?.[0]).toBe(SAMPLE_NOTE);
    // Period labels stay text, as written.
    expect(host.wb.getValues("UASC", "A2")[0]?.[0]).toBe("Jun-2017");
    expect(host.wb.getValues("Assessments", "A2")[0]?.[0]).toBe("2015-16");
    const { issues, data } = await validateWorkbookInExcel();
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(data?.settings.localAuthority).toContain("sample");
  });

  it("writes nothing when the workbook's structure is protected, and says what to do", async () => {
    const wb = empty();
    wb.structureProtection = { password: "" };
    host = withHost(wb);
    const before = wb.snapshot();
    const failure = await setUpWorkbook().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SetupBlocked);
    expect(failure).toMatchObject({ code: "setup-structure-protected" });
    expect(wb.snapshot()).toEqual(before);
  });

  it("writes nothing when an empty sheet that would get a table is protected", async () => {
    const wb = empty();
    wb.addSheet("Settings");
    wb.requireSheet("Settings").protection = { password: "" };
    host = withHost(wb);
    const before = wb.snapshot();
    await expect(setUpWorkbook()).rejects.toMatchObject({
      code: "setup-sheet-protected",
      params: { sheet: "Settings" },
    });
    expect(wb.snapshot()).toEqual(before);
  });

  it("adds nothing to a workbook that has every dataset", async () => {
    host = withHost("sample");
    const before = host.wb.snapshot();
    const result = await setUpWorkbook();
    expect(result.added).toEqual([]);
    expect(result.left).toHaveLength(LAYOUT.length - 1); // the optional log is not pressed on it
    expect(host.wb.snapshot()).toEqual(before);
  });
});

/** The sample workbook, saved (a fresh document per test). */
function withHostWorkbook(): string {
  const h = withHost("sample");
  const saved = h.wb.save();
  h.done();
  return saved;
}

describe("a set-up workbook, typed into", () => {
  it("validates with no error once the officer's figures are typed in, the tables growing as rows are typed", async () => {
    host = withHost(empty());
    await setUpWorkbook();
    for (const [sheet, rows] of Object.entries(TYPED)) host.wb.typeValues(sheet, "A2", rows);
    expect(host.wb.findTable("tblUASC")?.rect.endRow).toBe(4);
    expect(host.wb.getCell("UASC", "C5")?.numberFormat).toBe("#,##0");
    const { issues, data } = await validateWorkbookInExcel();
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(data?.uasc).toHaveLength(4);
  });
});
