/**
 * The Functions tab: each CSC custom function with its description, parameters
 * and a worked example, and "Insert example" (InsertExample.tsx), which puts the example into
 * the selected cell when that is safe.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { FUNCTION_DOCS } from "../function-docs";
import { InsertExample } from "./InsertExample";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "12px" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    paddingBottom: "12px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: "2px 4px",
    overflowWrap: "anywhere",
  },
  params: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  note: { color: tokens.colorNeutralForeground2 },
  explain: { fontSize: tokens.fontSizeBase200 },
  exampleLabel: { fontWeight: tokens.fontWeightSemibold, marginTop: "4px" },
});

/** The Functions tab's content. */
export function FunctionsPanel() {
  const s = useStyles();

  return (
    <div className={s.root}>
      <Text as="p" className={s.note}>
        {
          "Type these in any cell, like Excel's own functions. “Insert example” puts the example into the selected cell when it is empty and outside your data tables, and asks before replacing anything."
        }
      </Text>
      <ul className={s.list}>
        {FUNCTION_DOCS.map((d) => (
          <li key={d.name} className={s.item}>
            <h3 className={s.name}>{d.name}</h3>
            <code className={s.code}>{d.signature}</code>
            <span>{d.description}</span>
            {d.parameters.length > 0 && (
              <ul className={s.params} aria-label={`Arguments of ${d.name}`}>
                {d.parameters.map((p) => (
                  <li key={p.name}>
                    <strong>{p.optional ? `${p.name} (optional)` : p.name}</strong>
                    {`: ${p.description}`}
                  </li>
                ))}
              </ul>
            )}
            <span className={s.exampleLabel}>Example</span>
            <code className={s.code}>{d.example.formula}</code>
            <span className={s.explain}>{d.example.explanation}</span>
            <InsertExample doc={d} />
          </li>
        ))}
      </ul>
    </div>
  );
}
