/** The document settings the add-in keeps about its report, read back leniently. */
import { parseJournal, parseStoredReport } from "../../src/excel/report-state";

const stored = { sheet: "Safeguarding Report", fingerprint: "abc", reportYear: "2021-22" };

describe("parseStoredReport", () => {
  it("reads what the writer stored", () => {
    const charts = [{ name: "CSC_chart_assessments", type: "ColumnClustered" }];
    const value = JSON.stringify({ ...stored, charts, widths: [[0, 200]], extra: 1 });
    expect(parseStoredReport(value)).toEqual({ ...stored, charts, widths: [[0, 200]] });
  });

  it("keeps the description when only its charts or widths are unreadable", () => {
    expect(parseStoredReport(JSON.stringify({ ...stored, charts: "x", widths: [[0]] }))).toEqual({
      ...stored,
      charts: [],
      widths: [],
    });
  });

  it.each([undefined, 42, "not json", "[]", "null", JSON.stringify({ ...stored, fingerprint: 7 })])(
    "is undefined for %p",
    (value) => {
      expect(parseStoredReport(value)).toBeUndefined();
    },
  );
});

describe("parseJournal", () => {
  it("falls back field by field, and needs a known phase and a sheet", () => {
    expect(parseJournal(JSON.stringify({ phase: "prepared", sheet: "S", hadSheet: "yes" }))).toEqual({
      phase: "prepared",
      sheet: "S",
      hadSheet: false,
      previousSetting: null,
      backupAddress: null,
      previousCharts: [],
      previousWidths: [],
      keptCharts: [],
    });
    expect(
      parseJournal(
        JSON.stringify({
          phase: "committed",
          sheet: "S",
          hadSheet: true,
          previousSetting: "{}",
          backupAddress: "A1:K90",
        }),
      ),
    ).toMatchObject({ hadSheet: true, previousSetting: "{}", backupAddress: "A1:K90" });
    expect(parseJournal(JSON.stringify({ phase: "halfway", sheet: "S" }))).toBeUndefined();
    expect(parseJournal(JSON.stringify({ phase: "prepared" }))).toBeUndefined();
  });
});
