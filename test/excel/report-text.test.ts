/**
 * Text written by the report stays text in Excel: period labels ("Jun-2019", "2011-12",
 * "Apr-Jun 2019"), titles, headlines starting with "-" or a digit, notes and chart descriptions.
 * The host reads written strings as Excel does (packages/fake-excel/src/model/typed-input.ts), so a label
 * written without the Text format would come back as a date serial such as 43617.
 */
import { applyReportPlan } from "../../src/excel";
import { type ReportPlan, type TableBlock } from "../../src/core/report";
import { formatCell, parseA1 } from "@csc/fake-excel";
import { planInExcel, withHost } from "./harness";

const SHEET = "Safeguarding Report";
let host: ReturnType<typeof withHost> | undefined;
afterEach(() => host?.done());

/** One written string and where. */
interface Written {
  address: string;
  text: string;
}

/** What Office.js reports for each address: value, valueType and text (read in one batch). */
async function readBack(addresses: readonly string[]): Promise<{ value: unknown; type: string; text: string }[]> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEET);
    const cells = addresses.map((a) => ws.getRange(a).load("values, valueTypes, text"));
    await context.sync();
    return cells.map((c) => ({
      value: c.values[0]?.[0],
      type: String(c.valueTypes[0]?.[0]),
      text: c.text[0]?.[0] ?? "",
    }));
  });
}

/** Asserts every written string reads back as that string, valueType String. */
async function expectText(written: readonly Written[]): Promise<void> {
  const got = await readBack(written.map((w) => w.address));
  expect(written.map((w, i) => [w.address, got[i]])).toEqual(
    written.map((w) => [w.address, { value: w.text, type: "String", text: w.text }]),
  );
}

/** Every string the plan writes, with its address. */
function plannedTexts(plan: ReportPlan): Written[] {
  const out: Written[] = [];
  for (const b of plan.blocks) {
    if (b.kind === "table") {
      out.push({ address: b.anchor.address, text: b.title });
      const top = parseA1(b.grid.range.address);
      b.grid.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === "string" && v !== "")
            out.push({ address: formatCell(top.startRow + r, top.startCol + c), text: v });
        }),
      );
      for (const n of b.notes) out.push(...n.lines);
      for (const ch of b.charts) for (const line of ch.descriptionLines) out.push(line);
    } else if (b.kind === "headlines") {
      out.push({ address: b.anchor.address, text: b.title });
      for (const h of b.items) out.push({ address: h.address, text: h.text });
    } else out.push({ address: b.anchor.address, text: b.text });
  }
  return out;
}

/** The plan with its first headline and a table's first header cells replaced by risky text. */
function withRiskyText(plan: ReportPlan): ReportPlan {
  let tableDone = false;
  return {
    ...plan,
    blocks: plan.blocks.map((b) => {
      if (b.kind === "headlines") {
        const [first, second, ...rest] = b.items;
        if (!first || !second) throw new Error("the plan needs two headlines");
        return {
          ...b,
          items: [
            { ...first, text: "-12% fewer children were on a plan" },
            { ...second, text: "1,234 referrals" },
            ...rest,
          ],
        };
      }
      if (b.kind !== "table" || tableDone) return b;
      tableDone = true;
      const [header = [], ...rows] = b.grid.values;
      const risky = ["2011-12", "5%", "=1+1", "+44"];
      const newHeader = header.map((v, i) => (i >= 1 && i <= risky.length ? (risky[i - 1] ?? v) : v));
      return { ...b, grid: { ...b.grid, values: [newHeader, ...rows] } } satisfies TableBlock;
    }),
  };
}

describe("the report's text stays text", () => {
  it("end-month quarter labels are strings, not dates", async () => {
    host = withHost("sample");
    const plan = await planInExcel("2019-20", "end-month");
    await applyReportPlan(plan, { replace: false });
    const texts = plannedTexts(plan);
    const jun = texts.filter((t) => t.text === "Jun-2019");
    expect(jun.length).toBe(1);
    await expectText(jun);
    await expectText(texts);
  });

  it("range quarter labels and financial years are strings", async () => {
    host = withHost("sample");
    const plan = await planInExcel("2021-22", "range");
    await applyReportPlan(plan, { replace: false });
    const texts = plannedTexts(plan);
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(["Apr-Jun 2021", "2021-22"]));
    await expectText(texts);
  });

  it("headlines starting with '-' or a digit, and labels Excel would read as numbers, stay as written", async () => {
    host = withHost("sample");
    const plan = withRiskyText(await planInExcel("2021-22", "range"));
    await applyReportPlan(plan, { replace: false });
    const risky = ["-12% fewer children were on a plan", "1,234 referrals", "2011-12", "5%", "=1+1", "+44"];
    const texts = plannedTexts(plan).filter((t) => risky.includes(t.text));
    expect(new Set(texts.map((t) => t.text)).size).toBe(risky.length);
    await expectText(texts);
  });

  it("numbers keep their own formats", async () => {
    host = withHost("sample");
    const plan = await planInExcel("2021-22", "range");
    await applyReportPlan(plan, { replace: false });
    const table = plan.blocks.find((b): b is TableBlock => b.kind === "table");
    if (!table) throw new Error("no table");
    const top = parseA1(table.grid.range.address);
    const r = table.grid.values.findIndex((row, i) => i > 0 && typeof row[1] === "number");
    expect(r).toBe(1);
    const cell = host.wb.getCell(SHEET, formatCell(top.startRow + r, top.startCol + 1));
    expect(cell?.value).toBe(table.grid.values[r]?.[1]);
    expect(cell?.numberFormat ?? "General").toBe(table.grid.numberFormats[r]?.[1]);
  });
});
