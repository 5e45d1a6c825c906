/**
 * "Use my own tables": for each dataset, the officer points the add-in at a table of their own
 * or a range they select, on any sheet, under any name. The pane shows how its headers line
 * up and saves the choice as the workbook name CSC_<Dataset> (visible in Name Manager), which
 * can be changed or removed here. Only that name is written; the officer's cells never are.
 */
import { Button, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  chooseLabel,
  matchHeaders,
  missingRequired,
  type HeaderMatch,
  type TableEdges,
  LAYOUT,
  type DatasetId,
  describeTarget,
  mappingComment,
  mappingNameFor,
  type MappingTarget,
} from "../../core/workbook";
import {
  MappingProblem,
  readMappingState,
  readSelection,
  removeMapping,
  saveMapping,
  type MappingState,
} from "../../excel";
import { chosenHeaders, currentText, datasetTitle, shortText, withSavedChoices } from "../mapping-text";
import { failureText } from "../errors";
import { ErrorBar } from "./ErrorBar";
import { MappingMatch } from "./MappingMatch";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  h3: { margin: "4px 0 0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  summary: { margin: 0, paddingLeft: "18px" },
  // A table's name and sheet can be long: the picker shrinks with the pane (WCAG 1.4.10 Reflow)
  // instead of taking the width of its longest option.
  picker: { flex: "1 1 12em", minWidth: 0, maxWidth: "100%" },
  select: { maxWidth: "100%", minWidth: 0 },
});

/** What the officer is looking at: a table or range and how it matches. */
interface Candidate {
  readonly target: MappingTarget;
  readonly match: HeaderMatch;
}

/** A plain sentence for a failure: our own problems as they are, others without Excel's codes. */
function plain(what: string, e: unknown): string {
  if (e instanceof MappingProblem) return failureText(e);
  const message = e instanceof Error && e.message.trim() !== "" ? ` ${e.message.trim()}` : "";
  return `${what} did not work.${message}`;
}

const candidateOf = (dataset: DatasetId, target: MappingTarget, edges: TableEdges, comment = ""): Candidate => ({
  target,
  match: withSavedChoices(matchHeaders(dataset, edges), comment),
});

/** The "Use my own tables" section. */
export function MappingPanel() {
  const s = useStyles();
  const [state, setState] = useState<MappingState | undefined>();
  const [dataset, setDataset] = useState<DatasetId>("assessments");
  const [candidate, setCandidate] = useState<Candidate | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState("");

  const act = useCallback(async (what: string, fn: () => Promise<void>) => {
    setError(undefined);
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      setError(plain(what, e));
    } finally {
      setBusy(false);
    }
  }, []);

  const reload = useCallback(
    (id: DatasetId) =>
      act("Reading the workbook", async () => {
        const next = await readMappingState();
        setState(next);
        const m = next.mappings[id];
        setCandidate(m.state === "set" ? candidateOf(id, m.target, m.edges, m.comment) : undefined);
      }),
    [act],
  );

  useEffect(() => {
    void reload("assessments");
  }, [reload]);

  const current = state?.mappings[dataset];
  const missing = useMemo(() => (candidate ? missingRequired(candidate.match) : []), [candidate]);
  const pickedTable = candidate?.target.kind === "table" ? candidate.target.table : "";

  const onDataset = (id: DatasetId) => {
    setDataset(id);
    setStatus("");
    const m = state?.mappings[id];
    setCandidate(m?.state === "set" ? candidateOf(id, m.target, m.edges, m.comment) : undefined);
  };
  const onTable = (name: string) => {
    const t = state?.tables.find((x) => x.name === name);
    setStatus("");
    setCandidate(t ? candidateOf(dataset, { kind: "table", table: t.name }, t.edges) : undefined);
  };
  const onSelection = () =>
    void act("Reading the selected cells", async () => {
      const sel = await readSelection();
      setCandidate(candidateOf(dataset, sel.target, sel.edges));
      setStatus(`Using the selected cells ${describeTarget(sel.target)}.`);
    });
  const onSave = () =>
    void act("Saving", async () => {
      if (!candidate) return;
      const { comment, complete } = mappingComment(datasetTitle(dataset), chosenHeaders(candidate.match));
      await saveMapping(dataset, candidate.target, comment);
      await reload(dataset);
      setStatus(
        `${datasetTitle(dataset)} now comes from ${describeTarget(candidate.target)}, saved in the workbook as the name ${mappingNameFor(dataset)}.` +
          (complete ? "" : " The columns you chose were too many to record; choose them again after reopening."),
      );
    });
  const onRemove = () =>
    void act("Removing", async () => {
      await removeMapping(dataset);
      await reload(dataset);
      setStatus(`${datasetTitle(dataset)} is read from its own sheet again. Your data was not changed.`);
    });

  return (
    <section className={s.root} aria-labelledby="csc-mapping-title">
      <h2 id="csc-mapping-title" className={s.h3} tabIndex={-1}>
        Use my own tables
      </h2>
      <Text as="p" className={s.note}>
        Keep your figures where they are: point each dataset at your own table, or at cells you select, on any sheet.
        Only a name in the workbook (see Formulas &gt; Name Manager) records your choice.
      </Text>
      {state && (
        <ul className={s.summary} aria-label="What each dataset uses now">
          {LAYOUT.map((d) => (
            <li key={d.id}>
              {datasetTitle(d.id)}: {shortText(state.mappings[d.id])}
            </li>
          ))}
        </ul>
      )}
      <Field label="Dataset">
        <Select value={dataset} onChange={(_, d) => onDataset(d.value as DatasetId)} disabled={busy}>
          {LAYOUT.map((d) => (
            <option key={d.id} value={d.id}>
              {datasetTitle(d.id)}
            </option>
          ))}
        </Select>
      </Field>
      {current && (
        <Text as="p" data-testid="mapping-current">
          Now: {currentText(dataset, current)}
        </Text>
      )}
      <div className={s.row}>
        <Field label="Pick a table" className={s.picker}>
          <Select
            className={s.select}
            value={pickedTable}
            onChange={(_, d) => onTable(d.value)}
            disabled={busy || !state}
          >
            <option value="">{state?.tables.length === 0 ? "No tables in this workbook" : "Choose a table"}</option>
            {state?.tables.map((t) => (
              <option key={t.name} value={t.name}>
                {`${t.name} (sheet ${t.sheet})`}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={onSelection} disabledFocusable={busy}>
          Use the selected cells
        </Button>
      </div>
      {candidate && (
        <MappingMatch
          match={candidate.match}
          disabled={busy}
          onChoose={(key, index) => setCandidate({ ...candidate, match: chooseLabel(candidate.match, key, index) })}
        />
      )}
      {candidate && missing.length > 0 && (
        <Text as="p">{`Choose where ${missing.map((c) => `“${c.header}”`).join(" and ")} ${missing.length === 1 ? "is" : "are"} before saving.`}</Text>
      )}
      <div className={s.row}>
        <Button appearance="primary" onClick={onSave} disabledFocusable={busy || !candidate || missing.length > 0}>
          Save
        </Button>
        <Button onClick={onRemove} disabledFocusable={busy || !current || current.state === "none"}>
          Remove
        </Button>
      </div>
      <ErrorBar message={error} onDismiss={() => setError(undefined)} />
      <div role="status" aria-live="polite" aria-atomic="true">
        {status && <p className={s.note}>{status}</p>}
      </div>
    </section>
  );
}
