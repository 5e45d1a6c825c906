/**
 * CSC.BENCHMARK: the published figure by indicator, year and area, as a Promise (the dataset
 * is a lazily loaded chunk), errors as values: #VALUE! for an argument that names nothing,
 * #N/A for a figure DfE did not publish.
 */
import { BLANK, delivered, MockCustomFunctionsError, PLATFORMS } from "./custom-functions-mock";
import * as csc from "../../src/functions/functions";

describe.each(PLATFORMS)("CSC.BENCHMARK on Excel %s", (platform) => {
  const call = (...args: unknown[]) =>
    (csc.benchmark as (...a: unknown[]) => Promise<number>)(...args.map((a) => delivered(a, platform)));
  const rejected = async (...args: unknown[]) => {
    const e: unknown = await call(...args).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(MockCustomFunctionsError);
    return e as MockCustomFunctionsError;
  };

  it.each<[unknown, unknown, unknown, number]>([
    ["cla", "2019-20", BLANK, 80000], // England, 31 March 2020 (DfE's current series)
    ["cla", 2020, "England", 80000],
    ["cla", "2018-19", null, 78140],
    ["cp", "2019-20", "Hampshire County Council", 938],
    ["cp", "2019-20", 850, 938],
    ["cla", "2019-20", "Hampshire", 1601],
    ["rereferral_rate", "2019-20", "England", 22.6],
    ["cla_rate", "2019-20", "South East", 54],
    ["sw_vacancy", 2020, "England", 16.1], // 30 September 2020
    ["sw_vacancy", "2020-21", "England", 16.1],
  ])("(%j, %j, %j) = %d", async (indicator, year, area, expected) => {
    await expect(call(indicator, year, area)).resolves.toBe(expected);
  });

  it.each<[unknown, unknown, unknown, string, string]>([
    ["looked after", "2019-20", null, "#VALUE!", 'Unknown indicator "looked after": use one of referrals'],
    ["cla", "last year", null, "#VALUE!", 'financial year such as "2019-20"'],
    ["cla", BLANK, null, "#VALUE!", "The year is blank."],
    ["cla", "2019-20", "Gotham", "#VALUE!", '"Gotham" is not one of DfE\'s councils'],
    ["cp", "2023-24", "Hampshire", "#N/A", "DfE did not publish cp for Hampshire in 2023-24: low reliability."],
    ["cla", "2012-13", null, "#N/A", "no cla figure for England in 2012-13"],
  ])("(%j, %j, %j) is %s saying %s", async (indicator, year, area, code, message) => {
    const e = await rejected(indicator, year, area);
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
  });
});
