/** One wording for when a return's figure applies, wherever the figure is shown. */
import { serialFromYmd } from "../../../src/core/dates";
import { figureHeading } from "../../../src/core/returns";

describe("figureHeading", () => {
  const day = serialFromYmd(2020, 3, 31);
  it.each([
    ["a count on a day", { label: "Children looked after", date: day }, "Children looked after at 31/03/2020"],
    [
      "a label that already says 31 March takes only the year, never 'at 31 March at 31/03/2020'",
      { label: "Children on a child protection plan at 31 March", date: day },
      "Children on a child protection plan at 31 March 2020",
    ],
    [
      "the same label on another day says that day instead",
      { label: "Children on a child protection plan at 31 March", date: serialFromYmd(2020, 3, 30) },
      "Children on a child protection plan at 30/03/2020",
    ],
    [
      "a count over a year",
      { label: "Referrals", year: { kind: "year", startYear: 2019 } as const },
      "Referrals in 2019-20",
    ],
    ["no date or year", { label: "Referrals" }, "Referrals"],
  ])("%s", (_what, figure, words) => {
    expect(figureHeading(figure)).toBe(words);
  });
});
