/** What a generation built: counts, headlines as text, and a "Save chart as PNG" per chart. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ReportPlan } from "../../core/report/plan";
import { exportChartImage } from "../../excel";
import { downloadPng } from "../download";
import { errorText } from "../errors";
import { plural } from "../issue-groups";
import { planCharts, planHeadlines } from "../report-model";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  h3: { margin: "12px 0 4px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: "20px", display: "flex", flexDirection: "column", gap: "6px" },
  charts: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "8px" },
  chart: { display: "flex", flexDirection: "column", gap: "4px", alignItems: "flex-start" },
  omitted: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link ReportResult}. */
export interface ReportResultProps {
  readonly plan: ReportPlan;
  readonly built: { readonly tables: number; readonly charts: number };
}

/** The summary after a generation. */
export function ReportResult({ plan, built }: ReportResultProps) {
  const s = useStyles();
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState<string | undefined>();
  const charts = planCharts(plan);
  const headlines = planHeadlines(plan);

  const save = async (name: string, title: string) => {
    setError(undefined);
    setSaving(name);
    try {
      downloadPng(await exportChartImage(name), title);
    } catch (e) {
      setError(`Saving “${title}” failed: ${errorText(e)}`);
    } finally {
      setSaving(undefined);
    }
  };

  return (
    <section aria-labelledby="csc-built-heading">
      <h3 id="csc-built-heading" className={s.h3}>
        Built
      </h3>
      <p>{`${plural(built.tables, "table")} and ${plural(built.charts, "chart")} for ${plan.reportYear} on the sheet “${plan.sheetName}”.`}</p>
      {plan.omitted.length > 0 && (
        <ul className={`${s.list} ${s.omitted}`}>
          {plan.omitted.map((o) => (
            <li key={o.id}>{`Left out: ${o.reason}`}</li>
          ))}
        </ul>
      )}
      {headlines.length > 0 && (
        <>
          <h3 className={s.h3}>Headlines</h3>
          <ul className={s.list}>
            {headlines.map((h) => (
              <li key={h.id}>{h.text}</li>
            ))}
          </ul>
        </>
      )}
      {charts.length > 0 && (
        <>
          <h3 className={s.h3}>Charts</h3>
          <ErrorBar message={error} onDismiss={() => setError(undefined)} />
          <ul className={s.charts}>
            {charts.map((c) => (
              <li key={c.name} className={s.chart}>
                <span>{c.title}</span>
                <Button
                  size="small"
                  onClick={() => void save(c.name, c.title)}
                  disabled={saving !== undefined}
                  aria-label={`Save chart as PNG: ${c.title}`}
                >
                  {saving === c.name ? "Saving…" : "Save chart as PNG"}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
