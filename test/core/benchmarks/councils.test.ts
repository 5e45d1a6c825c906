/**
 * The pane's council list: every council in DfE's published figures (the dataset built from
 * data/dfe), searchable by name, the other names DfE's files use, LA number and ONS code.
 */
import { councilOptions, filterCouncils } from "../../../src/core/benchmarks";
import { dataset } from "./data";

const options = councilOptions(dataset);

describe("the council list", () => {
  it("holds every council of the dataset once, by name, labelled with its LA number", () => {
    const las = dataset.areas.filter((a) => a.kind === "la");
    expect(options.map((o) => o.code).sort()).toEqual(las.map((a) => a.code).sort());
    expect(options.length).toBeGreaterThan(150);
    const names = options.map((o) => o.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(options.find((o) => o.code === "850")?.label).toBe("Hampshire (LA 850)");
  });

  it("keeps the other names DfE's files give a council, and finds it by them", () => {
    const stHelens = options.find((o) => o.code === "342");
    expect(stHelens?.otherNames.length).toBeGreaterThan(0);
    expect(stHelens?.label).toMatch(/^St\.? Helens \(LA 342\), also St\.? Helens$/);
    for (const n of stHelens?.otherNames ?? []) expect(filterCouncils(options, n).map((o) => o.code)).toContain("342");
  });

  it.each([
    ["Hampshire County Council", "850"],
    ["hamp", "850"],
    ["850", "850"],
    ["E10000014", "850"],
    ["bristol", "801"],
    ["Royal Borough of Windsor & Maidenhead", "868"],
  ])("finds %j", (typed, code) => {
    const found = filterCouncils(options, typed);
    expect(found.map((o) => o.code)).toContain(code);
    expect(found.length).toBeLessThan(options.length);
  });

  it("keeps the whole list for blank text and none for a name DfE does not have", () => {
    expect(filterCouncils(options, "  ")).toHaveLength(options.length);
    expect(filterCouncils(options, "Atlantis")).toEqual([]);
  });
});
