/**
 * The task pane: four tabs (Validate, Report, Returns, Functions) over one shared validation state.
 * The ribbon's commands reach it through the command bus (src/commands/command-bus.ts), so a command
 * given while the pane is still opening is delivered once it has mounted.
 */
import {
  AriaLiveAnnouncer,
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { type PaneCommand, subscribeCommands } from "../commands/command-bus";
import { FunctionsPanel } from "./components/FunctionsPanel";
import { PaneFooter } from "./components/PaneFooter";
import { ReportPanel } from "./components/ReportPanel";
import { ReturnsPanel } from "./components/ReturnsPanel";
import { ValidatePanel } from "./components/ValidatePanel";
import { ValidationAnnouncer } from "./components/ValidationAnnouncer";
import { useOfficeTheme } from "./hooks/useOfficeTheme";
import { resultOrHome, useFocusRescue } from "./hooks/useFocusRescue";
import { PANE_CLASS, useReflowStyles } from "./reflow-styles";
import { useReturns } from "./hooks/useReturns";
import { useValidation } from "./hooks/useValidation";

/** The pane's tabs. */
export type TabId = "validate" | "report" | "returns" | "functions";

const TABS: readonly { id: TabId; label: string }[] = [
  { id: "validate", label: "Validate" },
  { id: "report", label: "Report" },
  { id: "returns", label: "Returns" },
  { id: "functions", label: "Functions" },
];

const useStyles = makeStyles({
  root: {
    minHeight: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // A field's hint is read, not glanced at: body size, not Fluent's caption size (fui-Field__hint
    // is the hint slot's static class, https://react.fluentui.dev/?path=/docs/components-field--docs).
    "& .fui-Field__hint": { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  },
  main: { display: "flex", flexDirection: "column", padding: "12px 14px 24px", gap: "8px", minWidth: 0 },
  h1: { margin: "0", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: "4px 0 0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  panel: { display: "flex", flexDirection: "column", gap: "8px", paddingTop: "8px" },
  // The tab row wraps rather than scrolls sideways in a narrow or zoomed pane (WCAG 1.4.10 Reflow).
  tabs: { marginLeft: "-10px", flexWrap: "wrap", rowGap: "2px" },
});

/** The task pane's root component. */
export function App() {
  const s = useStyles();
  useReflowStyles();
  // The custom functions' help links (functions.json helpUrl) open taskpane.html#functions.
  const [tab, setTab] = useState<TabId>(() =>
    typeof location !== "undefined" && location.hash === "#functions" ? "functions" : "validate",
  );
  // The pane follows Office's theme (Black and Dark Gray are dark), read again each time it is shown.
  const dark = useOfficeTheme();
  const validation = useValidation();
  const runRef = useRef(validation);
  runRef.current = validation;

  const [setupRequest, setSetupRequest] = useState(0);
  // The reconciliation compares with the workbook's figures as validated (the last result, or a fresh run).
  const workbookData = useCallback(async () => runRef.current.result?.data ?? (await runRef.current.run())?.data, []);
  const returns = useReturns(workbookData);

  const onCommand = useCallback((cmd: PaneCommand) => {
    if (cmd === "setup") {
      setTab("validate");
      setSetupRequest((n) => n + 1);
    } else if (cmd === "validate") {
      setTab("validate");
      void runRef.current.run();
    } else {
      // The runtime outlives any validation: the Report tab always opens on the figures as they are now.
      setTab("report");
      void runRef.current.run({ fresh: true });
    }
  }, []);

  useEffect(() => subscribeCommands(onCommand), [onCommand]);

  // Focus that falls to the page (its control unmounted or was disabled) goes to the shown
  // tab's newest result, else its main button, else the tab itself.
  const mainRef = useRef<HTMLElement>(null);
  useFocusRescue(mainRef, (main) => {
    const panel = main.querySelector<HTMLElement>(`#csc-panel-${tab}`);
    return (panel && resultOrHome(panel)) ?? main.querySelector<HTMLElement>(`#csc-tab-${tab}`);
  });

  // The Report tab's "Show the issues" link unmounts with the tab: focus moves to the Validate tab.
  const goToValidate = useCallback(() => {
    setTab("validate");
    setTimeout(() => document.getElementById("csc-tab-validate")?.focus(), 0);
  }, []);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={s.root}>
      <AriaLiveAnnouncer>
        <ValidationAnnouncer validation={validation} />
        {/* A plain element for the reflow rules: FluentProvider's root drops a class it does not know. */}
        <div className={PANE_CLASS}>
          <main ref={mainRef} className={s.main} aria-label="Safeguarding Report task pane">
            <h1 className={s.h1}>Safeguarding Report</h1>
            <TabList
              className={s.tabs}
              selectedValue={tab}
              onTabSelect={(_, d) => setTab(d.value as TabId)}
              aria-label="Task pane sections"
            >
              {TABS.map((t) => (
                <Tab key={t.id} id={`csc-tab-${t.id}`} value={t.id} aria-controls={`csc-panel-${t.id}`}>
                  {t.label}
                </Tab>
              ))}
            </TabList>
            {TABS.map((t) => (
              <div
                key={t.id}
                id={`csc-panel-${t.id}`}
                role="tabpanel"
                aria-labelledby={`csc-tab-${t.id}`}
                hidden={tab !== t.id}
                className={s.panel}
                style={tab === t.id ? undefined : { display: "none" }}
              >
                <h2 className={s.h2}>
                  {t.id === "validate"
                    ? "Validate the workbook"
                    : t.id === "report"
                      ? "Generate the report"
                      : t.id === "returns"
                        ? "Statutory returns"
                        : "CSC functions"}
                </h2>
                {t.id === "validate" && <ValidatePanel validation={validation} setupRequest={setupRequest} />}
                {t.id === "report" && (
                  <ReportPanel validation={validation} onGoToValidate={goToValidate} active={tab === "report"} />
                )}
                {t.id === "returns" && <ReturnsPanel control={returns} />}
                {t.id === "functions" && <FunctionsPanel />}
              </div>
            ))}
            <PaneFooter />
          </main>
        </div>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
