import { MONTH_ABBREVIATIONS, MONTH_NAMES, monthFromName } from "../../../src/core/dates/months";

it.each([
  ["Jun", 6],
  ["june", 6],
  ["JUNE", 6],
  ["Sept", 9],
  ["sep", 9],
  ["September", 9],
  ["May", 5],
  ["Dec", 12],
  ["Juno", undefined],
  ["", undefined],
])("reads %p as month %p", (name, month) => expect(monthFromName(name)).toBe(month));

it("names and shortens the twelve months from one list", () => {
  expect(MONTH_NAMES).toHaveLength(12);
  expect([MONTH_NAMES[0], MONTH_NAMES[8], MONTH_NAMES[11]]).toEqual(["January", "September", "December"]);
  expect(MONTH_ABBREVIATIONS.join(" ")).toBe("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec");
});
