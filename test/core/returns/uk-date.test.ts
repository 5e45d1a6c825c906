import { birthday, parseUkDate } from "../../../src/core/returns";
import { isoFromSerial, serialFromIso } from "../../../src/core/dates";

describe("parseUkDate (dd/mm/yyyy as DfE writes it)", () => {
  const cases: [string, string][] = [
    ["31/03/2018", "2018-03-31"],
    ["1/4/2017", "2017-04-01"],
    [" 29/02/2016 ", "2016-02-29"],
    ["2018-03-31", "2018-03-31"],
  ];
  it.each(cases)("%s is %s", (text, iso) => {
    const d = parseUkDate(text);
    expect(d.kind === "date" && isoFromSerial(d.serial)).toBe(iso);
  });
  const bad: [string, string][] = [
    ["31/03/18", "two-digit-year"],
    ["31/02/2018", "impossible"],
    ["29/02/2017", "impossible"],
    ["2018/03/31", "format"],
    ["March 2018", "format"],
  ];
  it.each(bad)("%s is reported as %s", (text, problem) => {
    expect(parseUkDate(text)).toEqual({ kind: "bad", problem });
  });
  it("blank is blank", () => expect(parseUkDate("  ").kind).toBe("blank"));
});

describe("birthday", () => {
  it.each([
    ["2000-05-10", "2018-05-10"],
    ["2000-02-29", "2018-03-01"],
  ])("born %s turns 18 on %s", (dob, day) => {
    expect(isoFromSerial(birthday(serialFromIso(dob) ?? 0, 18))).toBe(day);
  });
});
