/**
 * Error and warning markers: a shape AND a word, so meaning never rests on colour alone
 * (WCAG 2.2 SC 1.4.1). The icon is decorative (aria-hidden); the word carries the meaning.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/workbook/issues";

const useStyles = makeStyles({
  tag: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  // Both colours exceed 4.5:1 on white (WCAG 1.4.3).
  error: { color: "#A80000" },
  warning: { color: "#7A4100" },
});

/** "Error" with a cross in a circle, or "Warning" with an exclamation in a triangle. */
export function SeverityTag({ severity }: { readonly severity: Severity }) {
  const s = useStyles();
  const isError = severity === "error";
  return (
    <span className={`${s.tag} ${isError ? s.error : s.warning}`}>
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        {isError ? (
          <>
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
          </>
        ) : (
          <>
            <path d="M8 1.2L15.2 14.4H0.8z" fill="currentColor" />
            <path d="M8 6v4" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
            <circle cx="8" cy="12.2" r="1" fill="#fff" />
          </>
        )}
      </svg>
      {isError ? "Error" : "Warning"}
    </span>
  );
}
