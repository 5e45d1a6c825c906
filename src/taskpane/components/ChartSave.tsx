/**
 * One chart's "Save chart as PNG": a download in Office on the web; on desktop, where the
 * webview does not download (download.ts says why), the image shown in the pane with its
 * description as alt text, a "Copy image" button, and how to save it from Excel itself. After a
 * download, "No file? Show it here instead" shows the same image the same way (save-view.ts).
 */
import { Button, makeStyles, tokens, useAnnounce } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ChartSpec } from "../../core/report";
import { exportChartImage } from "../../excel";
import { copyPng } from "../clipboard";
import { downloadPng, type SaveRoute } from "../download";
import { errorText } from "../errors";
import { afterSave, NOTHING_SAVED, SHOW_INSTEAD, showInstead, shownBecause, type SaveView } from "../save-view";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "4px", alignItems: "flex-start" },
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: "4px" },
  image: { maxWidth: "100%", border: `1px solid ${tokens.colorNeutralStroke2}` },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link ChartSave}. */
export interface ChartSaveProps {
  readonly chart: ChartSpec;
  readonly sheetName: string;
  readonly route: SaveRoute;
}

/** A chart's title and its save (or show) button. */
export function ChartSave({ chart, sheetName, route }: ChartSaveProps) {
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [view, setView] = useState<SaveView<string>>(NOTHING_SAVED);
  const image = view.shown ? view.file : undefined;
  const [copied, setCopied] = useState<string | undefined>();
  // Set when the officer asks to see the image instead: focus then moves to it.
  const focusFigure = useRef(false);
  const figure = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!image || !focusFigure.current) return;
    focusFigure.current = false;
    figure.current?.focus();
  }, [image]);
  const label = route === "download" ? "Save chart as PNG" : "Show chart as PNG";
  const { announce } = useAnnounce();

  const act = async () => {
    setError(undefined);
    setBusy(true);
    try {
      const png = (await exportChartImage(chart.name)).replace(/^data:[^,]*,/, "");
      if (route === "download") {
        downloadPng(png, chart.title);
        announce(`Saved “${chart.title}” as a PNG file: it is in your browser's downloads.`, { polite: true });
      }
      setView((v) => afterSave(v, route, png));
    } catch (e) {
      setError(`Saving “${chart.title}” failed: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!image) return;
    setCopied(
      (await copyPng(image))
        ? "Image copied: paste it into your slides."
        : "This window does not allow copying images: use Save as Picture in Excel, as above.",
    );
  };

  return (
    <div className={s.root}>
      <span>{chart.title}</span>
      <Button
        size="small"
        onClick={() => void (busy ? undefined : act())}
        disabledFocusable={busy}
        aria-label={`${label}: ${chart.title}`}
      >
        {busy ? "Working…" : label}
      </Button>
      <ErrorBar message={error} onDismiss={() => setError(undefined)} />
      {view.offered && (
        <Button
          size="small"
          appearance="subtle"
          onClick={() => {
            focusFigure.current = true;
            setView(showInstead);
          }}
          aria-label={`${SHOW_INSTEAD}: ${chart.title}`}
        >
          {SHOW_INSTEAD}
        </Button>
      )}
      {image && (
        <figure className={s.figure} ref={figure} tabIndex={-1} aria-label={`${chart.title} as a PNG image`}>
          <img
            className={s.image}
            src={`data:image/png;base64,${image}`}
            alt={`${chart.altTitle}. ${chart.altDescription}`}
          />
          <figcaption className={s.note}>
            {`${shownBecause(route)} To save the chart, right-click it on the sheet “${sheetName}” in Excel and choose Save as Picture, or copy this image.`}
          </figcaption>
          <Button size="small" onClick={() => void copy()} aria-label={`Copy image: ${chart.title}`}>
            Copy image
          </Button>
          <span role="status" aria-live="polite" className={s.note}>
            {copied}
          </span>
        </figure>
      )}
    </div>
  );
}
