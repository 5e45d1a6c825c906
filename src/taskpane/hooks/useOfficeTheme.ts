import { useEffect, useState } from "react";
import { officeThemeIsDark, watchOfficeTheme } from "../../excel";

/**
 * True while the pane should draw Fluent's dark theme: Office's theme (else the system's
 * colour scheme), read as the pane opens and again each time it becomes visible, since the
 * shared runtime, and so this state, outlives a closed pane (src/excel/theme.ts says why).
 */
export function useOfficeTheme(): boolean {
  const [dark, setDark] = useState(() => officeThemeIsDark());
  useEffect(() => watchOfficeTheme(setDark), []);
  return dark;
}
