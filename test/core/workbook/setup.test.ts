/**
 * The set-up plan (pure): what a workbook's shape lacks, what is left and why, the sample only
 * on an empty workbook, and the "no dataset at all" test the pane's first-run offer rests on.
 */
import { LAYOUT } from "../../../src/core/workbook/layout";
import { validateWorkbook } from "../../../src/core/workbook/validate";
import {
  findsMissingDataset,
  findsNoDataset,
  isEmptyWorkbook,
  describeSetup,
  planSetup,
  type WorkbookShape,
} from "../../../src/core/workbook/setup";
import { loadSampleWorkbook } from "../../../src/cli/template";

const blank: WorkbookShape = { sheets: [{ name: "Sheet1", hasValues: false, tables: [] }], names: [] };

describe("planSetup", () => {
  it("adds every dataset, the optional log included, to an empty workbook", () => {
    const plan = planSetup(blank);
    expect(plan.add.map((t) => t.table)).toEqual(LAYOUT.map((d) => d.table));
    expect(plan.add.every((t) => t.newSheet && t.rows.length >= 1)).toBe(true);
    expect(plan.sample).toBe(false);
  });

  it("keeps a dataset found by table name on another sheet, or by its header on its sheet", () => {
    const shape: WorkbookShape = {
      sheets: [
        { name: "Data", hasValues: true, tables: [{ name: "tblUASC", headers: ["Quarter"] }] },
        { name: "contacts", hasValues: true, tables: [{ name: "Table1", headers: ["Year", "Contacts"] }] },
      ],
      names: [],
    };
    const plan = planSetup(shape);
    expect(plan.kept.map((k) => [k.spec.table, k.sheet, k.reason])).toEqual([
      ["tblContacts", "contacts", "present"],
      ["tblUASC", "Data", "present"],
    ]);
    expect(plan.add.map((t) => t.table)).not.toContain("tblAssessmentLog"); // not pressed on an officer's workbook
  });

  it("adds only the datasets neither present nor mapped to the officer's own tables, and says which", () => {
    // Five datasets mapped by CSC_ names to the officer's tables on one sheet; Settings missing.
    const shape: WorkbookShape = {
      sheets: [
        {
          name: "My figures",
          hasValues: true,
          tables: ["A", "B", "C", "D", "E"].map((x) => ({ name: `Mine${x}`, headers: ["Financial year", "Total"] })),
        },
      ],
      names: ["CSC_Assessments", "csc_childprotection", "CSC_LookedAfter", "CSC_Contacts", "CSC_UASC", "Other"],
    };
    const plan = planSetup(shape);
    expect(plan.add.map((t) => t.table)).toEqual(["tblSettings"]);
    expect(plan.kept.map((k) => [k.spec.id, k.reason])).toEqual([
      ["assessments", "mapped"],
      ["childProtection", "mapped"],
      ["lookedAfter", "mapped"],
      ["contacts", "mapped"],
      ["uasc", "mapped"],
    ]);
    const { added, left } = describeSetup(plan);
    expect(added).toEqual(["Sheet “Settings” with table tblSettings."]);
    expect(left).toContain("Contacts comes from your own table: left as it is.");
  });

  it("takes the sample only when the workbook is empty", () => {
    const sample = loadSampleWorkbook();
    expect(planSetup(blank, sample).sample).toBe(true);
    const typed: WorkbookShape = { sheets: [{ name: "Sheet1", hasValues: true, tables: [] }], names: [] };
    expect(isEmptyWorkbook(typed)).toBe(false);
    const plan = planSetup(typed, sample);
    expect(plan.sample).toBe(false);
    expect(plan.notes).toEqual([]);
    expect(plan.add.find((t) => t.table === "tblUASC")?.rows).toEqual([[null, null, null]]);
  });

  it("keeps every input message and alert within Excel's 32 and 255 characters", () => {
    for (const t of planSetup(blank).add)
      for (const v of t.validations) {
        expect(v.promptTitle.length).toBeLessThanOrEqual(32);
        expect(v.errorTitle.length).toBeLessThanOrEqual(32);
        expect(v.prompt.length).toBeLessThanOrEqual(255);
        expect(v.error.length).toBeLessThanOrEqual(255);
      }
  });
});

describe("findsNoDataset", () => {
  it("is true for a blank workbook's issues and false once one dataset is there", () => {
    const none = validateWorkbook({ sheets: [{ name: "Sheet1", tables: [] }] }).issues;
    expect(findsNoDataset(none)).toBe(true);
    const some = validateWorkbook({
      sheets: [
        {
          name: "Contacts",
          tables: [
            {
              name: "tblContacts",
              sheet: "Contacts",
              top: 0,
              left: 0,
              headers: ["Year", "Contacts", "Referrals"],
              rows: [["2021-22", 1, 1]],
            },
          ],
        },
      ],
    }).issues;
    expect(findsNoDataset(some)).toBe(false);
    expect(findsMissingDataset(some)).toBe(true);
  });
});
