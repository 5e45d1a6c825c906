/**
 * The Excel adapter's reading and validation against the in-memory host: the same issues as
 * the CLI at the same cells, reading in chunks under Excel on the web's payload limit, and
 * nothing written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook, validateWorkbookInExcel, CHUNK_BYTES, CHUNK_ROWS } from "../../src/excel";
import { serialFromIso } from "../../src/core/dates";
import { mappingComment, validateWorkbook } from "../../src/core/workbook";
import { formatRange, Slicer, parseCell } from "../../src/core/base";
import { withHost } from "./harness";
import { failLargeResponses, type FakeWorkbook } from "@csc/fake-excel";
import { acrossGrid, placement, specOfSheet, type Layout } from "../fixtures/workbooks/layouts";

interface Fault {
  readonly name: string;
  readonly sheet: string;
  readonly cell: string;
  readonly value: string | number | null | { readonly date: string };
  readonly numberFormat?: string;
  readonly layout?: Layout;
  readonly code: string | null;
}
const faults = (
  JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "workbooks", "faults.json"), "utf8")) as { cases: Fault[] }
).cases;

let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

describe("validateWorkbookInExcel", () => {
  it("finds no error in the sample and returns its data", async () => {
    host = withHost("sample");
    const before = host.wb.snapshot();
    const result = await validateWorkbookInExcel();
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.data?.uasc.map((q) => q.careLeavers)).toContain(423);
    // Validation never writes: the workbook is cell for cell what it was.
    expect(host.wb.snapshot()).toEqual(before);
  });

  // The CLI's fault table (test/fixtures/workbooks/faults.json), through the Excel adapter.
  it.each(faults.map((f) => [f.name, f] as const))("%s", async (_name, f) => {
    host = withHost("sample");
    if (f.layout) applyLayout(host.wb, f.sheet, f.layout);
    const v = f.value;
    // In Office.js a null in `values` leaves the cell as it is; "" empties it.
    const value = v === null ? "" : typeof v === "object" ? serialFromIso(v.date) : v;
    host.wb.setValues(f.sheet, f.cell, [[value]]);
    // Excel gives a date typed into a cell a date format (the officer's slip the case models).
    const format = f.numberFormat ?? (v !== null && typeof v === "object" ? "dd/mm/yyyy" : undefined);
    if (format) {
      const at = parseCell(f.cell);
      if (at) host.wb.updateCell(host.wb.requireSheet(f.sheet), at.row, at.col, (c) => (c.numberFormat = format));
    }
    const before = host.wb.snapshot();
    const { issues, data } = await validateWorkbookInExcel();
    const here = issues.filter((i) => i.sheet === f.sheet && i.cell === f.cell).map((i) => i.code);
    if (f.code === null) {
      expect(here).toEqual([]);
      expect(issues.filter((i) => i.severity === "error")).toEqual([]); // as the CLI's exit code 0
    } else expect(here).toContain(f.code);
    // The datasets are withheld exactly when an error is found (an `if` would skip the other half).
    expect(data === undefined).toBe(issues.some((i) => i.severity === "error"));
    expect(host.wb.snapshot()).toEqual(before);
  });

  it("honours a CSC_ name that refers to a renamed table on a sheet of the officer's own", async () => {
    host = withHost("sample");
    const down = await validateWorkbookInExcel();
    const table = host.wb.findTable("tblContacts");
    if (!table) throw new Error("no tblContacts");
    table.name = "tblMyContacts";
    host.wb.renameSheet(table.sheet, "My figures");
    host.wb.names.push({
      name: "CSC_Contacts",
      formula: "=tblMyContacts[#All]",
      comment: "",
      visible: true,
      deleted: false,
    });
    const mapped = await validateWorkbookInExcel();
    expect(mapped.issues).toEqual(down.issues);
    expect(mapped.data).toEqual(down.data);
  });

  it("honours a CSC_ name over whole rows, a table laid across read to the columns that hold something", async () => {
    host = withHost("sample");
    applyLayout(host.wb, "Contacts", "across");
    const across = await validateWorkbookInExcel();
    const table = host.wb.findTable("tblContacts");
    if (!table) throw new Error("no tblContacts");
    const rows = table.rect.endRow + 1;
    host.wb.removeTable(table);
    // A sheet of the officer's own: only the name can find the figures.
    host.wb.renameSheet(table.sheet, "My figures");
    host.wb.names.push({
      name: "CSC_Contacts",
      formula: `='My figures'!$1:$${rows}`,
      comment: "",
      visible: true,
      deleted: false,
    });
    const named = await validateWorkbookInExcel();
    expect(named.data).toEqual(across.data);
    expect(named.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(across.issues.map((i) => `${i.code}@${i.cell}`));
    // Read to the last used column, not the sheet's last (XFD).
    const paths = host.wb.stats.loads.map((l) => l.path).join("\n");
    expect(paths).toContain("My figures");
    expect(paths).not.toMatch(/XFD/);
  });

  it("reads the officer's header choices from a CSC_ name's comment", async () => {
    host = withHost("sample");
    const down = await validateWorkbookInExcel();
    const table = host.wb.findTable("tblContacts");
    if (!table) throw new Error("no tblContacts");
    host.wb.setValues(table.sheet.name, "A1", [["Financial year"]]); // the officer's own header for Year
    host.wb.names.push({
      name: "CSC_Contacts",
      formula: "=tblContacts[#All]",
      comment: mappingComment("Contacts and referrals", [{ header: "Year", label: "Financial year" }]).comment,
      visible: true,
      deleted: false,
    });
    const mapped = await validateWorkbookInExcel();
    expect(mapped.issues).toEqual(down.issues);
    expect(mapped.data).toEqual(down.data);
  });

  it("reports a CSC_ name left pointing at a deleted sheet (#REF!) in the pane's words", async () => {
    host = withHost("sample");
    const sheet = host.wb.addSheet("Old figures");
    host.wb.names.push({
      name: "CSC_Contacts",
      formula: "='Old figures'!$A$1:$F$4",
      comment: "",
      visible: true,
      deleted: false,
    });
    host.wb.deleteSheet(sheet);
    const { issues, data } = await validateWorkbookInExcel();
    const issue = issues.find((i) => i.code === "name-broken");
    expect(issue?.message).toBe(
      "the Contacts figures are linked to a table of your own that is no longer in this workbook",
    );
    expect(issue?.sheet).toBe("Contacts");
    expect(data).toBeUndefined();
  });

  it("gives the thread back during a long validation and finds what the one-shot run finds", async () => {
    host = withHost("sample");
    addLog(host.wb, 50_000);
    const oneShot = validateWorkbook(await readWorkbook());
    // A fake clock moved by the progress reports: 0.001 ms per row read (Excel builds the
    // response; the pane only copies it), 0.01 ms per row checked in core.
    const clock = { t: 0, yields: 0 };
    const slicer = new Slicer({
      budgetMs: 25,
      now: () => clock.t,
      yieldNow: () => {
        clock.yields++;
        return new Promise((r) => setTimeout(r, 0));
      },
    });
    const last = new Map<string, number>();
    const result = await validateWorkbookInExcel({
      slicer,
      onProgress: (p) => {
        clock.t += (p.done - (last.get(p.label) ?? 0)) * (p.label.startsWith("Reading") ? 0.001 : 0.01);
        last.set(p.label, p.done);
      },
    });
    const { sheets: _sheets, yearsNamed: _years, ...checked } = result;
    expect(checked).toEqual(oneShot);
    // 50,000 log rows read again and counted in core: about 1,000 ms of fake time, in slices of two 20 ms steps.
    expect(clock.yields).toBeGreaterThanOrEqual(20);
    // No slice runs past the budget by more than one step (a chunk of 20,000 rows read = 20 ms,
    // 2,000 rows checked = 20 ms).
    expect(slicer.stats().longestMs).toBeLessThanOrEqual(25 + 20);
  }, 60_000);

  it("treats sheet names and cell text as data (an HTML payload is just a name)", async () => {
    host = withHost("xss");
    const { issues } = await validateWorkbookInExcel();
    expect(issues.some((i) => i.sheet.startsWith("<img"))).toBe(true);
  });
});

/** Adds an assessment log of `n` rows (referral dates and completions) as an Excel table. */
function addLog(wb: FakeWorkbook, n: number): void {
  const start = serialFromIso("2021-04-01") ?? 0;
  const rows: unknown[][] = [["Child ID", "Referral date", "Assessment completed"]];
  for (let i = 0; i < n; i++) rows.push([`C${i}`, start + (i % 300), i % 10 === 0 ? "" : start + (i % 300) + (i % 60)]);
  wb.setValues("Settings", "A1", [["Setting"]]); // touch: keeps Settings first
  wb.addSheet("Assessment Log");
  wb.setValues("Assessment Log", `A1:C${n + 1}`, rows);
  wb.addTable("Assessment Log", `A1:C${n + 1}`, "tblAssessmentLog", true);
}

describe("readWorkbook", () => {
  it("reads every table with its position and headers", async () => {
    host = withHost("sample");
    const raw = await readWorkbook();
    const uasc = raw.sheets.find((s) => s.name === "UASC")?.tables[0];
    expect(uasc).toMatchObject({
      name: "tblUASC",
      top: 0,
      left: 0,
      headers: ["Quarter", "UASC looked after", "UASC care leavers"],
    });
    // Office.js reports an empty cell as "" (not null), as Excel does.
    expect(uasc?.rows[0]).toEqual(["Jun-2017", "", 137]);
    // Number formats of the body, for the date-in-a-count check.
    expect(uasc?.numberFormats?.[0]).toEqual(["General", "#,##0", "#,##0"]);
    expect(uasc?.numberFormats).toHaveLength(uasc?.rows.length ?? -1);
  });

  it("reads a 200,000-row log in chunks, each response under Excel on the web's 5 MB", async () => {
    host = withHost("sample");
    addLog(host.wb, 200_000);
    host.wb.resetStats();
    const progress: number[] = [];
    const raw = await readWorkbook({ onProgress: (p) => progress.push(p.done) });
    const log = raw.sheets.find((s) => s.name === "Assessment Log")?.tables[0];
    expect(log?.rows).toHaveLength(200_000);
    expect(log?.rows[1]).toEqual(["C1", expect.any(Number), expect.any(Number)]);
    // No formats for a body past MAX_FORMAT_ROWS: the log's read stays values only.
    expect(log?.numberFormats).toBeUndefined();
    const stats = host.wb.stats;
    expect(stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    // 200,000 rows at most CHUNK_ROWS a request: at least 10 reading syncs, plus the 3 of the set-up.
    expect(stats.syncs).toBeGreaterThanOrEqual(200_000 / CHUNK_ROWS + 3);
    expect(progress.at(-1)).toBe(progress.length > 0 ? Math.max(...progress) : 0);
  }, 60_000);

  /** An assessment log with 27 columns of case notes besides the three the layout names. */
  function addWideLog(wb: FakeWorkbook, n: number, note: (row: number, col: number) => string): void {
    const start = serialFromIso("2021-04-01") ?? 0;
    const notes = Array.from({ length: 27 }, (_, c) => `Note ${c + 1}`);
    const rows: unknown[][] = [["Child ID", "Referral date", "Assessment completed", ...notes]];
    for (let i = 0; i < n; i++)
      rows.push([`C${i}`, start + (i % 300), start + (i % 300) + 10, ...notes.map((_, c) => note(i, c))]);
    wb.addSheet("Assessment Log");
    wb.setValues("Assessment Log", `A1:AD${n + 1}`, rows);
    wb.addTable("Assessment Log", `A1:AD${n + 1}`, "tblAssessmentLog", true);
  }

  it("reads a wide, text-heavy log (30 columns of 100 characters) with every response under 5 MB", async () => {
    host = withHost("sample");
    // 10,000 rows of 30 cells of ~100 characters: 30 MB of text. By rows and cells alone a
    // request would be 6,666 rows, about 20 MB, and Excel on the web would refuse it.
    const texts = Array.from({ length: 37 }, (_, i) => `Case note ${i}: `.padEnd(100, "visit recorded; "));
    addWideLog(host.wb, 10_000, (r, c) => texts[(r + c) % texts.length] ?? "");
    host.wb.resetStats();
    const raw = await readWorkbook();
    const log = raw.sheets.find((s) => s.name === "Assessment Log")?.tables[0];
    expect(log?.rows).toHaveLength(10_000);
    expect(log?.rows[9_999]?.[29]).toBe(texts[(9_999 + 26) % texts.length]);
    const { responses, maxResponseBytes } = host.wb.stats;
    expect(maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    // Sized by bytes, not shrunk to nothing: no response above 1.5 x the target, and few requests.
    expect(maxResponseBytes).toBeLessThanOrEqual(1.5 * CHUNK_BYTES);
    const totalBytes = responses.reduce((n, r) => n + r.bytes, 0);
    expect(responses.length).toBeLessThanOrEqual(Math.ceil(totalBytes / (CHUNK_BYTES / 2)) + 4);
  }, 60_000);

  it("re-reads a chunk at half the size when rows further down are far longer than the first", async () => {
    host = withHost("sample");
    // The first 400 rows' notes are short, the rest 200 characters: the first measure misleads.
    const long = "x".repeat(200);
    addWideLog(host.wb, 1_500, (r) => (r < 400 ? "ok" : long));
    host.wb.resetStats();
    const raw = await readWorkbook();
    const rows = raw.sheets.find((s) => s.name === "Assessment Log")?.tables[0]?.rows ?? [];
    expect(rows).toHaveLength(1_500);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 1_500 }, (_, i) => `C${i}`));
    expect(rows[1_499]?.[29]).toBe(long);
    // At least one response went over the limit and was refused; the reader recovered.
    expect(host.wb.stats.responses.some((r) => r.bytes > 5_000_000)).toBe(true);
  }, 60_000);

  it("re-reads a chunk at half the size when Excel refuses a large read with GeneralException", async () => {
    host = withHost("sample");
    addWideLog(host.wb, 3_000, (r, c) => `Visit ${r}.${c} recorded`.padEnd(60, "."));
    // Excel is reported to fail large reads with its generic internal error (read-faults.ts):
    // here every response over 1 MB, well under the documented 5 MB.
    failLargeResponses(host.wb, { overBytes: 1_000_000 });
    host.wb.resetStats();
    const raw = await readWorkbook();
    const rows = raw.sheets.find((s) => s.name === "Assessment Log")?.tables[0]?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 3_000 }, (_, i) => `C${i}`));
    expect(rows[2_999]?.[29]).toBe("Visit 2999.26 recorded".padEnd(60, "."));
    // Some responses were refused, and every one delivered was under the threshold.
    const delivered = host.wb.stats.responses.filter((r) => r.bytes > 0 && r.bytes <= 1_000_000);
    expect(host.wb.stats.responses.some((r) => r.bytes > 1_000_000)).toBe(true);
    expect(delivered.length).toBeGreaterThan(0);
  }, 60_000);

  it("still fails when a GeneralException is not about size (one row is refused too)", async () => {
    host = withHost("sample");
    failLargeResponses(host.wb, { overBytes: 0 });
    await expect(readWorkbook()).rejects.toMatchObject({ code: "GeneralException" });
  });
});

/** Rebuilds a sheet of the host's sample in a fault-table layout (layouts.ts), from its own cells. */
function applyLayout(wb: FakeWorkbook, sheetName: string, layout: Layout): void {
  const sheet = wb.requireSheet(sheetName);
  const table = wb.findTable(specOfSheet(sheetName).table);
  if (!table) throw new Error(`no table on ${sheetName}`);
  const { rect } = table;
  const grid = acrossGrid(
    sheetName,
    wb.getValues(
      sheetName,
      formatRange({ top: rect.startRow, left: rect.startCol, bottom: rect.endRow, right: rect.endCol }),
    ),
  );
  wb.removeTable(table);
  wb.clearRect(sheet, rect);
  const at = placement(layout, sheetName, grid.length, grid[0]?.length ?? 0);
  wb.setValues(sheetName, at.address, grid);
  if (layout === "across") wb.addTable(sheetName, at.address, table.name);
  if (at.name) wb.names.push({ ...at.name, comment: "", visible: true, deleted: false });
}
