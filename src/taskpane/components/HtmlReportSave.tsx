/**
 * The report as one self-contained HTML file (tables, charts as SVG, no external requests): a
 * download in Office on the web; on desktop, where the webview does not download (download.ts
 * says why), its source in a read-only, labelled text box with a Copy button and how to save it.
 * After a download, "No file? Show it here instead" shows the same text the same way
 * (save-view.ts).
 */
import { Button, Field, makeStyles, Textarea, tokens, useAnnounce } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { renderReportHtml, type ReportPlan } from "../../core/report";
import { copyText } from "../clipboard";
import { downloadHtml, safeFileName, type SaveRoute } from "../download";
import { errorText } from "../errors";
import { afterSave, NOTHING_SAVED, SHOW_INSTEAD, showInstead, shownBecause, type SaveView } from "../save-view";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px", alignItems: "stretch" },
  row: { display: "flex", gap: "8px", alignItems: "center" },
  note: { color: tokens.colorNeutralForeground2 },
  source: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** Props of {@link HtmlReportSave}. */
export interface HtmlReportSaveProps {
  readonly plan: ReportPlan;
  readonly route: SaveRoute;
}

/** "Save the report as HTML", or its source to copy. */
export function HtmlReportSave({ plan, route }: HtmlReportSaveProps) {
  const s = useStyles();
  const field = useRef<HTMLTextAreaElement>(null);
  const [view, setView] = useState<SaveView<string>>(NOTHING_SAVED);
  const html = view.shown ? view.file : undefined;
  // Set when the officer asks to see the text instead: focus then moves into its box.
  const focusField = useRef(false);
  useEffect(() => {
    if (!html || !focusField.current) return;
    focusField.current = false;
    field.current?.focus();
  }, [html]);
  const [error, setError] = useState<string | undefined>();
  const [copied, setCopied] = useState<string | undefined>();
  const base = `Safeguarding-Report-${plan.reportYear}`;
  const fileName = safeFileName(base, "html");
  const { announce } = useAnnounce();

  const act = () => {
    setError(undefined);
    try {
      const doc = renderReportHtml(plan);
      if (route === "download") {
        downloadHtml(doc, base);
        announce(`Saved the report as ${fileName}: it is in your browser's downloads.`, { polite: true });
      }
      setView((v) => afterSave(v, route, doc));
    } catch (e) {
      setError(`The HTML report could not be made: ${errorText(e)}`);
    }
  };

  const copy = async () => {
    if (!html) return;
    const outcome = await copyText(html, field.current);
    setCopied(
      outcome === "copied"
        ? "Copied to the clipboard."
        : "The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
    );
  };

  return (
    <div className={s.root}>
      <div>
        <Button onClick={act}>{route === "download" ? "Save the report as HTML" : "Show the report as HTML"}</Button>
      </div>
      <ErrorBar message={error} onDismiss={() => setError(undefined)} />
      {view.offered && (
        <div>
          <Button
            appearance="subtle"
            onClick={() => {
              focusField.current = true;
              setView(showInstead);
            }}
            aria-label={`${SHOW_INSTEAD}: the report as HTML`}
          >
            {SHOW_INSTEAD}
          </Button>
        </div>
      )}
      {html && (
        <>
          <Field
            label="The report as HTML (read-only)"
            hint={`${shownBecause(route)} Copy the text, paste it into Notepad (Windows) or TextEdit set to plain text (Mac), and save it as ${fileName}: it opens in any browser, with no internet needed.`}
          >
            <Textarea ref={field} className={s.source} value={html} readOnly resize="vertical" rows={8} />
          </Field>
          <div className={s.row}>
            <Button onClick={() => void copy()}>Copy</Button>
            <span role="status" aria-live="polite" className={s.note}>
              {copied}
            </span>
          </div>
        </>
      )}
    </div>
  );
}
