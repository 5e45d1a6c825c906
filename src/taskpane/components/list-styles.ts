/** The pane's card lists (issues, a table's columns): one style, shared. */
import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A plain vertical list. */
export const LIST_STYLE: GriffelStyle = {
  listStyle: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  gap: "6px",
};

/** One card of the list, a coloured bar on its left. */
export const ITEM_STYLE: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  gap: "2px",
  padding: "6px 8px",
  borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
  backgroundColor: tokens.colorNeutralBackground2,
};
