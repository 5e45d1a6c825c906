/** Moving the user's selection: the pane's issue links and "Insert example". */

/** Activates `sheet` and selects `cell` ("C14"), as a click on an issue does. */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/**
 * Writes `formula` into the top-left cell of the user's selection and returns that cell's
 * address ("Functions demo!B3"). Only the cell the user chose is written.
 */
export async function insertFormula(formula: string): Promise<string> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.load("address");
    await context.sync();
    cell.formulas = [[formula]];
    await context.sync();
    return cell.address;
  });
}
