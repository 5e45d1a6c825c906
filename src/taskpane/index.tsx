/**
 * Task pane entry: waits for Office, then renders the app. The pane runs in the shared
 * runtime, which also hosts the custom functions and the ribbon commands.
 */
import "./no-eval";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { followWorkbookDateSystem } from "./date-system";

// Without Office.js (blocked by a proxy) boot.ts has already told the officer; nothing to mount.
if (typeof Office !== "undefined") {
  Office.onReady(() => {
    // The shared runtime starts for the custom functions too, with the pane hidden: this is
    // where they learn the workbook's date system (date-system.ts).
    followWorkbookDateSystem();
    const el = document.getElementById("root");
    if (el) createRoot(el).render(<App />);
  });
}
