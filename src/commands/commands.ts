import { type PaneCommand, requestCommand } from "./command-bus";

/**
 * Ribbon commands (ExecuteFunction actions in manifest.xml). They run in the shared runtime,
 * so they can open the task pane and hand it work.
 */

/** A ribbon command that opens the pane and hands it `cmd`, then completes the event. */
function openPaneOn(cmd: PaneCommand): (event: Office.AddinCommands.Event) => Promise<void> {
  return async (event) => {
    try {
      await Office.addin.showAsTaskpane();
      requestCommand(cmd);
    } finally {
      event.completed();
    }
  };
}

// Associated as the script loads, not inside Office.onReady, as the templates of Microsoft's
// Yeoman generator for Office Add-ins do ("Register the function with Office.", then
// Office.actions.associate at the top level of commands.ts): the names are then registered
// whatever the order in which Office finishes initialising and delivers a button press that
// started the shared runtime, rather than only once the onReady callbacks have run.
// Office.actions is defined by office.js itself, which taskpane.html loads before this bundle.
// "Validate workbook": the Validate tab, and a validation starts.
Office.actions.associate("validateWorkbookCommand", openPaneOn("validate"));
// "Open report": the Report tab, which validates the workbook again, so it never offers
// figures from an earlier check (the shared runtime outlives them). It does not generate:
// the officer picks the year first, so the button is named for what it does.
Office.actions.associate("openReportCommand", openPaneOn("report"));
// "Set up workbook": the set-up offer, which says what it will add (and, on an empty
// workbook, offers the sample figures) before anything is written.
Office.actions.associate("setUpWorkbookCommand", openPaneOn("setup"));
