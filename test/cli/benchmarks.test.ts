/**
 * `csc-report benchmarks <la>`: the council's published figures beside England, its region and
 * its neighbours' average; a council not in DfE's list is exit 2 with the closest names. One run
 * through bin/csc-report.js checks the built CLI finds the dataset module (required on demand).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadSampleWorkbook } from "../../src/cli/template";
import { buildTemplateWorkbook } from "../../support/template-workbook";
import { run, tempDir } from "./helpers";
import { ensureCliBuilt } from "../../support/cli-build";

const root = join(__dirname, "..", "..");

describe("csc-report benchmarks", () => {
  it("prints the council, its region, its neighbours and each indicator beside England, region and neighbours", async () => {
    const r = await run("benchmarks", "Hampshire County Council", "--year", "2019-20");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("Hampshire (DfE 850, E10000014), South East");
    expect(lines[1]).toMatch(
      /^Statistical neighbours \(DfE children's services statistical neighbour model, 2025.*\): Wiltshire, North Somerset/,
    );
    expect(lines[3]).toMatch(/^Indicator\s+Year\s+Hampshire\s+England\s+South East\s+Neighbours' average$/);
    // Children looked after at 31 March 2020: Hampshire 1,601, England 80,000, South East 10,430.
    const cla = lines.find((l) => l.startsWith("Children looked after at 31 March"));
    expect(cla?.split(/\s{2,}/).slice(1, 5)).toEqual(["2019-20", "1,601", "80,000", "10,430"]);
    const cp = lines.find((l) => l.startsWith("Children on a child protection plan"));
    expect(cp?.split(/\s{2,}/).slice(1, 4)).toEqual(["2019-20", "938", "51,510"]);
    // Rates per 10,000 in the report's house style, one decimal: Hampshire's whole 57 is "57.0".
    const claRate = lines.find((l) => l.startsWith("Children looked after per 10,000 children"));
    expect(claRate?.split(/\s{2,}/).slice(1, 5)).toEqual(["2019-20", "57.0", "68.0", "54.0"]);
    const cpRate = lines.find((l) => l.startsWith("Child protection plans per 10,000 children"));
    expect(cpRate?.split(/\s{2,}/).slice(1, 6)).toEqual(["2019-20", "33.6", "43.7", "42.1", "37.0"]);
    // Only 6 of the 10 neighbours had a published 2+ years share that year.
    expect(lines.find((l) => l.startsWith("Plans at 31 March open 2 years"))).toMatch(/\(6\/10\)$/);
    expect(r.out).toContain("Open Government Licence v3.0");
  });

  it("shows DfE's symbol for a figure not published and says what it means", async () => {
    const r = await run("benchmarks", "850", "--year", "2023-24");
    expect(r.code).toBe(0);
    const cp = r.out.split("\n").find((l) => l.startsWith("Children on a child protection plan"));
    expect(cp?.split(/\s{2,}/)[2]).toBe("u");
    expect(r.out).toContain("u: not published (low reliability).");
  });

  it("exits 2 naming the council not found, with suggestions", async () => {
    const r = await run("benchmarks", "Hampshir");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"Hampshir" is not one of DfE's councils.*Did you mean "Hampshire" \(850\)/);
    const badYear = await run("benchmarks", "850", "--year", "last year");
    expect(badYear.code).toBe(2);
    expect(badYear.err).toMatch(/It is not a financial year: write it as 2019-20\./);
  });

  it("runs as the built binary, loading the dataset module on demand", () => {
    ensureCliBuilt();
    const r = spawnSync(process.execPath, [join(root, "bin", "csc-report.js"), "benchmarks", "Hampshire"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Hampshire \(DfE 850/);
  }, 180_000);
});

describe("csc-report generate --compare", () => {
  const dir = tempDir();
  const sample = join(dir, "sample.xlsx");
  beforeAll(async () => {
    await buildTemplateWorkbook(loadSampleWorkbook()).xlsx.writeFile(sample);
  });

  it("writes the comparator rows and the compared headline into the report sheet and the HTML", async () => {
    const out = join(dir, "compared.xlsx");
    const html = join(dir, "compared.html");
    const r = await run(
      "generate",
      sample,
      "-o",
      out,
      "--year",
      "2019-20",
      "--html",
      html,
      "--compare",
      "england,region",
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("Compared with england, region as Hampshire (LA 850), from DfE's published statistics.");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.getWorksheet("Safeguarding Report")?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("England per 10,000 children");
    expect(texts).toContain("South East per 10,000 children");
    // Rates carry the house style's format; a whole rate shows its decimal in the HTML too.
    const rateCells: ExcelJS.Cell[] = [];
    wb.getWorksheet("Safeguarding Report")?.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === "number" && String(row.getCell(1).value).includes("per 10,000")) rateCells.push(c);
      }),
    );
    expect(rateCells.length).toBeGreaterThan(0);
    expect(new Set(rateCells.map((c) => c.numFmt))).toEqual(new Set(["#,##0.0"]));
    expect(
      texts.some((t) => t.endsWith("against a national increase of 2% and a South East increase of 2% in 2019-20.")),
    ).toBe(true);
    const page = readFileSync(html, "utf8");
    expect(page).toContain("Hampshire per 10,000 children (DfE)");
    expect(page).toContain("<td>57.0</td>");
    expect(page).toContain("57.0 children looked after per 10,000 children");
    expect(page).toContain("against a national increase of 2%");
  });

  it("refuses an unknown comparator, and a council not in DfE's list unless --la names it; nothing written", async () => {
    const out = join(dir, "refused.xlsx");
    const bad = await run("generate", sample, "-o", out, "--compare", "england,county");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--compare takes england, region, neighbours .*not "county"/);
    expect(existsSync(out)).toBe(false);

    const sampleBook = loadSampleWorkbook();
    const renamed = {
      ...sampleBook,
      sheets: sampleBook.sheets.map((s) => ({
        ...s,
        tables: s.tables.map((t) => ({
          ...t,
          rows: t.rows.map((r) => (r[0] === "Local authority" ? [r[0], "Hants Children's Services"] : r)),
        })),
      })),
    };
    const odd = join(dir, "odd.xlsx");
    await buildTemplateWorkbook(renamed).xlsx.writeFile(odd);
    const notFound = await run("generate", odd, "-o", out, "--compare", "england");
    expect(notFound.code).toBe(2);
    expect(notFound.err).toMatch(
      /"Hants Children's Services" in the Settings table is not one of DfE's councils.*--la/,
    );
    expect(existsSync(out)).toBe(false);
    // A wrong --la is said to come from --la, not from the Settings.
    const wrongLa = await run("generate", odd, "-o", out, "--compare", "england", "--la", "Hampshir");
    expect(wrongLa.code).toBe(2);
    expect(wrongLa.err).toMatch(
      /"Hampshir" given by --la is not one of DfE's councils.*Did you mean "Hampshire".*Check --la/,
    );
    expect(wrongLa.err).not.toContain("Settings");
    const chosen = await run("generate", odd, "-o", out, "--compare", "england", "--la", "850");
    expect(chosen.code).toBe(0);
    expect(chosen.out).toContain("as Hampshire (LA 850)");
  });
});
