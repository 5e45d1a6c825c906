/** Datasets mapped by `CSC_<Dataset>` defined names to the officer's own tables and ranges. */
import { validateWorkbook } from "../../../src/core/workbook/validate";
import { DATASET_NAMES, datasetNameFor, namedRange, rangeAsTable } from "../../../src/core/workbook/names";
import { LAYOUT } from "../../../src/core/workbook/layout";
import type { RawTable, RawWorkbook } from "../../../src/core/workbook/raw";
import { mappingComment } from "../../../src/core/workbook/mapping";
import { acrossTable, sampleRaw, where } from "./helpers";

const S = sampleRaw();

/** The sample with the Contacts sheet replaced by `table` on "My figures", mapped by `formula`. */
function mapped(formula: string, table: RawTable | undefined, range?: RawTable): RawWorkbook {
  const sheets = S.sheets.filter((s) => s.name !== "Contacts");
  return {
    sheets: [...sheets, { name: "My figures", tables: table ? [table] : [] }],
    names: [{ name: "CSC_Contacts", formula, ...(range ? { range } : {}) }],
  };
}

const contacts = S.sheets.find((s) => s.name === "Contacts")?.tables[0] as RawTable;
const moved = (t: RawTable, name: string, top = 2, left = 1): RawTable => ({
  ...t,
  name,
  sheet: "My figures",
  top,
  left,
});

describe("DATASET_NAMES", () => {
  it("gives every dataset its CSC_ name", () => {
    expect(LAYOUT.map((d) => datasetNameFor(d.id))).toEqual([
      "CSC_Settings",
      "CSC_Assessments",
      "CSC_ChildProtection",
      "CSC_LookedAfter",
      "CSC_Contacts",
      "CSC_UASC",
      "CSC_AssessmentLog",
    ]);
    expect(Object.keys(DATASET_NAMES)).toHaveLength(LAYOUT.length);
  });
});

describe("a CSC_ name", () => {
  const down = validateWorkbook(S);

  it.each(["=tblMine[#All]", "tblMine", "=TBLMINE[]"])("%s maps a table under the officer's own name", (formula) => {
    const result = validateWorkbook(mapped(formula, moved(contacts, "tblMine")));
    expect(result.issues.map(where)).toEqual(down.issues.map(where));
    expect(result.data).toEqual(down.data);
  });

  it("maps a sheet range with periods across, and names the officer's cells", () => {
    const range = moved(
      acrossTable({
        ...contacts,
        rows: contacts.rows.map((r, i) => (i === 1 ? [r[0] ?? null, r[1] ?? null, -1, r[3] ?? null] : r)),
      }),
      "",
    );
    const result = validateWorkbook(mapped("='My figures'!$B$3:$G$6", undefined, range));
    // Referrals for 2018-19: the second measure (sheet row 5), the second period (column D).
    expect(result.issues.map(where)).toContain("negative@My figures!D5");
  });

  it("takes precedence over the layout's table", () => {
    const raw: RawWorkbook = {
      sheets: [...S.sheets, { name: "My figures", tables: [moved(contacts, "tblMine")] }],
      names: [{ name: "csc_contacts", formula: "=tblMine[#All]" }],
    };
    const issues = validateWorkbook(raw).issues;
    // The layout's tblContacts has the same headers: it is not read, and the officer is told.
    expect(issues.map(where)).toContain("table-duplicate@Contacts!A1");
  });

  it("that refers to nothing is an error saying so in the pane's words, not a fall-back to the layout's table", () => {
    const raw: RawWorkbook = { ...S, names: [{ name: "CSC_Contacts", formula: "=#REF!" }] };
    const result = validateWorkbook(raw);
    const issue = result.issues.find((i) => i.code === "name-broken");
    expect(issue && where(issue)).toBe("name-broken@Contacts!A1");
    expect(issue?.message).toBe(
      "the Contacts figures are linked to a table of your own that is no longer in this workbook",
    );
    expect(issue?.hint).toContain("Use my own tables");
    expect(result.data).toBeUndefined();
  });

  it("to a range without a needed measure names the measure and the dataset", () => {
    const range = moved({ ...contacts, headers: ["Year", "Contacts", "Refs", "Re-referrals"] }, "");
    const result = validateWorkbook(mapped("='My figures'!$B$3:$E$8", undefined, range));
    const issue = result.issues.find((i) => i.code === "name-headers");
    expect(issue && where(issue)).toBe("name-headers@My figures!D3");
    expect(issue?.message).toBe('your own table for the Contacts figures has no "Referrals"');
    expect(result.data).toBeUndefined();
  });
});

describe("namedRange", () => {
  it.each([
    ["='My figures'!$B$3:$G$6", { sheet: "My figures", top: 2, left: 1, bottom: 5, right: 6 }],
    ["Contacts!A1:D6", { sheet: "Contacts", top: 0, left: 0, bottom: 5, right: 3 }],
    ["='It''s mine'!$B:$D", { sheet: "It's mine", top: 0, left: 1, bottom: 1_048_575, right: 3 }],
    // Whole rows, as for a table laid across: every column, the readers cut them to the used ones.
    ["=Contacts!$1:$8", { sheet: "Contacts", top: 0, left: 0, bottom: 7, right: 16_383 }],
    ["=Contacts!3:2", { sheet: "Contacts", top: 1, left: 0, bottom: 2, right: 16_383 }],
  ])("reads %s", (formula, expected) => {
    expect(namedRange(formula)).toEqual(expected);
  });

  it.each([
    "=#REF!",
    "=#REF!$A$1:$B$2",
    "=tblMine[#All]",
    "=0.07",
    "=$A$1:$B$2",
    "=Contacts!$0:$3",
    "=Contacts!$1:$1048577",
  ])("gives nothing for %s", (formula) => {
    expect(namedRange(formula)).toBeUndefined();
  });
});

describe("a CSC_ name over exactly a table's cells", () => {
  it("is that table: no warning that the table is a second copy of itself", () => {
    const range = rangeAsTable(
      { sheet: "Contacts", top: 0, left: 0, bottom: contacts.rows.length, right: contacts.headers.length - 1 },
      [contacts.headers, ...contacts.rows],
    );
    const result = validateWorkbook({ ...S, names: [{ name: "CSC_Contacts", formula: "=Contacts!$A$1:$D$6", range }] });
    expect(result.issues.map(where)).toEqual(validateWorkbook(S).issues.map(where));
    expect(result.data).toEqual(validateWorkbook(S).data);
  });
});

describe("the officer's choices recorded with a CSC_ name", () => {
  const down = validateWorkbook(S);
  /** The Contacts table under the officer's own headers ("Financial year", "Contacts received"). */
  const own = moved(
    {
      ...contacts,
      headers: contacts.headers.map((h) =>
        h === "Year" ? "Financial year" : h === "Contacts" ? "Contacts received" : h,
      ),
    },
    "tblMine",
  );
  const withComment = (comment?: string): RawWorkbook => {
    const raw = mapped("=tblMine[#All]", own);
    return { ...raw, names: (raw.names ?? []).map((n) => ({ ...n, ...(comment ? { comment } : {}) })) };
  };

  it("reads the officer's labels as the columns they chose, with the same issues and figures", () => {
    const { comment } = mappingComment("Contacts and referrals", [
      { header: "Year", label: "Financial year" },
      { header: "Contacts", label: "Contacts received" },
    ]);
    const result = validateWorkbook(withComment(comment));
    expect(result.issues.map(where)).toEqual(down.issues.map(where));
    expect(result.data).toEqual(down.data);
  });

  it("without the choices, the name lacks the columns (one error for each)", () => {
    const result = validateWorkbook(withComment());
    expect(result.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([
      "name-headers",
      "name-headers",
    ]);
    expect(result.data).toBeUndefined();
  });

  it("applies them to the measures of a table with the periods across", () => {
    const across = moved(acrossTable(contacts), "");
    const relabelled: RawTable = {
      ...across,
      rows: across.rows.map((r) => (r[0] === "Contacts" ? ["Contacts received", ...r.slice(1)] : r)),
    };
    const { comment } = mappingComment("Contacts and referrals", [{ header: "Contacts", label: "Contacts received" }]);
    const raw = mapped("='My figures'!$B$3:$G$6", undefined, relabelled);
    const result = validateWorkbook({ ...raw, names: (raw.names ?? []).map((n) => ({ ...n, comment })) });
    expect(result.data?.contacts).toEqual(down.data?.contacts);
  });
});
