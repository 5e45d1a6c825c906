/**
 * Error and warning markers: a shape AND a word, so meaning never rests on colour alone
 * (WCAG 2.2 SC 1.4.1). The icon is decorative (aria-hidden); the word carries the meaning.
 * The shape is drawn in the text's colour and its cross or exclamation in the pane's
 * background, so both stay apart in every theme; in Windows high contrast (forced colours) they
 * are CanvasText on Canvas, the theme's own pair: the browser leaves an SVG's fill and stroke as
 * the author set them ("SVG elements have forced-color-adjust:none set", Chromium's change in
 * https://github.com/web-platform-tests/wpt/pull/26601), so a hard-coded white would vanish on
 * a black high-contrast theme's white shape.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/workbook";

const useStyles = makeStyles({
  tag: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  // Fluent's status colours, which follow the theme: in the light theme 6.5:1 and 8:1 on the
  // list's background, in the dark one above 4.5:1 too (WCAG 1.4.3; the dark-theme e2e checks).
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground2 },
  shape: {
    fill: "currentColor",
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  mark: {
    fill: "none",
    stroke: tokens.colorNeutralBackground1,
    "@media (forced-colors: active)": { stroke: "Canvas" },
  },
  dot: {
    fill: tokens.colorNeutralBackground1,
    "@media (forced-colors: active)": { fill: "Canvas" },
  },
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
            <circle className={s.shape} cx="8" cy="8" r="7" />
            <path className={s.mark} d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" strokeWidth="1.8" strokeLinecap="round" />
          </>
        ) : (
          <>
            <path className={s.shape} d="M8 1.2L15.2 14.4H0.8z" />
            <path className={s.mark} d="M8 6v4" strokeWidth="1.8" strokeLinecap="round" />
            <circle className={s.dot} cx="8" cy="12.2" r="1" />
          </>
        )}
      </svg>
      {isError ? "Error" : "Warning"}
    </span>
  );
}
