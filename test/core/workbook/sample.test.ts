import { validateWorkbook } from "../../../src/core/workbook/validate";
import { sampleRaw, setCell, where } from "./helpers";

describe("the sample workbook", () => {
  const result = validateWorkbook(sampleRaw());

  it("validates with no error, so the report can be built", () => {
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.data).toBeDefined();
  });

  it("has exactly the warnings its real figures deserve", () => {
    expect(result.issues.map(where)).toEqual([
      "trend-jump@Assessments!B8", // 15,924 -> 21,188 (+33%), a real rise after 2020-21
      "report-year-missing@Looked After!A9", // the 2021-22 report gives no count at 31 March 2022
      "trend-jump@UASC!C5", // care leavers 171 -> 246 (+44%) in early 2018
    ]);
    expect(result.issues.every((i) => i.severity === "warning")).toBe(true);
  });

  it("yields the datasets in period order", () => {
    const d = result.data;
    expect(d?.settings).toMatchObject({
      localAuthority: "Hampshire County Council",
      reportYear: { kind: "year", startYear: 2021 },
      under18Population: 274300,
    });
    expect(d?.uasc).toHaveLength(21);
    expect(d?.uasc[12]).toEqual({ quarter: { kind: "quarter", endYear: 2020, endMonth: 6 }, careLeavers: 335 });
    expect(d?.lookedAfter.at(-1)).toEqual({
      period: { kind: "quarter", endYear: 2020, endMonth: 6 },
      lookedAfter: 1640,
    });
    expect(d?.assessments.find((a) => a.year.startYear === 2019)?.timeliness).toBe(0.9261);
    expect(d?.assessmentLog).toBeUndefined();
  });

  it("reads figures from the cells, not constants: a changed cell changes the data", () => {
    const changed = validateWorkbook(setCell(sampleRaw(), "tblContacts", 4, "Contacts", 150000));
    expect(changed.data?.contacts.at(-1)?.contacts).toBe(150000);
  });
});
