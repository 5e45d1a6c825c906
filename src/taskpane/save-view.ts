/**
 * What a save control shows after its click, on either route (download.ts). On the download
 * route (Office on the web) the browser is handed the file, but nothing tells the pane whether it
 * arrived: Excel on the web inside Microsoft Teams can block a download, or save it where the
 * officer never sees it, without a word (docs/excel-behaviours.md, "Downloads in Excel on the web
 * and in Teams"). So after a download the pane keeps the very file it handed over and offers
 * "No file? Show it here instead", which reveals it as the desktop route shows it: nothing is
 * made again, so what is shown is exactly what was downloaded.
 */
import type { SaveRoute } from "./download";

/** A save control's state: the last file made, whether it is shown, whether the fallback is offered. */
export interface SaveView<F> {
  /** The last file made (the PNG's base64, the HTML text ...), kept for the fallback. */
  readonly file?: F;
  /** The file is shown in the pane. */
  readonly shown: boolean;
  /** "No file? Show it here instead" is offered: a download was started and it is not shown yet. */
  readonly offered: boolean;
}

/** Nothing made yet. */
export const NOTHING_SAVED: SaveView<never> = { shown: false, offered: false };

/**
 * The state once `file` was made on `route`: in the pane, shown at once; downloaded, kept and
 * offered, or (when the officer already asked to see it) shown again as the newest file.
 */
export function afterSave<F>(view: SaveView<F>, route: SaveRoute, file: F): SaveView<F> {
  if (route === "in-pane" || view.shown) return { file, shown: true, offered: false };
  return { file, shown: false, offered: true };
}

/** The state once the officer chose "No file? Show it here instead": the kept file, shown. */
export function showInstead<F>(view: SaveView<F>): SaveView<F> {
  return view.file === undefined ? view : { ...view, shown: true, offered: false };
}

/** The fallback's button text. */
export const SHOW_INSTEAD = "No file? Show it here instead";

/**
 * Why the pane shows the file, under it: on desktop the pane cannot save files; on the web the
 * download may not have arrived.
 */
export function shownBecause(route: SaveRoute): string {
  return route === "in-pane"
    ? "This pane cannot save files here."
    : "If no file arrived (Excel in Microsoft Teams can block downloads without saying so), here it is instead.";
}
