/**
 * The issues, grouped by sheet and rule. Each issue is a button that selects its cell, named
 * for its severity and described by its hint; an issue on a sheet the workbook does not have
 * is plain text (selecting it could only fail).
 * Sheet names, cell text and messages are React text children: escaped, never parsed as HTML
 * (a sheet may be named "<img src=x onerror=...>").
 */
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Issue } from "../../core/workbook";
import { cellRef, groupIssues, plural } from "../issue-groups";
import { SeverityTag } from "./SeverityIcon";
import { ITEM_STYLE, LIST_STYLE } from "./list-styles";

const useStyles = makeStyles({
  sheet: { margin: "16px 0 4px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  counts: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  rule: { margin: "8px 0 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: LIST_STYLE,
  item: ITEM_STYLE,
  link: { minHeight: "24px", textAlign: "left", fontSize: tokens.fontSizeBase300, wordBreak: "break-word" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link IssueList}. */
export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly onSelect: (issue: Issue) => void;
  /** The workbook's sheets; an issue on any other sheet is not a link. All are links when absent. */
  readonly sheets?: readonly string[];
}

/** The grouped list. */
export function IssueList({ issues, onSelect, sheets }: IssueListProps) {
  const s = useStyles();
  const baseId = useId();
  const present = sheets ? new Set(sheets.map((n) => n.toLowerCase())) : undefined;
  const groups = groupIssues(issues);
  return (
    <div>
      {groups.map((g, gi) => (
        <section key={g.sheet} aria-label={`Sheet ${g.sheet}`}>
          <h3 className={s.sheet}>
            {g.sheet}{" "}
            <span className={s.counts}>
              (
              {[g.errors ? plural(g.errors, "error") : "", g.warnings ? plural(g.warnings, "warning") : ""]
                .filter(Boolean)
                .join(", ")}
              )
            </span>
          </h3>
          {g.rules.map((r, ri) => (
            <div key={r.code}>
              <h4 className={s.rule}>{r.label}</h4>
              <ul className={s.list}>
                {r.issues.map((issue, i) => {
                  // Indices, not the sheet's name: an id is one token, and aria-describedby splits its value
                  // at spaces, so 'Child Protection' in an id pointed at nothing (HTML, the id attribute).
                  const hintId = `${baseId}-${gi}-${ri}-${i}`;
                  const text = `${cellRef(issue.sheet, issue.cell)} — ${issue.message}`;
                  const severity = issue.severity === "error" ? "Error" : "Warning";
                  const linked = !present || present.has(issue.sheet.toLowerCase());
                  return (
                    <li
                      key={`${issue.cell}-${i}`}
                      className={s.item}
                      data-issue-cell={issue.cell}
                      data-issue-sheet={issue.sheet}
                    >
                      <SeverityTag severity={issue.severity} />
                      {linked ? (
                        <Link
                          as="button"
                          className={s.link}
                          onClick={() => onSelect(issue)}
                          aria-label={`${severity}: ${text}`}
                          aria-describedby={issue.hint ? hintId : undefined}
                          title={`Select ${cellRef(issue.sheet, issue.cell)}`}
                        >
                          {text}
                        </Link>
                      ) : (
                        <span
                          className={s.link}
                        >{`${issue.message} (there is no sheet “${issue.sheet}” to go to)`}</span>
                      )}
                      {issue.hint && <span id={hintId} className={s.hint}>{`How to fix: ${issue.hint}`}</span>}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
