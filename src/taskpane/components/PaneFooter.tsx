/**
 * The pane's footer: the add-in's help page, where the workbook's layout is described, and the
 * add-in's version (so an officer can tell IT which one they have). Links open the add-in's own
 * help page (help.html, served beside taskpane.html) in a new window: Office opens target=_blank
 * links in the browser rather than inside the pane.
 */
import { Link, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  footer: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: "12px",
    rowGap: "4px",
    marginTop: "16px",
    paddingTop: "8px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * The version written in at build time; "development" where the bundle was not built by webpack
 * (unit tests render components without it).
 */
export function addinVersion(): string {
  return typeof CSC_ADDIN_VERSION === "string" ? CSC_ADDIN_VERSION : "development";
}

/** The footer under the pane's tabs. */
export function PaneFooter() {
  const s = useStyles();
  return (
    <footer className={s.footer}>
      <Link href="help.html" target="_blank" rel="noopener">
        Help
      </Link>
      <Link href="help.html#layout" target="_blank" rel="noopener">
        Workbook layout
      </Link>
      <span data-testid="addin-version">Version {addinVersion()}</span>
    </footer>
  );
}
