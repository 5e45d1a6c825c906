/**
 * The Report tab: pick the report year and quarter labels, then generate (or refresh) the
 * "Safeguarding Report" sheet. Blocked, with the reason and a way to the issues, while
 * validation finds errors. Asks before replacing a sheet the add-in did not make or that was
 * edited by hand. Says, in plain words, what protection stops and what to do about it, and
 * after a failure what the workbook still holds (the previous report, or no report).
 */
import {
  Button,
  Checkbox,
  Field,
  Label,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  tokens,
  useAnnounce,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { inspectReportSheet, recoverReportSheets } from "../../excel";
import { type PaneMessage, recoveredMessage } from "../report-messages";
import type { ValidationState } from "../hooks/useValidation";
import { useReportRun } from "../hooks/useReportRun";
import { plural } from "../issue-groups";
import { blockedReason, yearSpan } from "../report-status";
import { QUARTER_STYLES, type QuarterStyleChoice, reportYears, yearFromLabel } from "../report-model";
import { ConfirmDialog } from "./ConfirmDialog";
import { ErrorBar } from "./ErrorBar";
import { ReplaceDialog } from "./ReplaceDialog";
import { ReportResult } from "./ReportResult";
import { COMPARATORS, type Comparator } from "../../core/benchmarks";
import { REPORT_SHEET_NAME } from "../../core/report";
import { useCompareAs } from "../hooks/useCompareAs";
import { CompareAsChoice } from "./CompareAsChoice";
import { BarTitle } from "./BarTitle";

/** The "Compare with" choices: DfE's published figures for England, the region, the neighbours. */
const COMPARE_LABELS: Readonly<Record<Comparator, string>> = {
  england: "England",
  region: "The council's region",
  neighbours: "Statistical neighbours (DfE's 2025 model)",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  note: { color: tokens.colorNeutralForeground2 },
  reason: { color: tokens.colorNeutralForeground1 },
  select: { maxWidth: "100%" },
  group: { display: "flex", flexDirection: "column", gap: "2px" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
});

/** Props of {@link ReportPanel}. */
export interface ReportPanelProps {
  readonly validation: ValidationState;
  /** Switches to the Validate tab (the link in the "blocked" message). */
  readonly onGoToValidate: () => void;
  /** True while the tab is shown: its status messages mount (and are announced) only then. */
  readonly active?: boolean;
}

/** The Report tab's content. */
export function ReportPanel({ validation, onGoToValidate, active = true }: ReportPanelProps) {
  const s = useStyles();
  const reasonId = useId();
  const compareLabelId = useId();
  const compareHintId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const { result, running } = validation;
  const data = result?.data;
  const years = data ? reportYears(data) : [];
  const [year, setYear] = useState<string>("");
  const [style, setStyle] = useState<QuarterStyleChoice>("range");
  const [recovered, setRecovered] = useState<PaneMessage | undefined>();
  const [compare, setCompare] = useState<readonly Comparator[]>([]);
  const [sheetExists, setSheetExists] = useState(false);
  const run = useReportRun(validation, () => setSheetExists(true));
  const { compareAs, choose, forget } = useCompareAs();
  // The chosen council applies while the Settings hold the name it was chosen for.
  const chosenApplies = compareAs !== undefined && data?.settings.localAuthority.trim() === compareAs.given;
  const notice = run.notice ?? recovered;
  const { announce } = useAnnounce();

  // The step being built is said as well as shown beside the spinner (WCAG 4.1.3 Status Messages).
  useEffect(() => {
    if (run.step) announce(run.step, { polite: true });
  }, [run.step, announce]);

  useEffect(() => {
    if (!data) return;
    const labels = reportYears(data);
    const settingsLabel = labels.find((l) => yearFromLabel(l)?.startYear === data.settings.reportYear.startYear);
    setYear((current) => (labels.includes(current) ? current : (settingsLabel ?? labels[0] ?? "")));
  }, [data]);

  useEffect(() => {
    let live = true;
    // A refresh interrupted earlier (the pane closed half way) is finished or undone first.
    recoverReportSheets()
      .then((survived) => {
        if (live && survived) setRecovered(recoveredMessage(survived));
      })
      .catch(() => undefined) // Generating runs the recovery again and reports its failure.
      .then(() => inspectReportSheet())
      .then((found) => {
        if (live) setSheetExists(found !== "absent");
      })
      .catch(() => undefined); // Only the button's wording depends on it.
    return () => {
      live = false;
    };
  }, []);

  // Opening the tab checks the workbook once, so its years are offered without a "Validate
  // now" step; Generate report checks it again anyway (useReportRun).
  const checkedOnOpen = useRef(false);
  useEffect(() => {
    if (!active || result || running || checkedOnOpen.current) return;
    checkedOnOpen.current = true;
    void validation.run();
  }, [active, result, running, validation]);

  const blockedByErrors = result !== undefined && result.errors > 0;
  // No result yet is no reason to wait: Generate report validates the workbook itself first.
  // Generating validates afresh; its spinner says so, and a "Not ready" bar flashing up
  // meanwhile would be announced as a second message for the one action.
  const reason =
    running && run.working
      ? undefined
      : running
        ? "Validating the workbook…"
        : !result
          ? undefined
          : blockedByErrors
            ? blockedReason(result.errors, result.yearsNamed)
            : !data
              ? "Validation returned no figures to report."
              : undefined;
  const busy = run.working || reason !== undefined;
  // After the dialog, focus goes back to the button that asked (the dialog's own restore
  // target may have been busy, and so unfocusable, when it opened).
  const thenBack = (choice: () => void) => () => {
    choice();
    setTimeout(() => button.current?.focus(), 0);
  };

  return (
    <div className={s.root}>
      <Text as="p" className={s.note}>
        {`Builds the tables, charts and headlines on the sheet “${REPORT_SHEET_NAME}”. Your own sheets are never changed.`}
      </Text>
      <Field
        label="Report year"
        hint={
          data
            ? "Financial years with figures in the workbook."
            : !result
              ? "Generate report checks the workbook first, then builds the report for the year in Settings."
              : blockedByErrors && yearSpan(result.yearsNamed)
                ? `The workbook has ${yearSpan(result.yearsNamed)}.`
                : undefined
        }
      >
        <Select className={s.select} value={year} onChange={(_, d) => setYear(d.value)} disabled={!data || run.working}>
          {years.length === 0 && (
            <option value="">
              {!result ? "The year in Settings" : blockedByErrors ? "Fix the errors first" : "No years with figures"}
            </option>
          )}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Quarter labels">
        <RadioGroup
          value={style}
          onChange={(_, d) => setStyle(d.value === "end-month" ? "end-month" : "range")}
          disabled={run.working}
        >
          {QUARTER_STYLES.map((q) => (
            <Radio key={q.value} value={q.value} label={q.label} />
          ))}
        </RadioGroup>
      </Field>
      {/* A group, not a Field: a Field gives its one control id to every child, so three
          checkboxes in it share an id and each label names the first (Fluent UI's Field wraps
          a single control: https://react.fluentui.dev/?path=/docs/components-field--docs). */}
      <div role="group" aria-labelledby={compareLabelId} aria-describedby={compareHintId} className={s.group}>
        <Label id={compareLabelId}>Compare with</Label>
        {COMPARATORS.map((c) => (
          <Checkbox
            key={c}
            label={COMPARE_LABELS[c]}
            checked={compare.includes(c)}
            disabled={run.working}
            onChange={(_, d) =>
              setCompare((prev) => COMPARATORS.filter((x) => (x === c ? d.checked === true : prev.includes(x))))
            }
          />
        ))}
        <Text id={compareHintId} className={s.note}>
          DfE&apos;s published figures, carried with the add-in: rows per 10,000 children under the tables and
          comparisons in the headlines.
        </Text>
      </div>
      {active && reason && (
        <MessageBar intent={blockedByErrors ? "warning" : "info"} layout="multiline">
          <MessageBarBody>
            <BarTitle>{blockedByErrors ? "Report blocked" : "Not ready"}</BarTitle>
            <span id={reasonId} className={s.reason}>
              {reason}
            </span>{" "}
            {blockedByErrors && (
              <Link as="button" onClick={onGoToValidate}>
                Show the issues on the Validate tab
              </Link>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {active && !reason && result && result.errors === 0 && result.issues.length > 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="report-ready">
          <MessageBarBody>
            <BarTitle>Ready</BarTitle>
            {`Validation found ${plural(result.issues.length, "warning")} and no errors: the report can go ahead. The warnings are on the Validate tab.`}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        <Button
          ref={button}
          data-focus-home
          appearance="primary"
          onClick={() => void run.generate(year, style, compare, compareAs)}
          disabledFocusable={busy}
          aria-describedby={reason && active ? reasonId : undefined}
        >
          {sheetExists ? "Refresh report" : "Generate report"}
        </Button>
        {run.step && <Spinner size="tiny" label={run.step} data-testid="report-step" />}
      </div>
      <ErrorBar message={run.error} onDismiss={run.dismissError} title="Report" />
      {run.noCouncil && (
        <CompareAsChoice
          key={run.noCouncil.given}
          given={run.noCouncil.given}
          message={run.noCouncil.message}
          suggestions={run.noCouncil.suggestions}
          councils={run.noCouncil.councils}
          disabled={run.working}
          onChoose={(code) => {
            const c = { given: run.noCouncil?.given ?? "", code };
            choose(c);
            void run.generate(year, style, compare, c);
          }}
        />
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            <BarTitle>{notice.title}</BarTitle>
            {notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {run.built && (
        <MessageBar
          key={run.built.seq}
          intent="success"
          layout="multiline"
          data-seq={run.built.seq}
          data-focus-result
          tabIndex={-1}
        >
          <MessageBarBody>
            <BarTitle>Done</BarTitle>
            {`Report for ${run.built.plan.reportYear} ready on the sheet “${run.built.plan.sheetName}”.`}
            {run.built.comparedAs && <span data-testid="compared-as">{` ${run.built.comparedAs}`}</span>}
            {run.built.comparedAs && chosenApplies && (
              <>
                {" "}
                <Link
                  as="button"
                  disabled={run.working}
                  onClick={() => {
                    // Asks again: without the choice the Settings' name is not found, and the list shows.
                    forget();
                    void run.generate(year, style, compare);
                  }}
                >
                  Choose another council
                </Link>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {run.built && <ReportResult plan={run.built.plan} built={run.built} />}
      <ReplaceDialog
        found={run.ask?.found === "other-year" ? undefined : run.ask?.found}
        added={run.ask?.found === "other-year" ? undefined : run.ask?.added}
        sheetName={REPORT_SHEET_NAME}
        onCancel={thenBack(run.keep)}
        onReplace={thenBack(run.replace)}
      />
      <ConfirmDialog
        open={run.ask?.found === "other-year"}
        title={`Replace the ${run.ask?.found === "other-year" ? run.ask.shows : ""} report?`}
        replaceLabel={`Replace it with ${run.ask?.plan.reportYear ?? "the new year"}`}
        onReplace={thenBack(run.replace)}
        onKeep={thenBack(run.keep)}
      >
        {`The sheet “${REPORT_SHEET_NAME}” shows the ${run.ask?.found === "other-year" ? run.ask.shows : ""} report. Refreshing it for ${run.ask?.plan.reportYear ?? ""} replaces that report.`}
      </ConfirmDialog>
    </div>
  );
}
