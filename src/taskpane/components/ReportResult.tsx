/**
 * What a generation built: counts, headlines as text, the report as HTML and as slides, and a "Save chart as
 * PNG" per chart (downloads in Office on the web, shown in the pane on desktop: download.ts).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { type ReportPlan, leftOutMessage } from "../../core/report";
import { saveRoute } from "../download";
import { plural } from "../issue-groups";
import { planCharts, planHeadlines } from "../report-model";
import { ChartSave } from "./ChartSave";
import { DeckSave } from "./DeckSave";
import { HtmlReportSave } from "./HtmlReportSave";

const useStyles = makeStyles({
  h3: { margin: "12px 0 4px", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: "20px", display: "flex", flexDirection: "column", gap: "6px" },
  charts: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "8px" },
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
  const charts = planCharts(plan);
  const headlines = planHeadlines(plan);
  const route = useMemo(saveRoute, []);

  return (
    <section aria-labelledby="csc-built-heading">
      {/* What was built is said once, in the Done message above (ReportPanel); this names the parts. */}
      <h3 id="csc-built-heading" className={s.h3}>
        {`Built: ${plural(built.tables, "table")} and ${plural(built.charts, "chart")}`}
      </h3>
      {plan.omitted.length > 0 && (
        <ul className={`${s.list} ${s.omitted}`}>
          {plan.omitted.map((o) => (
            <li key={o.id}>{`Left out: ${leftOutMessage(o)}`}</li>
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
      <h3 className={s.h3}>The report as a file</h3>
      <HtmlReportSave plan={plan} route={route} />
      <DeckSave plan={plan} route={route} />
      {charts.length > 0 && (
        <>
          <h3 className={s.h3}>Charts</h3>
          <ul className={s.charts}>
            {charts.map((c) => (
              <li key={c.name}>
                <ChartSave chart={c} sheetName={plan.sheetName} route={route} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
