/**
 * "Use the selected cells" with a selection that is not one block of cells: several areas
 * (getSelectedRange throws, learn.microsoft.com/javascript/api/excel/excel.workbook) or a chart
 * (InvalidSelection by design, office-js #2268). The officer reads the pane's words, never
 * Office's error text (the host models both: packages/fake-excel/src/selection.ts).
 */
import { FakeWorkbook, selectAreas, selectChart } from "@csc/fake-excel";
import { MappingProblem, readSelection } from "../../src/excel";
import { failureText } from "../../src/taskpane/errors";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

const workbook = (): FakeWorkbook =>
  FakeWorkbook.fromSheets({
    "Other data": [
      [],
      [],
      [null, "Year", "Referrals", "Contacts"],
      [null, "2019-20", 10, 20],
      [null, "2020-21", 11, 21],
    ],
  });

async function problemText(): Promise<string> {
  const e: unknown = await readSelection().then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof MappingProblem)) throw new Error(`expected a MappingProblem, got ${String(e)}`);
  return failureText(e);
}

describe("readSelection with a selection that is not one block of cells", () => {
  it("names several selected areas in the officer's words", async () => {
    host = withHost(workbook());
    selectAreas(host.wb, "Other data", ["B3:D5", "F3:F5"]);
    await expect(readSelection()).rejects.toMatchObject({ code: "selection-several-areas" });
    const text = await problemText();
    expect(text).toBe("You have 2 separate areas selected. Select one block of cells: the table, header row first.");
  });

  it("says a chart is selected, not cells, without Office's error text", async () => {
    host = withHost(workbook());
    selectChart(host.wb, "Chart 1");
    await expect(readSelection()).rejects.toMatchObject({ code: "selection-not-cells" });
    const text = await problemText();
    expect(text).toMatch(/^A chart or picture is selected, not cells\./);
    expect(text).not.toMatch(/InvalidSelection|current selection is invalid/i);
  });

  it("reads one block as before once the officer selects it", async () => {
    host = withHost(workbook());
    selectChart(host.wb, "Chart 1");
    selectAreas(host.wb, "Other data", ["B3:D5"]);
    const { target } = await readSelection();
    expect(target).toEqual({ kind: "range", sheet: "Other data", range: { top: 2, left: 1, bottom: 4, right: 3 } });
  });
});
