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
