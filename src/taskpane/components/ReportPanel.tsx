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
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { ReportPlan } from "../../core/report/plan";
import { applyReportPlan, inspectReportSheet, recoverReportSheets } from "../../excel";
import { errorText } from "../errors";
import { type PaneMessage, recoveredMessage, reportFailureMessage } from "../report-messages";
import type { ValidationState } from "../hooks/useValidation";
import { plural } from "../issue-groups";
import { planFromFreshFigures } from "../report-flow";
import { QUARTER_STYLES, type QuarterStyleChoice, reportYears, yearFromLabel } from "../report-model";
import { ErrorBar } from "./ErrorBar";
import { ReplaceDialog } from "./ReplaceDialog";
import { ReportResult } from "./ReportResult";
import { COMPARATORS, type Comparator } from "../../core/benchmarks/compare";
import { loadBenchmarks } from "../../functions/benchmarks-data";

/** The "Compare with" choices: DfE's published figures for England, the region, the neighbours. */
const COMPARE_LABELS: Readonly<Record<Comparator, string>> = {
  england: "England",
  region: "The council's region",
  neighbours: "Statistical neighbours (DfE's 2025 model)",
};

const SHEET_NAME = "Safeguarding Report";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  note: { color: tokens.colorNeutralForeground2 },
  reason: { color: tokens.colorNeutralForeground1 },
});

/** Props of {@link ReportPanel}. */
export interface ReportPanelProps {
  readonly validation: ValidationState;
  /** Switches to the Validate tab (the link in the "blocked" message). */
  readonly onGoToValidate: () => void;
}

/** The Report tab's content. */
export function ReportPanel({ validation, onGoToValidate }: ReportPanelProps) {
  const s = useStyles();
  const reasonId = useId();
  const { result, running } = validation;
  const data = result?.data;
  const years = data ? reportYears(data) : [];
  const [year, setYear] = useState<string>("");
  const [style, setStyle] = useState<QuarterStyleChoice>("range");
  const [compare, setCompare] = useState<readonly Comparator[]>([]);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<PaneMessage | undefined>();
  const [ask, setAsk] = useState<{ found: "edited" | "foreign"; plan: ReportPlan } | undefined>();
  const [built, setBuilt] = useState<{ plan: ReportPlan; tables: number; charts: number } | undefined>();
  const [sheetExists, setSheetExists] = useState(false);

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
        if (live && survived) setNotice(recoveredMessage(survived));
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

  const apply = async (plan: ReportPlan, replace: boolean) => {
    setWorking(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const r = await applyReportPlan(plan, { replace });
      setBuilt({ plan, ...r });
      setSheetExists(true);
    } catch (e) {
      setNotice(reportFailureMessage(e));
    } finally {
      setWorking(false);
    }
  };

  // Generate reads and validates the workbook again: the figures are those in the workbook
  // now, never a validation kept from before the officer's last edits (report-flow.ts).
  const generate = async () => {
    setError(undefined);
    setNotice(undefined);
    setBuilt(undefined);
    setWorking(true);
    const fresh = await planFromFreshFigures(
      () => validation.run({ fresh: true }),
      { year: yearFromLabel(year), quarterStyle: style, compare },
      loadBenchmarks,
    );
    if (fresh.kind !== "plan") {
      setWorking(false);
      // "blocked" and "no-data" show in the message above the button, from the fresh result.
      if (fresh.kind === "not-checked")
        setError("The workbook could not be checked again, so no report was built. The Validate tab says why.");
      if (fresh.kind === "plan-failed") setError(`The report could not be planned: ${fresh.message}`);
      if (fresh.kind === "no-council")
        setError(`${fresh.message} Correct the Local authority in the Settings table, or clear "Compare with".`);
      return;
    }
    const plan = fresh.plan;
    try {
      const found = await inspectReportSheet();
      if (found === "edited" || found === "foreign") {
        setWorking(false);
        setAsk({ found, plan });
        return;
      }
      await apply(plan, found === "ours");
    } catch (e) {
      setWorking(false);
      setError(`Checking the report sheet failed: ${errorText(e)}`);
    }
  };

  const blockedByErrors = result !== undefined && result.errors > 0;
  const reason = running
    ? "Validating the workbook…"
    : !result
      ? "Validate the workbook first: the report is built from its checked figures."
      : blockedByErrors
        ? `Validation found ${plural(result.errors, "error")}. Fix them, then validate again.`
        : !data
          ? "Validation returned no figures to report."
          : undefined;

  return (
    <div className={s.root}>
      <Text as="p" className={s.note}>
        {`Builds the tables, charts and headlines on the sheet “${SHEET_NAME}”. Your own sheets are never changed.`}
      </Text>
      <Field label="Report year" hint={data ? "Financial years with figures in the workbook." : undefined}>
        <Select value={year} onChange={(_, d) => setYear(d.value)} disabled={!data || working}>
          {years.length === 0 && <option value="">Validate first</option>}
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
          disabled={working}
        >
          {QUARTER_STYLES.map((q) => (
            <Radio key={q.value} value={q.value} label={q.label} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="Compare with"
        hint="DfE's published figures, carried with the add-in: rows per 10,000 children under the tables and comparisons in the headlines."
      >
        {COMPARATORS.map((c) => (
          <Checkbox
            key={c}
            label={COMPARE_LABELS[c]}
            checked={compare.includes(c)}
            disabled={working}
            onChange={(_, d) =>
              setCompare((prev) => COMPARATORS.filter((x) => (x === c ? d.checked === true : prev.includes(x))))
            }
          />
        ))}
      </Field>
      {reason && (
        <MessageBar intent={blockedByErrors ? "warning" : "info"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{blockedByErrors ? "Report blocked" : "Not ready"}</MessageBarTitle>
            <span id={reasonId} className={s.reason}>
              {reason}
            </span>{" "}
            {blockedByErrors && (
              <Link as="button" onClick={onGoToValidate}>
                Show the issues on the Validate tab
              </Link>
            )}
            {!result && !running && (
              <Link as="button" onClick={() => void validation.run()}>
                Validate now
              </Link>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button
          appearance="primary"
          onClick={() => void generate()}
          disabled={reason !== undefined || working}
          aria-describedby={reason ? reasonId : undefined}
        >
          {working ? "Working…" : sheetExists ? "Refresh report" : "Generate report"}
        </Button>
      </div>
      <ErrorBar message={error} onDismiss={() => setError(undefined)} title="Report" />
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "info" ? "status" : "alert"}>
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite" aria-atomic="true">
        {built && <p>{`Report for ${built.plan.reportYear} ready on the sheet “${built.plan.sheetName}”.`}</p>}
      </div>
      {built && <ReportResult plan={built.plan} built={built} />}
      <ReplaceDialog
        found={ask?.found}
        sheetName={SHEET_NAME}
        onCancel={() => setAsk(undefined)}
        onReplace={() => {
          const plan = ask?.plan;
          setAsk(undefined);
          if (plan) void apply(plan, true);
        }}
      />
    </div>
  );
}
