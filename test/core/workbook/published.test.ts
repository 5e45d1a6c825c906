/**
 * Validation against DfE's published record: a workbook figure that differs from the one DfE
 * published for the same council and year is a warning at that cell naming both figures and the
 * source; equal figures, quarters and figures DfE did not publish give nothing.
 */
import { validateWorkbook } from "../../../src/core/workbook/validate";
import { dataset } from "../benchmarks/data";
import { sampleRaw } from "../../../support/sample-workbook";

const published = (raw = sampleRaw()) =>
  validateWorkbook(raw, { published: dataset }).issues.filter((i) => i.code === "published-differs");

describe("cross-check with DfE's published figures", () => {
  it("warns at the officer's cell where the looked-after figure differs, naming both figures and the source", () => {
    const cla = published().filter((i) => i.sheet === "Looked After");
    // The sample's 1,592 at 31 March 2018 against DfE's 1,593 for Hampshire (2022 edition) and
    // 1,602 at 31 March 2020 against 1,601; 2013-14 to 2016-17 are not in DfE's files, 2018-19
    // agrees (1,664), the Apr-Jun 2020 quarter is not compared.
    expect(cla).toEqual([
      {
        code: "published-differs",
        severity: "warning",
        sheet: "Looked After",
        cell: "B6",
        message:
          "2017-18 children looked after at 31 March: the workbook has 1,592, DfE published 1,593 for Hampshire (Children looked after in England including adoptions)",
        hint: "either the workbook or the local definition differs from the statutory return; correct the figure, or say in the report why it differs",
      },
      {
        code: "published-differs",
        severity: "warning",
        sheet: "Looked After",
        cell: "B8",
        message:
          "2019-20 children looked after at 31 March: the workbook has 1,602, DfE published 1,601 for Hampshire (Children looked after in England including adoptions)",
        hint: "either the workbook or the local definition differs from the statutory return; correct the figure, or say in the report why it differs",
      },
    ]);
  });

  it("names every differing plan and referral figure, and none that agrees", () => {
    const cells = published().map((i) => `${i.sheet}!${i.cell}`);
    // Plans: 1,293 v 1,294 (2017-18), 1,022 v 1,024 (2021-22); 2015-16, 2016-17, 2018-19 to 2020-21 agree.
    expect(cells.filter((c) => c.startsWith("Child Protection"))).toEqual([
      "Child Protection!B4",
      "Child Protection!B8",
    ]);
    expect(cells.filter((c) => c.startsWith("Contacts"))).toEqual([
      "Contacts!C2",
      "Contacts!C3",
      "Contacts!C4",
      "Contacts!C5",
      "Contacts!C6",
    ]);
  });

  it("gives nothing once the workbook holds DfE's figure, or for a council not in DfE's list, or without the dataset", () => {
    const raw = sampleRaw();
    const la = raw.sheets.find((s) => s.name === "Looked After")!.tables[0]!;
    const fixed = {
      ...raw,
      sheets: raw.sheets.map((s) =>
        s.name !== "Looked After"
          ? s
          : {
              ...s,
              tables: [
                {
                  ...la,
                  rows: la.rows.map((r) => (r[0] === "2019-20" ? [r[0], 1601] : r[0] === "2017-18" ? [r[0], 1593] : r)),
                },
              ],
            },
      ),
    };
    expect(published(fixed).filter((i) => i.sheet === "Looked After")).toEqual([]);
    const settings = raw.sheets.find((s) => s.name === "Settings")!.tables[0]!;
    const elsewhere = {
      ...raw,
      sheets: raw.sheets.map((s) =>
        s.name !== "Settings"
          ? s
          : {
              ...s,
              tables: [
                { ...settings, rows: settings.rows.map((r) => (r[0] === "Local authority" ? [r[0], "Wessex"] : r)) },
              ],
            },
      ),
    };
    expect(published(elsewhere)).toEqual([]);
    expect(validateWorkbook(raw).issues.filter((i) => i.code === "published-differs")).toEqual([]);
  });
});
