/**
 * Which Office the add-in runs in, for the pane's choices that depend on it (how a file is
 * saved). Office.context.diagnostics.platform is read when context.platform is absent
 * (learn.microsoft.com/javascript/api/office/office.platformtype); undefined when no Office
 * is loaded at all.
 */
export function officePlatform(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  const context = Office.context as Partial<Office.Context> | undefined;
  const platform = context?.platform ?? context?.diagnostics?.platform;
  // Office.PlatformType is declared as an enum; at run time its members are the strings
  // "PC", "OfficeOnline", "Mac", ... (the page above).
  return platform === undefined ? undefined : String(platform);
}

/**
 * True when Office shows a dark theme (Black or Dark Gray), so the pane can match it.
 * Office.context.officeTheme is supported by Excel on the web, Windows, Mac and iOS
 * (https://learn.microsoft.com/javascript/api/office/office.officetheme); it is not part of an
 * Excel requirement set, so it is read defensively: `isDarkTheme` where Office gives it,
 * otherwise the lightness of `bodyBackgroundColor`; false without either (or without Office).
 */
export function officeThemeIsDark(): boolean {
  if (typeof Office === "undefined") return false;
  const theme = (Office.context as Partial<Office.Context> | undefined)?.officeTheme as
    Partial<Office.OfficeTheme> | undefined;
  if (typeof theme?.isDarkTheme === "boolean") return theme.isDarkTheme;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme?.bodyBackgroundColor ?? "");
  if (!m) return false;
  // Relative luminance (WCAG 2.2's definition): below the middle grey's, the background is dark.
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 0.18;
}
