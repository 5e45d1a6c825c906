/**
 * "Fill empty cells in the workbook": plans from the workbook as it is, asks with a summary
 * (keeping is the default), then says what it added (sheet, period, value) and offers Undo.
 * Nothing the officer typed is replaced; differences are listed, not written.
 */
import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { formatNumber, sheetCell } from "../../core/base";
import { formatPeriod } from "../../core/dates";
import { fillSummary } from "../../core/returns";
import type { ReturnsControl } from "../hooks/useReturns";
import { settledOf } from "../returns-state";
import { ConfirmDialog } from "./ConfirmDialog";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
  list: { margin: "4px 0 0", paddingLeft: "18px", fontSize: tokens.fontSizeBase200 },
  text: { overflowWrap: "anywhere" },
});

/** The fill button, its confirmation and its result. */
export function ReturnsFill({ control }: { readonly control: ReturnsControl }) {
  const s = useStyles();
  const button = useRef<HTMLButtonElement>(null);
  const { state } = control;
  const [withLog, setWithLog] = useState(false);
  const hasLog = settledOf(state)?.analysis.returns.some((r) => (r.assessmentLog?.length ?? 0) > 0) ?? false;
  const confirm = state.phase === "read" ? state.confirm : undefined;
  const busy = state.phase === "filling";
  const record = state.phase === "filled" ? state.record : undefined;
  const log = record?.rows.filter((r) => !r.period) ?? [];
  const logRows = log.length ? log : undefined;
  const added = record
    ? [
        ...record.cells.map(
          (c) => `${sheetCell(c.sheet, c.address)}, ${c.header} ${c.period}: ${formatNumber(c.value)}`,
        ),
        ...record.rows.flatMap((r) =>
          r.period
            ? [
                `${r.sheet}, new ${formatPeriod(r.period)} row: ${r.filled.map((f) => `${f.header} ${formatNumber(f.value)}`).join(", ")}${r.leftBlank.length ? ` (${r.leftBlank.join(", ")} left for you to fill)` : ""}`,
              ]
            : [],
        ),
        // The Assessment Log's child rows are counted, not listed.
        ...(logRows
          ? [
              `${logRows[0]?.sheet ?? "Assessment Log"}: ${formatNumber(logRows.length)} assessment row${logRows.length === 1 ? "" : "s"} added`,
            ]
          : []),
      ]
    : [];
  return (
    <section aria-labelledby="csc-fill">
      <h3 id="csc-fill" style={{ margin: "8px 0 4px", fontSize: tokens.fontSizeBase300 }}>
        Fill the workbook
      </h3>
      <Text as="p" style={{ margin: "0 0 6px" }}>
        Puts the return's figures into the workbook's empty cells and missing period rows. Cells you typed are never
        replaced.
      </Text>
      {hasLog && (
        <Checkbox
          checked={withLog}
          onChange={(_, d) => setWithLog(d.checked === true)}
          data-testid="returns-assessment-log"
          label="Also add the census's assessments to the Assessment Log (one row per child's assessment: child ID, referral date, completion date). This writes child-level rows into the workbook."
        />
      )}
      <div className={s.row}>
        <Button
          ref={button}
          appearance="primary"
          onClick={() => void control.planFill(hasLog && withLog)}
          disabledFocusable={busy}
        >
          {busy ? "Filling…" : "Fill empty cells in the workbook"}
        </Button>
      </div>
      {record && (
        <MessageBar intent="success" layout="multiline" data-testid="returns-filled">
          <MessageBarBody className={s.text}>
            {added.length
              ? `Added ${added.length === 1 ? "1 figure" : `${added.length} figures`}:`
              : "Nothing was added."}
            <ul className={s.list}>
              {added.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
            {record.plan.differences.length > 0 && (
              <>
                Left as typed:
                <ul className={s.list}>
                  {record.plan.differences.map((d, i) => (
                    <li key={i}>{d.message}</li>
                  ))}
                </ul>
              </>
            )}
            {record.skipped.length > 0 &&
              `${record.skipped.map((c) => sheetCell(c.sheet, c.address)).join(", ")} had been typed into meanwhile and kept.`}
          </MessageBarBody>
          {added.length > 0 && (
            <MessageBarActions>
              <Button
                size="small"
                onClick={() => {
                  void control.undo().then(() => button.current?.focus());
                }}
                aria-label="Undo the fill: put back what the cells held"
              >
                Undo
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <ConfirmDialog
        open={confirm !== undefined}
        title="Fill the empty cells?"
        keepLabel="Cancel"
        replaceLabel={confirm && (confirm.cells.length || confirm.rows.length) ? "Fill the empty cells" : "Close"}
        onReplace={() => {
          button.current?.focus();
          if (confirm && (confirm.cells.length || confirm.rows.length)) void control.fill();
          else control.keep();
        }}
        onKeep={() => {
          control.keep();
          button.current?.focus();
        }}
      >
        {confirm ? fillSummary(confirm) : ""}
        {confirm && confirm.notes.length > 0 && (
          <ul className={s.list}>
            {confirm.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        )}
      </ConfirmDialog>
    </section>
  );
}
