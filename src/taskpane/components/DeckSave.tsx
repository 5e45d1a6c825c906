/**
 * "Save the slides as PowerPoint": the Cabinet deck (src/deck) as a .pptx download in Office on
 * the web. The deck writer (pptxgenjs, which bundles its own JSZip) is loaded only when asked for, as its own chunk,
 * so the pane's first load does not grow. On desktop, where the webview does not download
 * (download.ts says why) and a .pptx cannot be shown or copied as text, the pane says where the
 * slides can be had instead, and nothing tries to download. After a download on the web,
 * "No file? Show it here instead" gives the same kind of word, for a download that went
 * nowhere (Teams: save-view.ts): the slides cannot be shown in the pane.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ReportPlan } from "../../core/report";
import { downloadBytes, safeFileName, type SaveRoute } from "../download";
import { errorText } from "../errors";
import { afterSave, NOTHING_SAVED, SHOW_INSTEAD, showInstead, type SaveView } from "../save-view";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px", alignItems: "flex-start" },
  note: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** Props of {@link DeckSave}. */
export interface DeckSaveProps {
  readonly plan: ReportPlan;
  readonly route: SaveRoute;
}

/** The slides' download, or where to get them on desktop. */
export function DeckSave({ plan, route }: DeckSaveProps) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const fileName = safeFileName(`Safeguarding-Report-${plan.reportYear}-slides`, "pptx");
  const [view, setView] = useState<SaveView<string>>(NOTHING_SAVED);
  const note = useRef<HTMLParagraphElement>(null);
  const focusNote = useRef(false);
  useEffect(() => {
    if (!view.shown || !focusNote.current) return;
    focusNote.current = false;
    note.current?.focus();
  }, [view.shown]);

  if (route !== "download") {
    return (
      <p className={s.note}>
        {
          "Slides for Cabinet (PowerPoint): this pane cannot save files in Excel on Windows or Mac. Open the workbook in Excel on the web and choose "
        }
        <q>Save the slides as PowerPoint</q>
        {" there."}
      </p>
    );
  }

  const save = async () => {
    setError(undefined);
    setStatus(undefined);
    setBusy(true);
    try {
      const { deckFile, PPTX_TYPE } = await import(/* webpackChunkName: "deck" */ "../../deck/file");
      const { bytes, slides } = await deckFile(plan);
      downloadBytes(bytes, fileName, PPTX_TYPE);
      setStatus(`${slides} slides saved as ${fileName}.`);
      setView((v) => afterSave(v, route, fileName));
    } catch (e) {
      setError(`The slides could not be made: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={s.root}>
      <Button onClick={() => void save()} disabledFocusable={busy}>
        {busy ? "Making the slides…" : "Save the slides as PowerPoint"}
      </Button>
      <ErrorBar message={error} onDismiss={() => setError(undefined)} />
      <span role="status" aria-live="polite" className={s.note}>
        {status}
      </span>
      {view.offered && (
        <Button
          appearance="subtle"
          onClick={() => {
            focusNote.current = true;
            setView(showInstead);
          }}
          aria-label={`${SHOW_INSTEAD}: the slides`}
        >
          {SHOW_INSTEAD}
        </Button>
      )}
      {view.shown && (
        <p className={s.note} ref={note} tabIndex={-1}>
          {`If ${fileName} did not arrive (Excel in Microsoft Teams can block downloads without saying so), the slides cannot be shown in this pane: open the workbook in Excel in your browser, outside Teams, and choose `}
          <q>Save the slides as PowerPoint</q>
          {" there. The report as HTML, above, can be shown here, with the report's tables and charts."}
        </p>
      )}
    </div>
  );
}
