/**
 * Validation against DfE's published record: figures within a child or two of DfE's are one
 * grouped note; a measure counted another way is one warning listing its years, at its first
 * cell; equal figures, quarters and figures DfE did not publish give nothing.
 */
import { validateWorkbook } from "../../../src/core/workbook/validate";
import { isSmallDifference } from "../../../src/core/workbook/rules/published";
import { dataset } from "../benchmarks/data";
import { sampleRaw } from "../../../support/sample-workbook";

const published = (raw = sampleRaw()) =>
  validateWorkbook(raw, { published: dataset }).issues.filter(
    (i) => i.code === "published-differs" || i.code === "published-close",
  );

describe("cross-check with DfE's published figures", () => {
  it("groups the differences of a child or two into one note naming each figure and DfE's", () => {
    const close = validateWorkbook(sampleRaw(), { published: dataset }).issues.filter(
      (i) => i.code === "published-close",
    );
    // Plans: 1,293 v 1,294 (2017-18), 1,022 v 1,024 (2021-22); looked after: 1,592 v 1,593
    // (31 March 2018, DfE's 2022 edition), 1,602 v 1,601 (31 March 2020). One note, at the first.
    expect(close).toEqual([
      {
        code: "published-close",
        severity: "warning",
        sheet: "Child Protection",
        cell: "B4",
        message:
          "4 figures are within a child or two of DfE's published figures for Hampshire: 2017-18 children on a child protection plan at 31 March (1,293, DfE 1,294); 2021-22 children on a child protection plan at 31 March (1,022, DfE 1,024); 2017-18 children looked after at 31 March (1,592, DfE 1,593); 2019-20 children looked after at 31 March (1,602, DfE 1,601)",
        hint: "differences this small come from records added or corrected after the return, and DfE revises its tables; no action is needed unless you expected them to agree",
      },
    ]);
  });

  it("warns once per measure where the workbook counts something else, listing its years", () => {
    // The sample's referrals are a local front-door count: about twice DfE's every year.
    expect(published().filter((i) => i.code === "published-differs")).toEqual([
      {
        code: "published-differs",
        severity: "warning",
        sheet: "Contacts",
        cell: "C2",
        message:
          "referrals differ from DfE's published figures for Hampshire (Children in need, table C1) in 5 years: 2017-18: 35,953, DfE 16,115; 2018-19: 40,014, DfE 18,408; 2019-20: 44,434, DfE 20,220; 2020-21: 48,826, DfE 21,331; 2021-22: 60,761, DfE 27,374",
        hint: "a gap this size usually means something else is counted (a local count against the statutory return's definition); correct the figures, or say in the report how they are counted",
      },
    ]);
  });

  it("tells a child or two from a gap: 2 children, or half a percent of DfE's figure", () => {
    expect(isSmallDifference(1601, 1602)).toBe(true);
    expect(isSmallDifference(12, 10)).toBe(true);
    expect(isSmallDifference(13, 10)).toBe(false);
    expect(isSmallDifference(20_100, 20_000)).toBe(true);
    expect(isSmallDifference(20_101, 20_000)).toBe(false);
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
    expect(published(fixed).map((i) => i.message)).not.toContainEqual(expect.stringContaining("looked after"));
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
