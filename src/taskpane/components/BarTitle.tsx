/**
 * A message bar's title that a screen reader does not run into the text after it. Fluent UI's
 * MessageBarTitle separates the two only by a CSS `::after` space, which live regions and
 * `textContent` do not carry, so "Done" and "Report for 2021-22 ready" were read as one word
 * ("DoneReport"). A full stop, hidden from sight, closes the title when it has no punctuation
 * of its own; sighted users see the bar as before.
 */
import { MessageBarTitle, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // The usual visually-hidden pattern: read, not seen.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** Props of {@link BarTitle}. */
export interface BarTitleProps {
  readonly children: string;
}

/** The title, then a full stop (hidden) unless the title ends in punctuation, then a space. */
export function BarTitle({ children }: BarTitleProps) {
  const s = useStyles();
  const closed = /[.:!?…]$/.test(children.trim());
  return (
    <>
      <MessageBarTitle>{children}</MessageBarTitle>
      {closed ? " " : <span className={s.hidden}>. </span>}
    </>
  );
}
