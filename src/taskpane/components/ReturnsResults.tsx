/**
 * What the returns gave: the figures with their definitions, DfE's rules' findings grouped by
 * return and rule (each child's ID from the return, the file and row, the values the rule is
 * about, nothing more), and the reconciliation with the workbook and DfE's published figures.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatNumber } from "../../core/base";
import { formatPeriod } from "../../core/dates";
import {
  figureHeading,
  findingPlace,
  type ReconcileRow,
  type ReturnAnalysis,
  type ReturnFinding,
} from "../../core/returns";
import { ITEM_STYLE, LIST_STYLE } from "./list-styles";

const useStyles = makeStyles({
  h3: { margin: "8px 0 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // Wide tables scroll inside their own region (keyboard-focusable) rather than the pane (WCAG 1.4.10).
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: {
    textAlign: "left",
    padding: "2px 6px 2px 0",
    verticalAlign: "top",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  num: {
    textAlign: "right",
    padding: "2px 6px 2px 0",
    verticalAlign: "top",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontVariantNumeric: "tabular-nums",
    // A number is read whole: "100.0%" never breaks as "100 / .0 / %" in a narrow pane; the
    // labels wrap instead, and a table still too wide scrolls in its region.
    whiteSpace: "nowrap",
  },
  list: LIST_STYLE,
  item: { ...ITEM_STYLE, overflowWrap: "anywhere" },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  query: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  notes: { margin: "4px 0 0", paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  dl: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    "& dt": { fontWeight: tokens.fontWeightSemibold, marginTop: "4px" },
    "& dd": { marginLeft: 0 },
  },
});

const plural = (n: number, w: string) => `${formatNumber(n)} ${w}${n === 1 ? "" : "s"}`;

/** The figures of one return, with a disclosure of their definitions. */
export function ReturnFigures({ ret }: { readonly ret: ReturnAnalysis }) {
  const s = useStyles();
  const unique = ret.figures.filter((f, i, all) => all.findIndex((g) => g.id === f.id) === i);
  return (
    <section aria-labelledby={`csc-figures-${ret.kind}`}>
      <h3 className={s.h3} id={`csc-figures-${ret.kind}`}>
        Figures from the {ret.kind === "ssda903" ? "SSDA903 return" : "census"}
      </h3>
      <table className={s.table} data-testid="returns-figures">
        <thead>
          <tr>
            <th className={s.cell} scope="col">
              Figure
            </th>
            <th className={s.num} scope="col">
              Children
            </th>
          </tr>
        </thead>
        <tbody>
          {ret.figures.map((f, i) => (
            <tr key={i}>
              <th className={s.cell} scope="row" style={{ fontWeight: "normal" }}>
                {figureHeading(f)}
              </th>
              <td className={s.num}>{formatNumber(f.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary className={s.summary}>What each figure counts</summary>
        <dl className={s.dl}>
          {unique.map((f) => (
            <div key={f.id}>
              <dt>{f.label}</dt>
              <dd>{f.definition}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

/** A sentence's first letter in capitals ("child 12, ..." -> "Child 12, ..."). */
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One finding: the child's ID, where, and the values the rule reads. */
function FindingLine({ f }: { readonly f: ReturnFinding }) {
  const values = Object.entries(f.values)
    .map(([k, v]) => `${k} ${v === "" ? "(blank)" : v}`)
    .join(", ");
  return (
    <li>
      {capitalised(findingPlace(f))}
      {values ? `: ${values}` : ""}
    </li>
  );
}

/** The findings of the returns, grouped by return then DfE rule, errors first. */
export function ReturnFindings({ returns }: { readonly returns: readonly ReturnAnalysis[] }) {
  const s = useStyles();
  const all = returns.flatMap((r) => [...r.findings.errors, ...r.findings.queries]);
  if (all.length === 0)
    return (
      <Text as="p" data-testid="returns-no-findings">
        DfE's validation rules found nothing to fix or check.
      </Text>
    );
  const groups = new Map<string, ReturnFinding[]>();
  for (const f of all) {
    const key = `${f.kind}\u0000${f.code}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const errors = all.filter((f) => f.severity === "error").length;
  return (
    <section aria-labelledby="csc-findings">
      <h3 className={s.h3} id="csc-findings">
        DfE's validation rules: {plural(errors, "error")},{" "}
        {plural(all.length - errors, "query").replace("querys", "queries")}
      </h3>
      <ul className={s.list} data-testid="returns-findings">
        {[...groups.values()].map((list) => {
          const f = list[0] as ReturnFinding;
          return (
            <li key={`${f.kind}-${f.code}`} className={`${s.item} ${f.severity === "error" ? s.error : s.query}`}>
              <details>
                <summary className={s.summary}>
                  {f.kind === "ssda903" ? "SSDA903" : "Census"} {f.severity === "error" ? "error" : "query"} {f.code}:{" "}
                  {list.length === 1 ? "1 child" : `${formatNumber(list.length)} children`}
                </summary>
                <Text as="p" className={s.note}>
                  {list[0]?.message}
                </Text>
                <ul>
                  {list.map((x, i) => (
                    <FindingLine key={i} f={x} />
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A reconciled value: a count, or a share or percentage to one decimal place. */
function shownValue(r: ReconcileRow, v: number | undefined): string {
  if (v === undefined) return "–";
  if (r.unit === "share") return `${(v * 100).toFixed(1)}%`;
  if (r.unit === "percent") return `${v.toFixed(1)}%`;
  return formatNumber(v);
}

function differenceWords(r: ReconcileRow): string {
  if (r.status === "alone") return "Nothing to compare";
  if (r.unit) return r.status === "agrees" ? "Agrees" : "Differs";
  const parts: string[] = [];
  const d = (label: string, v: number | undefined) => {
    if (v === undefined) return;
    const n = v - r.figure.value;
    parts.push(n === 0 ? `${label} agrees` : `${label} has ${formatNumber(Math.abs(n))} ${n > 0 ? "more" : "fewer"}`);
  };
  d("Workbook", r.workbook?.value);
  d("DfE", r.published?.value);
  return parts.join("; ");
}

/**
 * The reconciliation table, with each row's note (what to tell apart before trusting the
 * comparison, e.g. the census's referrals beside a front-door count) as a numbered footnote
 * under it: the row's "Note n" link describes itself by the note (aria-describedby), so a
 * screen reader hears it on the row, and leads to it.
 */
export function ReturnsReconciliation({ rows }: { readonly rows: readonly ReconcileRow[] }) {
  const s = useStyles();
  const idBase = useId();
  if (rows.length === 0) return null;
  const notes = [...new Set(rows.flatMap((r) => (r.note ? [r.note] : [])))];
  const noteId = (i: number) => `${idBase}-note-${i + 1}`;
  return (
    <section aria-labelledby="csc-reconcile">
      <h3 className={s.h3} id="csc-reconcile">
        Reconciliation
      </h3>
      <div className={s.scroll} role="region" aria-labelledby="csc-reconcile" tabIndex={0}>
        <table className={s.table} data-testid="returns-reconciliation">
          <thead>
            <tr>
              <th className={s.cell} scope="col">
                Figure
              </th>
              <th className={s.num} scope="col">
                Return
              </th>
              <th className={s.num} scope="col">
                Workbook
              </th>
              <th className={s.num} scope="col">
                DfE
              </th>
              <th className={s.cell} scope="col">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th className={s.cell} scope="row" style={{ fontWeight: "normal" }}>
                  {r.period ? `${r.figure.label} ${formatPeriod(r.period)}` : figureHeading(r.figure)}
                </th>
                <td className={s.num}>{shownValue(r, r.figure.value)}</td>
                <td className={s.num}>{shownValue(r, r.workbook?.value)}</td>
                <td className={s.num}>{shownValue(r, r.published?.value)}</td>
                <td className={s.cell}>
                  {differenceWords(r)}
                  {r.note && (
                    <>
                      {" "}
                      <a href={`#${noteId(notes.indexOf(r.note))}`} aria-describedby={noteId(notes.indexOf(r.note))}>
                        Note {notes.indexOf(r.note) + 1}
                      </a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.length > 0 && (
        <ol className={s.notes} aria-label="Notes on the reconciliation" data-testid="returns-reconciliation-notes">
          {notes.map((n, i) => (
            <li key={i} id={noteId(i)}>
              {n}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
