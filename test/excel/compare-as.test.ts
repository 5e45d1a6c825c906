/**
 * The council chosen to compare as is kept in the add-in's document settings, read back on the
 * next run, and never written to the officer's cells.
 */
import { forgetCompareAs, readCompareAs, saveCompareAs } from "../../src/excel";
import { parseCompareAs } from "../../src/excel/compare-as";
import { withHost } from "./harness";

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

/** Every sheet's cells, formats and widths, as JSON. */
const sheets = (h: ReturnType<typeof withHost>) => JSON.stringify((h.wb.snapshot() as { sheets: unknown }).sheets);

it("keeps the choice in the document settings, leaving every cell as it was", async () => {
  host = withHost("sample");
  const before = sheets(host);
  await expect(readCompareAs()).resolves.toBeUndefined();
  await saveCompareAs({ given: "Hampshir County Council", code: "850" });
  await expect(readCompareAs()).resolves.toEqual({ given: "Hampshir County Council", code: "850" });
  expect(sheets(host)).toBe(before);
  await forgetCompareAs();
  await expect(readCompareAs()).resolves.toBeUndefined();
  await forgetCompareAs(); // Nothing kept: nothing to forget, and no error.
});

it("reads a stored value that is not a choice as none", () => {
  expect(parseCompareAs("{not json")).toBeUndefined();
  expect(parseCompareAs(JSON.stringify({ given: "X" }))).toBeUndefined();
  expect(parseCompareAs(42)).toBeUndefined();
});
