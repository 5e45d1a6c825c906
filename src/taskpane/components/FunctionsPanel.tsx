/**
 * The Functions tab: each CSC custom function with its description, parameters
 * and a worked example, and "Insert example" that writes the example into the selected cell.
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { insertFormula } from "../../excel";
import { errorText } from "../errors";
import { FUNCTION_DOCS, type FunctionDoc } from "../function-docs";
import { ErrorBar } from "./ErrorBar";

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
  done: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteGreenForeground1, overflowWrap: "anywhere" },
  exampleLabel: { fontWeight: tokens.fontWeightSemibold, marginTop: "4px" },
});

/** The Functions tab's content. */
export function FunctionsPanel() {
  const s = useStyles();
  // The confirmation shows under the button that was pressed, where the eye (and focus) is.
  const [status, setStatus] = useState<{ name: string; text: string } | undefined>();
  const [error, setError] = useState<{ name: string; text: string } | undefined>();
  const [busy, setBusy] = useState(false);

  const insert = async (doc: FunctionDoc) => {
    setError(undefined);
    setStatus(undefined);
    setBusy(true);
    try {
      const address = await insertFormula(doc.example.formula);
      setStatus({ name: doc.name, text: `Wrote ${doc.example.formula} to ${address}.` });
    } catch (e) {
      setError({ name: doc.name, text: `Inserting the example failed: ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={s.root}>
      <Text as="p" className={s.note}>
        {
          "Type these in any cell, like Excel's own functions. “Insert example” writes the example into the selected cell."
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
            <div>
              <Button
                size="small"
                onClick={() => void insert(d)}
                disabled={busy}
                aria-label={`Insert example of ${d.name}`}
              >
                Insert example
              </Button>
            </div>
            {error?.name === d.name && <ErrorBar message={error.text} onDismiss={() => setError(undefined)} />}
            <span role="status" className={s.done}>
              {status?.name === d.name ? status.text : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
