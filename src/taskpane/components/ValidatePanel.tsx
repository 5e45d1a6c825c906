/**
 * The Validate tab: run the validation (progress bar while it reads), the summary in a live
 * region, the grouped issues that select their cells, and highlight / clear highlights.
 * Validation never writes; highlighting is an explicit, reversible choice.
 */
import { Button, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { formatNumber } from "../../core/base";
import { type Issue, findsMissingDataset, findsNoDataset } from "../../core/workbook";
import {
  clearHighlights,
  hasHighlights,
  highlightIssues,
  isWorkbookEmpty,
  selectCell,
  type SetupResult,
} from "../../excel";
import { errorText } from "../errors";
import type { ValidationState } from "../hooks/useValidation";
import { cellRef, plural } from "../issue-groups";
import { validationSummary } from "../validation-words";
import { ErrorBar } from "./ErrorBar";
import { IssueList } from "./IssueList";
import { MappingPanel } from "./MappingPanel";
import { SetupCard, SetupDone } from "./SetupCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
  summary: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  status: { margin: "4px 0 0" },
  button: { minWidth: "auto" },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** "Reading the workbook: UASC (1,200 of 4,800 rows)". */
function progressText(p: ValidationState["progress"]): string {
  if (!p) return "";
  const unit = p.label.startsWith("Reading") ? "rows" : "steps";
  return p.total > 1 ? `${p.label} (${formatNumber(p.done)} of ${formatNumber(p.total)} ${unit})` : p.label;
}

/** Props of {@link ValidatePanel}. */
export interface ValidatePanelProps {
  readonly validation: ValidationState;
  /** Bumped by the ribbon's "Set up workbook": shows the set-up offer and focuses its button. */
  readonly setupRequest?: number;
}

/** The Validate tab's content. */
export function ValidatePanel({ validation, setupRequest = 0 }: ValidatePanelProps) {
  const s = useStyles();
  const { running, progress, result, error, run, dismissError, cancel, cancelled } = validation;
  const validateButton = useRef<HTMLButtonElement>(null);
  const [actionError, setActionError] = useState<string | undefined>();
  const [status, setStatus] = useState("");
  const [highlighted, setHighlighted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [ownTables, setOwnTables] = useState(false);
  const [setupAsked, setSetupAsked] = useState(false);
  const [setupDone, setSetupDone] = useState<SetupResult | undefined>();
  // An empty workbook opens on the welcome (set up, or try the sample) before any validation.
  const [emptyAtOpen, setEmptyAtOpen] = useState(false);

  useEffect(() => {
    let live = true;
    isWorkbookEmpty()
      .then((e) => {
        if (live) setEmptyAtOpen(e);
      })
      .catch(() => undefined); // Not knowing only means no welcome: validating still offers set-up.
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (setupRequest > 0) setSetupAsked(true);
  }, [setupRequest]);

  useEffect(() => {
    let live = true;
    hasHighlights()
      .then((h) => {
        if (live) setHighlighted(h);
      })
      .catch(() => {
        // Not knowing only means "Clear highlights" starts enabled; clearing nothing is harmless.
        if (live) setHighlighted(true);
      });
    return () => {
      live = false;
    };
  }, []);

  const act = useCallback(async (what: string, fn: () => Promise<void>) => {
    setActionError(undefined);
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      setActionError(`${what} failed: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  }, []);

  const onSelect = (issue: Issue) =>
    void act("Selecting the cell", async () => {
      await selectCell(issue.sheet, issue.cell);
      setStatus(`Selected ${cellRef(issue.sheet, issue.cell)}.`);
    });
  const onHighlight = () =>
    void act("Highlighting", async () => {
      const n = await highlightIssues(result?.issues ?? []);
      setHighlighted(n > 0 || highlighted);
      setStatus(`Marked ${plural(n, "cell")}. "Clear highlights" puts their formatting back.`);
    });
  const onClear = () =>
    void act("Clearing highlights", async () => {
      const n = await clearHighlights();
      setHighlighted(false);
      setStatus(`Restored the formatting of ${plural(n, "cell")}.`);
    });

  // Highlights follow the latest validation: once the officer has asked for them, each new
  // result replaces them (a fixed cell is no longer marked; highlightIssues removes ours first).
  const highlightedRef = useRef(highlighted);
  highlightedRef.current = highlighted;
  const shownResult = useRef(result);
  useEffect(() => {
    if (!result || result === shownResult.current) return;
    shownResult.current = result;
    if (!highlightedRef.current) return;
    void act("Updating the highlights", async () => {
      const n = await highlightIssues(result.issues);
      setHighlighted(n > 0);
      setStatus(`Highlights updated to this validation: ${plural(n, "cell")} marked.`);
    });
  }, [result, act]);

  const onSetupDone = (r: SetupResult) => {
    setSetupDone(r);
    setSetupAsked(false);
    if (r.added.length > 0) setStatus("");
    void run({ fresh: true });
  };

  const pct = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  const issues = result?.issues ?? [];
  const settled = result !== undefined && !running;
  // A workbook with none of the tables: offer to set it up rather than list six missing sheets.
  const noDataset = settled && findsNoDataset(issues);
  const welcome = emptyAtOpen && !result && !running && !setupDone;
  const setupMode =
    noDataset || welcome ? "new" : settled && findsMissingDataset(issues) ? "missing" : setupAsked ? "any" : undefined;
  const listed = noDataset ? [] : issues;

  return (
    <div className={s.root}>
      <Text as="p" className={s.note}>
        Checks every sheet of the performance workbook. Nothing in the workbook is changed.
      </Text>
      <div className={s.row}>
        <Button
          ref={validateButton}
          data-focus-home
          appearance="primary"
          className={s.button}
          onClick={() => void run()}
          disabledFocusable={running}
        >
          {result ? "Re-validate" : "Validate workbook"}
        </Button>
        {running && (
          <Button
            className={s.button}
            onClick={() => {
              cancel();
              validateButton.current?.focus();
            }}
          >
            Cancel
          </Button>
        )}
      </div>
      <div className={s.row} role="group" aria-label="Highlights">
        <Button
          className={s.button}
          onClick={onHighlight}
          disabledFocusable={running || busy || listed.length === 0}
          aria-describedby="csc-highlight-legend"
        >
          Highlight
        </Button>
        <Button className={s.button} onClick={onClear} disabledFocusable={running || busy || !highlighted}>
          Clear highlights
        </Button>
      </div>
      {/* The highlights differ by more than colour (src/excel/highlight.ts); the legend says how. */}
      <Text as="p" className={s.note} id="csc-highlight-legend">
        Highlights: errors are red with a border and bold text; warnings are yellow.
      </Text>
      <div className={s.row}>
        <Button
          className={s.button}
          aria-expanded={ownTables}
          aria-controls="csc-own-tables"
          onClick={() => setOwnTables((v) => !v)}
        >
          Use my own tables
        </Button>
      </div>
      <div id="csc-own-tables">{ownTables && <MappingPanel />}</div>
      {running && (
        <Field
          label="Validating the workbook"
          validationMessage={progressText(progress)}
          validationState="none"
          data-testid="validation-progress"
        >
          <ProgressBar value={pct} max={1} thickness="large" />
        </Field>
      )}
      <ErrorBar message={error} onDismiss={dismissError} title="Validation" />
      <ErrorBar message={actionError} onDismiss={() => setActionError(undefined)} />
      {/* The summary and the cancellation are announced once, by ValidationAnnouncer, whichever
          tab started the run; only this tab's own actions' status is a live region here. */}
      <div>
        {settled && (
          <p className={s.summary} data-testid="validation-summary">
            {validationSummary(issues)}
          </p>
        )}
        <div role="status" aria-live="polite" aria-atomic="true">
          {status && <p className={s.status}>{status}</p>}
        </div>
      </div>
      {cancelled && !running && (
        <p className={s.status} data-testid="validation-cancelled">
          {result
            ? "Validation cancelled. Nothing was changed; the result above is from the previous validation."
            : "Validation cancelled. Nothing was changed."}
        </p>
      )}
      {result && !running && result.errors === 0 && issues.length > 0 && (
        <Text as="p" data-testid="warnings-only">
          Warnings only: they do not block the report, which can go ahead. Check them before you publish.
        </Text>
      )}
      {setupDone && <SetupDone result={setupDone} />}
      {setupMode && (
        <SetupCard
          mode={setupMode}
          onDone={onSetupDone}
          focus={setupAsked}
          onUseOwnTables={() => {
            setOwnTables(true);
            // The section that opens takes focus (its heading), so the keyboard continues in it.
            setTimeout(() => document.getElementById("csc-mapping-title")?.focus(), 0);
          }}
        />
      )}
      {result && result.errors > 0 && !running && !noDataset && (
        <Text as="p" className={s.note}>
          Errors block the report; warnings do not. Choose an issue to select its cell.
        </Text>
      )}
      {listed.length > 0 && <IssueList issues={listed} onSelect={onSelect} sheets={result?.sheets} />}
    </div>
  );
}
