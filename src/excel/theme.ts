/**
 * Which theme the pane draws, and when to look again.
 *
 * Office.context.officeTheme is documented for Excel on the web, Windows, Mac and iOS
 * (https://learn.microsoft.com/javascript/api/office/office.officetheme), but Excel on the web
 * has been seen to leave it undefined (office-js #6134), and its value has been seen to stay as
 * it was when the officer changed Office's theme while the add-in ran (office-js #713). It is
 * not part of an Excel requirement set, so it is read defensively: `isDarkTheme` where Office
 * gives it, otherwise the lightness of `bodyBackgroundColor`; without either, the pane follows
 * the system's light or dark setting (`prefers-color-scheme`), which in Excel on the web is the
 * browser's and in desktop Excel's webview the operating system's.
 *
 * The shared runtime outlives the pane (the pane is closed and reopened, the tab goes to the
 * background and back), so the theme is read again each time the pane becomes visible, and
 * whenever the system's setting changes while Office gives no theme.
 */

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The bit of a MediaQueryList the pane listens to. */
interface ColourSchemeQuery {
  readonly matches: boolean;
  addEventListener(type: "change", listener: () => void): void;
  removeEventListener(type: "change", listener: () => void): void;
}

/** What watching the theme needs of the page: its globals by default, stand-ins in tests. */
export interface ThemeEnvironment {
  readonly document?: {
    readonly visibilityState: string;
    addEventListener(type: "visibilitychange", listener: () => void): void;
    removeEventListener(type: "visibilitychange", listener: () => void): void;
  };
  readonly matchMedia?: (query: string) => ColourSchemeQuery;
}

function pageEnvironment(): ThemeEnvironment {
  const g = globalThis as Partial<{
    document: ThemeEnvironment["document"];
    matchMedia: ThemeEnvironment["matchMedia"];
  }>;
  return {
    ...(g.document ? { document: g.document } : {}),
    ...(typeof g.matchMedia === "function" ? { matchMedia: g.matchMedia.bind(globalThis) } : {}),
  };
}

/**
 * Office's own answer: true for a dark theme (Black, Dark Gray), false for a light one,
 * undefined when Office gives no theme it can be told from (or there is no Office).
 */
export function officeThemeDarkness(): boolean | undefined {
  if (typeof Office === "undefined") return undefined;
  const theme = (Office.context as Partial<Office.Context> | undefined)?.officeTheme as
    Partial<Office.OfficeTheme> | undefined;
  if (typeof theme?.isDarkTheme === "boolean") return theme.isDarkTheme;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme?.bodyBackgroundColor ?? "");
  if (!m) return undefined;
  // Relative luminance (WCAG 2.2's definition): below the middle grey's, the background is dark.
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 0.18;
}

/**
 * True when the pane should be dark: Office's theme where it gives one, else the system's
 * `prefers-color-scheme`; light when neither says.
 */
export function officeThemeIsDark(env: ThemeEnvironment = pageEnvironment()): boolean {
  return officeThemeDarkness() ?? env.matchMedia?.(DARK_QUERY).matches ?? false;
}

/**
 * Calls `onChange` with {@link officeThemeIsDark} each time the pane becomes visible again
 * and each time the system's colour scheme changes. Returns the function that stops watching.
 */
export function watchOfficeTheme(
  onChange: (dark: boolean) => void,
  env: ThemeEnvironment = pageEnvironment(),
): () => void {
  const reread = () => onChange(officeThemeIsDark(env));
  const onVisibility = () => {
    if (env.document?.visibilityState === "visible") reread();
  };
  const scheme = env.matchMedia?.(DARK_QUERY);
  env.document?.addEventListener("visibilitychange", onVisibility);
  scheme?.addEventListener("change", reread);
  return () => {
    env.document?.removeEventListener("visibilitychange", onVisibility);
    scheme?.removeEventListener("change", reread);
  };
}
