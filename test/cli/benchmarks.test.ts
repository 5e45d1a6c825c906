/**
 * `csc-report benchmarks <la>`: the council's published figures beside England, its region and
 * its neighbours' average; a council not in DfE's list is exit 2 with the closest names. One run
 * through bin/csc-report.js checks the built CLI finds the dataset module (required on demand).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ensureCliBuilt, run } from "./helpers";

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
    expect((await run("benchmarks", "850", "--year", "last year")).code).toBe(2);
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
