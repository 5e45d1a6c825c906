/**
 * The Settings' local authority found in DfE's list of councils: the ways councils write their
 * own names, codes, and a clear message with suggestions when it is not found.
 */
import { isMatch, matchCouncil, normaliseCouncilName } from "../../../src/core/benchmarks/match";
import { sampleWorkbook } from "../../../src/taskpane/sample";
import { dataset as data } from "./data";

const found = (name: string) => {
  const m = matchCouncil(data, name);
  if (!isMatch(m)) throw new Error(m.message);
  return m;
};

describe("matching the council to DfE's list", () => {
  it.each([
    ["Hampshire County Council", "850"],
    ["HAMPSHIRE", "850"],
    ["850", "850"],
    ["E10000014", "850"],
    ["Bristol City Council", "801"],
    ["City of Bristol", "801"],
    ["Royal Borough of Windsor & Maidenhead", "868"],
    ["Brighton & Hove City Council", "846"],
    ["St Helens Council", "342"],
    ["Durham County Council", "840"],
    ["Kingston upon Hull City Council", "810"],
    ["London Borough of Barking and Dagenham", "301"],
    ["Herefordshire Council", "884"],
    ["Southend on Sea City Council", "882"],
  ])("%s is DfE's %s", (name, code) => {
    expect(found(name).council.code).toBe(code);
  });

  it("prefers the council DfE's model still covers over an older one of the same name", () => {
    // Dorset: 835 until 2019, 838 (the new unitary council) since.
    expect(found("Dorset Council").council.code).toBe("838");
  });

  it("gives the region and the ten statistical neighbours of the sample workbook's council", () => {
    const settings = sampleWorkbook().sheets.find((s) => s.name === "Settings")!.tables[0]!.rows;
    const la = settings.find((r) => r[0] === "Local authority")![1] as string;
    expect(la).toBe("Hampshire County Council");
    const m = found(la);
    expect(m.council.name).toBe("Hampshire");
    expect(m.region?.name).toBe("South East");
    // sn_model_2025_wide.csv, row 850: 865, 802, 916, 938, 869, 867, 803, 937, 931, 855.
    expect(m.neighbours.map((n) => n.name)).toEqual([
      "Wiltshire",
      "North Somerset",
      "Gloucestershire",
      "West Sussex",
      "West Berkshire",
      "Bracknell Forest",
      "South Gloucestershire",
      "Warwickshire",
      "Oxfordshire",
      "Leicestershire",
    ]);
  });

  it("says what was not found and suggests the closest names", () => {
    const m = matchCouncil(data, "Hampshir County Council");
    expect(isMatch(m)).toBe(false);
    if (isMatch(m)) return;
    expect(m.message).toContain('"Hampshir County Council"');
    expect(m.suggestions[0]?.name).toBe("Hampshire");
    expect(m.message).toContain('Did you mean "Hampshire" (850)');
    const none = matchCouncil(data, "Gotham");
    expect(isMatch(none)).toBe(false);
    if (!isMatch(none)) expect(none.message).toMatch(/not one of DfE's councils/);
    // An empty name or kind-words only never match a council.
    expect(isMatch(matchCouncil(data, "County Council"))).toBe(false);
  });

  it("normalises the kind of council away", () => {
    expect(normaliseCouncilName("Bristol, City of")).toBe("bristol");
    expect(normaliseCouncilName("St. Helens")).toBe(normaliseCouncilName("St Helens Council"));
    expect(normaliseCouncilName("Windsor & Maidenhead")).toBe("windsor and maidenhead");
  });
});
