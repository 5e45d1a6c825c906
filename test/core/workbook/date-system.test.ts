/**
 * A 1904-system workbook's dates moved to the 1900 system before the rules read them
 * (src/core/workbook/date-system.ts): date columns, date-formatted cells and the numbers a
 * period column reads as dates; a year typed as 2019 and plain counts stay as they are.
 */
import { locatedIn1900System } from "../../../src/core/workbook/date-system";
import { LAYOUT, type LocatedTable } from "../../../src/core/workbook";
import { serialFromIso } from "../../../src/core/dates";

const day = (iso: string): number => serialFromIso(iso) ?? NaN;

function located(id: string, rows: unknown[][], numberFormats?: string[][]): LocatedTable {
  const spec = LAYOUT.find((s) => s.id === id);
  if (!spec) throw new Error(id);
  return {
    spec,
    name: spec.table,
    sheet: spec.sheet,
    top: 0,
    left: 0,
    headers: spec.columns.map((c) => c.header),
    rows: rows as LocatedTable["rows"],
    columnIndex: spec.columns.map((_, k) => k),
    ...(numberFormats ? { numberFormats } : {}),
    across: false,
    at: () => "A1",
    line: (r) => `row ${r}`,
  };
}

describe("locatedIn1900System", () => {
  it("moves a log's dates by 1,462 days to the same real day", () => {
    const t = locatedIn1900System(located("assessmentLog", [["C1", day("2021-04-01") - 1462, "text"]]));
    expect(t.rows[0]).toEqual(["C1", day("2021-04-01"), "text"]);
  });

  it("moves a date in a period column and a date-formatted count, not a year typed as 2019 or a count", () => {
    const spec = LAYOUT.find((s) => s.id === "assessments");
    const width = spec?.columns.length ?? 0;
    const row = (first: unknown, second: unknown): unknown[] => [first, second, ...Array(width - 2).fill(null)];
    const general = Array(width).fill("General");
    const t = locatedIn1900System(
      located(
        "assessments",
        [row(day("2020-03-31") - 1462, 1500), row(2019, day("1908-05-14") - 1462)],
        [general, ["General", "dd/mm/yyyy", ...Array(width - 2).fill("General")]],
      ),
    );
    expect(t.rows[0]?.slice(0, 2)).toEqual([day("2020-03-31"), 1500]);
    expect(t.rows[1]?.slice(0, 2)).toEqual([2019, day("1908-05-14")]);
  });

  it("returns the table itself when nothing is a date", () => {
    const t = located("assessmentLog", [["C1", null, "x"]]);
    expect(locatedIn1900System(t)).toBe(t);
  });
});
