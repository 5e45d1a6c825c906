/** Moving the user's selection: the pane's issue links. */

/** Activates `sheet` and selects `cell` ("C14"), as a click on an issue does. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
