/**
 * The Functions tab: a picker of the CSC custom functions; the one chosen shows its
 * description, parameters and a worked example, and "Insert example" (InsertExample.tsx), which
 * puts the example into the selected cell when that is safe. One function at a time keeps the
 * tab a screen long rather than every function's help one under another.
 */
import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { FUNCTION_DOCS } from "../function-docs";
import { InsertExample } from "./InsertExample";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
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
  params: { margin: 0, paddingLeft: "18px" },
  note: { color: tokens.colorNeutralForeground2 },
  explain: {},
  exampleLabel: { fontWeight: tokens.fontWeightSemibold, marginTop: "4px" },
});

/** The Functions tab's content. */
export function FunctionsPanel() {
  const s = useStyles();
  const [name, setName] = useState(FUNCTION_DOCS[0]?.name ?? "");
  const d = FUNCTION_DOCS.find((f) => f.name === name) ?? FUNCTION_DOCS[0];

  return (
    <div className={s.root}>
      <Text as="p" className={s.note}>
        {
          "Type these in any cell, like Excel's own functions. Choose one to see what it does and an example. “Insert example” puts the example into the selected cell when it is empty and outside your data tables, and asks before replacing anything."
        }
      </Text>
      <Field label="Function">
        <Select value={name} onChange={(_, data) => setName(data.value)}>
          {FUNCTION_DOCS.map((f) => (
            <option key={f.name} value={f.name}>
              {f.name}
            </option>
          ))}
        </Select>
      </Field>
      {d && (
        <section className={s.item} aria-labelledby="csc-function-name" data-testid="function-help">
          <h3 id="csc-function-name" className={s.name}>
            {d.name}
          </h3>
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
          <InsertExample key={d.name} doc={d} />
        </section>
      )}
    </div>
  );
}
