/**
 * The pane's validation cross-checks DfE's published figures as the CLI does: the same
 * warnings at the same cells of the open workbook, and the workbook left unchanged.
 */
import { validateWorkbookInExcel } from "../../src/excel";
import { validateWorkbook } from "../../src/core/workbook";
import { loadBenchmarks } from "../../src/functions/benchmarks-data";
import { sampleRaw } from "../../support/sample-workbook";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

it("warns where the open workbook differs from DfE's published figures, at the same cells as the CLI", async () => {
  host = withHost("sample");
  const before = host.wb.snapshot();
  // The add-in's loader: the dataset module through a dynamic import, as the pane loads it.
  const published = await loadBenchmarks();
  const result = await validateWorkbookInExcel({ published });
  const differs = result.issues.filter((i) => i.code === "published-differs");
  // Both looked-after differences: 31 March 2018 (DfE's 2022 edition) and 31 March 2020.
  expect(differs.filter((i) => i.sheet === "Looked After")).toEqual([
    expect.objectContaining({
      cell: "B6",
      message: expect.stringContaining("the workbook has 1,592, DfE published 1,593 for Hampshire"),
    }),
    expect.objectContaining({
      cell: "B8",
      message: expect.stringContaining("the workbook has 1,602, DfE published 1,601 for Hampshire"),
    }),
  ]);
  const cli = validateWorkbook(sampleRaw(), { published }).issues.filter((i) => i.code === "published-differs");
  expect(differs.map((i) => `${i.sheet}!${i.cell} ${i.message}`)).toEqual(
    cli.map((i) => `${i.sheet}!${i.cell} ${i.message}`),
  );
  expect(host.wb.snapshot()).toEqual(before);
});
