/**
 * Which theme the pane follows: Office.context.officeTheme's isDarkTheme where Office gives it,
 * else the lightness of its body background; light without a theme or without Office.
 * https://learn.microsoft.com/javascript/api/office/office.officetheme
 */
import { officeThemeIsDark } from "../../src/excel";

const g = globalThis as unknown as { Office?: unknown };
afterEach(() => delete g.Office);

const withTheme = (officeTheme: unknown) => (g.Office = { context: { officeTheme } });

describe("officeThemeIsDark", () => {
  it("is false without Office or without a theme", () => {
    expect(officeThemeIsDark()).toBe(false);
    g.Office = { context: {} };
    expect(officeThemeIsDark()).toBe(false);
  });

  it("takes isDarkTheme where Office gives it, even over the colour", () => {
    withTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" });
    expect(officeThemeIsDark()).toBe(true);
    withTheme({ isDarkTheme: false, bodyBackgroundColor: "#000000" });
    expect(officeThemeIsDark()).toBe(false);
  });

  it.each([
    ["#262626", true],
    ["#444444", true],
    ["#FFFFFF", false],
    ["#E6E6E6", false],
    ["not a colour", false],
  ])("without isDarkTheme, a body background of %s is dark: %s", (colour, dark) => {
    withTheme({ bodyBackgroundColor: colour });
    expect(officeThemeIsDark()).toBe(dark);
  });
});
