/**
 * The ExcelApi version the preview's in-memory host emulates: the one manifest.xml requires,
 * so the task pane in the preview (and the end-to-end tests) meets the same refusals as in the
 * oldest Excel the add-in accepts. The browser cannot read manifest.xml; a unit test
 * (test/excel/api-sets.test.ts) checks this stays equal to it.
 */
export const PREVIEW_EXCEL_API = "1.9";
