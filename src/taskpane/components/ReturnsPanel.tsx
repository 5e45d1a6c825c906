/**
 * The Returns tab: choose the return's files (read here in the pane, never uploaded), see the
 * collection year (and change it), the figures with their definitions, DfE's rules' findings,
 * the reconciliation with the workbook and DfE's published figures, and fill the workbook's
 * empty cells from the figures. Reading shows progress and can be cancelled.
 *
 * Privacy: the returns hold children's identifiers, dates of birth and postcodes. They stay in
 * memory while shown; nothing of them goes to settings, storage, the console or the network,
 * and the workbook receives only the counts.
 */
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useRef } from "react";
import { formatNumber } from "../../core/base";
import { formatPeriod, parsePeriod, type FinancialYear } from "../../core/dates";
import { councilWords } from "../../core/returns";
import type { ReturnsControl } from "../hooks/useReturns";
import type { ReadProgress } from "../return-file-source";
import { settledOf } from "../returns-state";
import { ErrorBar } from "./ErrorBar";
import { ReturnsFill } from "./ReturnsFill";
import { ReturnFigures, ReturnFindings, ReturnsReconciliation } from "./ReturnsResults";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  files: { margin: 0, overflowWrap: "anywhere" },
});

/** "Reading episodes.csv: 12,000 rows (40%)". */
function readingText(p: ReadProgress | undefined): string {
  if (!p) return "Starting";
  const pct = p.size > 0 ? ` (${Math.min(100, Math.round((p.read / p.size) * 100))}%)` : "";
  return `Reading ${p.file}: ${formatNumber(p.rows)} rows${pct}`;
}

/** The Returns tab's content. */
export function ReturnsPanel({ control }: { readonly control: ReturnsControl }) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  const { state } = control;
  const settled = settledOf(state);
  const reading = state.phase === "reading";
  const year = settled?.chosenYear ?? settled?.analysis.returns[0]?.year;
  const years: FinancialYear[] = year
    ? [-2, -1, 0, 1, 2].map((d) => ({ kind: "year", startYear: year.startYear + d }))
    : [];
  const fatal = [
    ...(settled?.analysis.problems ?? []),
    ...(settled?.analysis.returns.flatMap((r) => r.problems) ?? []),
  ];
  return (
    <div className={s.root}>
      <Text as="p" className={s.note}>
        Choose the SSDA903 return's files (its CSV tables, or its XML), the children in need census's XML, or both. They
        are read here in the pane and never uploaded or stored; the workbook receives counts, and child rows only if you
        ask for the Assessment Log.
      </Text>
      <div className={s.row}>
        {/* The real file input, labelled, opened by the button (keyboard: Tab to it, Enter). */}
        <label htmlFor={inputId} className={s.hidden}>
          Return files
        </label>
        <input
          id={inputId}
          ref={input}
          type="file"
          multiple
          accept=".csv,.xml"
          className={s.hidden}
          tabIndex={-1}
          data-testid="returns-file-input"
          onChange={(e) => {
            const list = Array.from(e.currentTarget.files ?? []);
            // Cleared so choosing the same files again reads them again.
            e.currentTarget.value = "";
            void control.choose(list).then(() => chooseButton.current?.focus());
          }}
        />
        <Button
          ref={chooseButton}
          data-focus-home
          appearance="primary"
          disabledFocusable={reading}
          onClick={() => input.current?.click()}
        >
          {settled ? "Choose other files…" : "Choose return files…"}
        </Button>
        {reading && (
          <Button
            onClick={() => {
              control.cancel();
              chooseButton.current?.focus();
            }}
          >
            Cancel
          </Button>
        )}
      </div>
      {reading && (
        <Field
          label={`${state.checking ? "Checking" : "Reading"} ${state.files.length === 1 ? "1 file" : `${state.files.length} files`}`}
          validationMessage={state.checking ? state.checking.label : readingText(state.progress)}
          validationState="none"
          data-testid="returns-progress"
        >
          <ProgressBar
            value={
              state.checking
                ? state.checking.total > 0
                  ? Math.min(1, state.checking.done / state.checking.total)
                  : undefined
                : state.progress && state.progress.size > 0
                  ? Math.min(1, state.progress.read / state.progress.size)
                  : undefined
            }
            max={1}
            thickness="large"
          />
        </Field>
      )}
      <ErrorBar
        message={state.phase === "failed" ? state.error : undefined}
        onDismiss={() => undefined}
        title="Returns"
      />
      <div role="status" aria-live="polite" aria-atomic="true">
        {(state.phase === "idle" || state.phase === "read") && state.note && <Text as="p">{state.note}</Text>}
        {settled && !reading && (
          <Text as="p" weight="semibold" data-testid="returns-summary">
            {settled.analysis.returns.length
              ? `Read ${settled.files.length === 1 ? "1 file" : `${settled.files.length} files`}: ${settled.analysis.returns.map((r) => `${r.kind === "ssda903" ? "SSDA903 return" : "census"}${r.year ? ` ${formatPeriod(r.year)}` : ""}`).join(", ")}.`
              : "None of the files could be read as a return."}
          </Text>
        )}
      </div>
      {settled && (
        <Text as="p" className={s.files}>
          Files: {settled.files.join(", ")}
        </Text>
      )}
      {fatal.length > 0 && (
        <MessageBar intent={fatal.some((p) => p.level === "fatal") ? "error" : "warning"} layout="multiline">
          <MessageBarBody>
            <ul style={{ margin: 0, paddingLeft: "18px" }}>
              {fatal.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {year && (
        <Field
          label="Collection year"
          hint="Told from the return's dates; choose another to read the files as that year."
        >
          <Select
            value={formatPeriod(year)}
            disabled={reading}
            onChange={(_, d) => {
              const p = parsePeriod(d.value);
              if (p?.kind === "year") void control.chooseYear(p);
            }}
          >
            {years.map((y) => (
              <option key={y.startYear}>{formatPeriod(y)}</option>
            ))}
          </Select>
        </Field>
      )}
      {settled?.analysis.returns.map((r) => (
        <ReturnFigures key={r.kind} ret={r} />
      ))}
      {settled && settled.analysis.returns.length > 0 && <ReturnFindings returns={settled.analysis.returns} />}
      {settled && <ReturnsReconciliation rows={settled.analysis.reconciliation} />}
      {settled?.analysis.council && (
        <Text as="p" className={s.note} data-testid="returns-council">
          {councilWords(settled.analysis.council)}
        </Text>
      )}
      {settled?.analysis.councilWarning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{settled.analysis.councilWarning}</MessageBarBody>
        </MessageBar>
      )}
      {settled && settled.analysis.returns.some((r) => r.figures.length > 0) && <ReturnsFill control={control} />}
    </div>
  );
}
