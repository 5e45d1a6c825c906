import { requestCommand } from "../taskpane/command-bus";

/**
 * Ribbon commands (ExecuteFunction actions in manifest.xml). They run in the shared runtime,
 * so they can open the task pane and hand it work.
 */

/** "Validate workbook": opens the pane on the Validate tab and starts a validation. */
async function validateWorkbookCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
    requestCommand("validate");
  } finally {
    event.completed();
  }
}

/**
 * "Generate report": opens the pane on the Report tab, which validates the workbook again, so
 * it never offers figures from an earlier check (the shared runtime outlives them).
 */
async function openReportCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
    requestCommand("report");
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validateWorkbookCommand", validateWorkbookCommand);
  Office.actions.associate("openReportCommand", openReportCommand);
});
