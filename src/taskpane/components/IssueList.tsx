/**
 * The issues, grouped by sheet and rule. Each issue is a button that selects its cell.
 * Sheet names, cell text and messages are React text children: escaped, never parsed as HTML
 * (a sheet may be named "<img src=x onerror=...>").
 */
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/workbook/issues";
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
}

/** The grouped list. */
export function IssueList({ issues, onSelect }: IssueListProps) {
  const s = useStyles();
  const groups = groupIssues(issues);
  return (
    <div>
      {groups.map((g) => (
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
          {g.rules.map((r) => (
            <div key={r.code}>
              <h4 className={s.rule}>{r.label}</h4>
              <ul className={s.list}>
                {r.issues.map((issue, i) => (
                  <li
                    key={`${issue.cell}-${i}`}
                    className={s.item}
                    data-issue-cell={issue.cell}
                    data-issue-sheet={issue.sheet}
                  >
                    <SeverityTag severity={issue.severity} />
                    <Link
                      as="button"
                      className={s.link}
                      onClick={() => onSelect(issue)}
                      title={`Select ${cellRef(issue.sheet, issue.cell)}`}
                    >
                      {`${cellRef(issue.sheet, issue.cell)} — ${issue.message}`}
                    </Link>
                    {issue.hint && <span className={s.hint}>{`How to fix: ${issue.hint}`}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
