/**
 * Which theme the pane follows: Office.context.officeTheme's isDarkTheme where Office gives it,
 * else the lightness of its body background; without either (Excel on the web can leave the
 * theme undefined: office-js #6134) the system's prefers-color-scheme; light when nothing says.
 * Read again each time the pane becomes visible (the runtime outlives a closed pane, and Office
 * has been seen not to update the theme it gave: office-js #713).
 * https://learn.microsoft.com/javascript/api/office/office.officetheme
 */
import { officeThemeIsDark, watchOfficeTheme, type ThemeEnvironment } from "../../src/excel";

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

/** A page whose visibility and system colour scheme the test sets. */
function fakePage(systemDark: boolean) {
  const listeners = { visibilitychange: new Set<() => void>(), change: new Set<() => void>() };
  const page = {
    visibilityState: "visible",
    systemDark,
    setVisibility(state: "visible" | "hidden") {
      page.visibilityState = state;
      listeners.visibilitychange.forEach((l) => l());
    },
    setSystemDark(dark: boolean) {
      page.systemDark = dark;
      listeners.change.forEach((l) => l());
    },
    listening: () => listeners.visibilitychange.size + listeners.change.size,
  };
  const env: ThemeEnvironment = {
    document: {
      get visibilityState() {
        return page.visibilityState;
      },
      addEventListener: (_: "visibilitychange", l: () => void) => void listeners.visibilitychange.add(l),
      removeEventListener: (_: "visibilitychange", l: () => void) => void listeners.visibilitychange.delete(l),
    },
    matchMedia: (query: string) => ({
      get matches() {
        return query === "(prefers-color-scheme: dark)" && page.systemDark;
      },
      addEventListener: (_: "change", l: () => void) => void listeners.change.add(l),
      removeEventListener: (_: "change", l: () => void) => void listeners.change.delete(l),
    }),
  };
  return { page, env };
}

describe("officeThemeIsDark without Office's theme", () => {
  it("follows prefers-color-scheme where Office gives no theme (office-js #6134)", () => {
    g.Office = { context: {} };
    expect(officeThemeIsDark(fakePage(true).env)).toBe(true);
    expect(officeThemeIsDark(fakePage(false).env)).toBe(false);
    withTheme({ bodyBackgroundColor: "not a colour" });
    expect(officeThemeIsDark(fakePage(true).env)).toBe(true);
  });

  it("prefers Office's theme to the system's", () => {
    withTheme({ isDarkTheme: false });
    expect(officeThemeIsDark(fakePage(true).env)).toBe(false);
    withTheme({ bodyBackgroundColor: "#262626" });
    expect(officeThemeIsDark(fakePage(false).env)).toBe(true);
  });
});

describe("watchOfficeTheme", () => {
  it("reads Office's theme again when the pane becomes visible, not while it is hidden", () => {
    const { page, env } = fakePage(false);
    withTheme({ isDarkTheme: false });
    const seen: boolean[] = [];
    const stop = watchOfficeTheme((dark) => seen.push(dark), env);
    page.setVisibility("hidden");
    // The officer switches Office to Black while the pane is closed.
    withTheme({ isDarkTheme: true });
    expect(seen).toEqual([]);
    page.setVisibility("visible");
    expect(seen).toEqual([true]);
    stop();
    expect(page.listening()).toBe(0);
  });

  it("follows the system's colour scheme as it changes where Office gives no theme", () => {
    const { page, env } = fakePage(false);
    g.Office = { context: {} };
    const seen: boolean[] = [];
    const stop = watchOfficeTheme((dark) => seen.push(dark), env);
    page.setSystemDark(true);
    page.setSystemDark(false);
    expect(seen).toEqual([true, false]);
    stop();
  });

  it("does nothing without a page (Node, the CLI)", () => {
    const stop = watchOfficeTheme(() => {
      throw new Error("no page, no change");
    }, {});
    stop();
  });
});
