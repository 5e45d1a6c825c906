/**
 * The pane's global rules: reflow, and links in forced colours (below).
 * Reflow (WCAG 2.2 SC 1.4.10): the pane's content fits its width down to 320 px at 400%, which
 * for a task pane means about 88 CSS pixels (a 350 px pane at 400%), with no sideways scrolling
 * and no text cut off. Fluent UI's controls assume more room: buttons do not wrap their label
 * and hide what overflows, a Select is as wide as its longest option, a radio or checkbox label
 * and a message bar keep long words whole, a Combobox is 250 px at least. These rules, scoped to the pane's root, let every
 * one of them shrink and wrap; a container query (the pane, not the window, is what narrows in
 * Office and in the preview) takes in the pane's padding when it is very narrow.
 * https://www.w3.org/WAI/WCAG22/Understanding/reflow.html
 */
import { makeStaticStyles } from "@fluentui/react-components";

/** The class the pane's root carries for these rules. */
export const PANE_CLASS = "csc-pane";

/** Inserts the pane's reflow rules (call once, in the pane's root component). */
export const useReflowStyles = makeStaticStyles(`
.${PANE_CLASS} { container-type: inline-size; overflow-wrap: anywhere; }
.${PANE_CLASS} .fui-Button { white-space: normal; min-width: 0; max-width: 100%; height: auto; overflow-wrap: anywhere; }
.${PANE_CLASS} .fui-Select, .${PANE_CLASS} .fui-Select__select, .${PANE_CLASS} .fui-Input,
.${PANE_CLASS} .fui-Textarea, .${PANE_CLASS} .fui-Field, .${PANE_CLASS} .fui-Combobox,
.${PANE_CLASS} .fui-Combobox__input { min-width: 0; max-width: 100%; }
.${PANE_CLASS} .fui-Radio, .${PANE_CLASS} .fui-Checkbox, .${PANE_CLASS} .fui-Label,
.${PANE_CLASS} .fui-Radio__label, .${PANE_CLASS} .fui-Checkbox__label { min-width: 0; max-width: 100%; }
.${PANE_CLASS} .fui-MessageBar, .${PANE_CLASS} .fui-MessageBarBody { min-width: 0; }
.${PANE_CLASS} .fui-Tab { min-width: 0; max-width: 100%; }
/* Forced colours (Windows high contrast): every link, an anchor or a Fluent Link drawn as a
   button, is LinkText and underlined, so it reads as a link by more than its colour (WCAG 2.2
   SC 1.4.1; Fluent underlines a link only on hover). */
@media (forced-colors: active) {
  .${PANE_CLASS} a, .${PANE_CLASS} .fui-Link { color: LinkText; text-decoration-line: underline; }
}
@container (max-width: 180px) {
  .${PANE_CLASS} main { padding-left: 4px; padding-right: 4px; }
  .${PANE_CLASS} .fui-Tab { padding-left: 4px; padding-right: 4px; }
  .${PANE_CLASS} .fui-MessageBar { padding-left: 4px; padding-right: 4px; }
  .${PANE_CLASS} [role="tablist"] { margin-left: 0; }
  /* The bar's title says what kind of message it is; its icon's column is room the text needs. */
  .${PANE_CLASS} .fui-MessageBar__icon { display: none; }
}
`);
