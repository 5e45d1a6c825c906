/**
 * The comparator dataset against DfE's files in data/dfe/: figures read back from the built
 * dataset equal the raw CSV rows they come from, DfE's symbols stay "not published" (never 0),
 * years are filed as the financial years they belong to, and the committed generated module is
 * what the build makes from the files today (so a forgotten rebuild fails here).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assembleDataset, cellValue, SOURCES } from "../../../scripts/benchmarks/assemble";
import { generatedModule } from "../../../scripts/benchmarks/build";
import { parseCsv } from "../../../scripts/benchmarks/csv";
import { areaByCode, ENGLAND, figure, lookup, type BenchmarkDataset } from "../../../src/core/benchmarks/dataset";

/** The financial years (startYear) in which an indicator has any figure, in order. */
function yearsOf(data: BenchmarkDataset, indicator: string): number[] {
  const out = new Set<number>();
  for (const values of Object.values(data.series[indicator] ?? {})) {
    values.forEach((v, i) => {
      if (v !== null) out.add(data.firstYear + i);
    });
  }
  return [...out].sort((a, b) => a - b);
}

const dir = join(__dirname, "..", "..", "..", "data", "dfe");
const read = (f: string) => readFileSync(join(dir, f), "utf8");
const texts = Object.fromEntries(SOURCES.map((s) => [s.file, read(s.file)]));
const data = assembleDataset(texts);

/** The raw row of a file for a council (old_la_code) or England, in a DfE time_period. */
function rawRow(
  file: string,
  timePeriod: number,
  la: string | "England",
  extra?: (r: Record<string, string>) => boolean,
) {
  const rows = parseCsv(read(file)).filter(
    (r) =>
      r.time_period === String(timePeriod) &&
      (la === "England" ? r.geographic_level === "National" : r.old_la_code === la) &&
      (!extra || extra(r)),
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe("comparator dataset built from DfE's files", () => {
  it("reads a few figures exactly as the raw rows give them", () => {
    // Hampshire (850), children on a plan at 31 March 2020 = 2019-20.
    const d5 = rawRow("d5_cpps_at31march_by_duration_2013_to_2025.csv", 2020, "850");
    expect(d5.CPP_At31).toBe("938");
    expect(figure(data, "cp", "850", 2019)).toBe(938);
    expect(figure(data, "cp_2plus", "850", 2019)).toBe(Number(d5["2_years_or_more_percent"]));

    const c1 = rawRow("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", 2020, "England");
    expect(figure(data, "referrals", ENGLAND, 2019)).toBe(Number(c1.referral_count));
    expect(figure(data, "rereferral_rate", ENGLAND, 2019)).toBe(22.6);

    const b1 = rawRow("b1_children_in_need_2013_to_2025.csv", 2025, "850");
    expect(figure(data, "cin", "850", 2024)).toBe(Number(b1.At31_episodes));

    const d3 = rawRow("d3_cpps_subsequent_plan_2013_to_2025.csv", 2018, "England");
    expect(figure(data, "cp_subsequent", ENGLAND, 2017)).toBe(Number(d3.CPP_subsequent_percent));

    // The workforce census is at 30 September: time_period 2020 is filed under 2020-21.
    const w = rawRow("csww_indicators_2017_to_2025.csv", 2020, "England");
    expect(figure(data, "sw_vacancy", ENGLAND, 2020)).toBe(Number(w.vacancy_rate_fte));
    expect(figure(data, "sw_turnover", ENGLAND, 2020)).toBe(Number(w.turnover_rate_fte));
    expect(figure(data, "sw_agency", ENGLAND, 2020)).toBe(Number(w.agency_rate_fte));
  });

  it("takes children looked after from the 2025 edition, and 2019-20 and 2018-19 from the 2023 one", () => {
    const newer = rawRow("cla_number_and_rate_per_10k_children.csv", 2025, "England", (r) =>
      /31 March/.test(r.population_type ?? ""),
    );
    expect(figure(data, "cla", ENGLAND, 2024)).toBe(Number(newer.children_count));
    expect(figure(data, "cla_rate", ENGLAND, 2024)).toBe(Number(newer.rate_per_10000));
    // DfE's current series: 80,000 at 31 March 2020 (first published as 80,080), 78,140 in 2019.
    const older = rawRow("cla_number_and_rate_per_10k_children_2019_to_2023.csv", 2020, "England", (r) =>
      /31 March/.test(r.population_count ?? ""),
    );
    expect(older.number).toBe("80000");
    expect(figure(data, "cla", ENGLAND, 2019)).toBe(80000);
    expect(figure(data, "cla", ENGLAND, 2018)).toBe(78140);
    // 2021: both editions hold it; the newer (80,780) wins over the older (80,770).
    expect(figure(data, "cla", ENGLAND, 2020)).toBe(80780);
  });

  it("takes 2017-18 from the 2022 edition and nothing that a newer edition holds", () => {
    const at31 = (r: Record<string, string>) => /31 March/.test(r.population_count ?? "");
    const oldest = "cla_number_and_rate_per_10k_children_2018_to_2022.csv";
    // 31 March 2018 is in no newer edition: England 75,360, 64 per 10,000.
    const england2018 = rawRow(oldest, 2018, "England", at31);
    expect([england2018.number, england2018.rate_per_10000]).toEqual(["75360", "64"]);
    expect(figure(data, "cla", ENGLAND, 2017)).toBe(75360);
    expect(figure(data, "cla_rate", ENGLAND, 2017)).toBe(64);
    // A council's figure too: Hampshire (850) at 31 March 2018.
    const hants2018 = rawRow(oldest, 2018, "850", at31);
    expect(figure(data, "cla", "850", 2017)).toBe(Number(hants2018.number));
    expect(figure(data, "cla_rate", "850", 2017)).toBe(Number(hants2018.rate_per_10000));

    // Where the editions overlap the newest wins. 31 March 2019: the 2022 edition's rate is 65,
    // the 2023 edition's (on revised population estimates) 66.
    expect(rawRow(oldest, 2019, "England", at31).rate_per_10000).toBe("65");
    expect(figure(data, "cla_rate", ENGLAND, 2018)).toBe(66);
    // 31 March 2022: 82,170 (2022 edition), 82,080 (2023), 82,090 (2025): the 2025 edition's.
    expect(rawRow(oldest, 2022, "England", at31).number).toBe("82170");
    expect(figure(data, "cla", ENGLAND, 2021)).toBe(82090);
    // A council where the 2022 and 2023 editions differ for 2019 takes the 2023 edition's.
    const newer = parseCsv(read("cla_number_and_rate_per_10k_children_2019_to_2023.csv")).filter(
      (r) => r.time_period === "2019" && r.geographic_level === "Local authority" && at31(r),
    );
    const older = new Map(
      parseCsv(read(oldest))
        .filter((r) => r.time_period === "2019" && r.geographic_level === "Local authority" && at31(r))
        .map((r) => [r.old_la_code, r.rate_per_10000]),
    );
    const differing = newer.filter((r) => older.has(r.old_la_code!) && older.get(r.old_la_code!) !== r.rate_per_10000);
    expect(differing.length).toBeGreaterThan(0);
    for (const r of differing)
      expect(data.series.cla_rate?.[r.old_la_code!]?.[2018 - data.firstYear]).toBe(cellValue(r.rate_per_10000));

    // Before 31 March 2018 no edition here has the figure: left empty, never estimated.
    expect(lookup(data, "cla_rate", ENGLAND, 2016)).toEqual({ missing: "no-data" });
    expect(yearsOf(data, "cla_rate")).toEqual(Array.from({ length: 8 }, (_, i) => 2017 + i));
  });

  it("computes rates per 10,000 over the ONS estimate of the mid-year before 31 March", () => {
    const pop = rawRow("ons_mid-year_population_estimates_2012_to_2024.csv", 2019, "850");
    expect(pop.population_estimate).toBe("279340");
    expect(figure(data, "cp_rate", "850", 2019)).toBe(Math.round((938 / 279340) * 100_000) / 10);
  });

  it("keeps DfE's symbols as not published, never 0", () => {
    // Hampshire's 2024 plans at 31 March are "u" (low reliability) in d5.
    expect(rawRow("d5_cpps_at31march_by_duration_2013_to_2025.csv", 2024, "850").CPP_At31).toBe("u");
    expect(lookup(data, "cp", "850", 2023)).toEqual({ missing: "suppressed", symbol: "u" });
    expect(lookup(data, "cp_rate", "850", 2023)).toEqual({ missing: "suppressed", symbol: "u" });
    expect(cellValue("c")).toBe("c");
    expect(cellValue("low")).toBe("low");
    expect(cellValue("")).toBeNull();
    expect(cellValue("0")).toBe(0);
    expect(lookup(data, "cla", ENGLAND, 2012)).toEqual({ missing: "no-data" });
  });

  it("covers every council, region and England the files hold, each council with its region", () => {
    const las = new Set(
      parseCsv(read("b1_children_in_need_2013_to_2025.csv"))
        .filter((r) => r.geographic_level === "Local authority")
        .map((r) => r.old_la_code),
    );
    const inData = data.areas.filter((a) => a.kind === "la");
    expect(new Set(inData.map((a) => a.code))).toEqual(las);
    for (const a of inData) expect(areaByCode(data, a.region ?? "")?.kind).toBe("region");
    expect(data.areas.filter((a) => a.kind === "region" && a.code.startsWith("E12"))).toHaveLength(9);
    expect(yearsOf(data, "cp")).toEqual(Array.from({ length: 13 }, (_, i) => 2012 + i));
  });

  it("gives each council in DfE's 2025 model its ten neighbours", () => {
    const hants = areaByCode(data, "850");
    expect(hants?.name).toBe("Hampshire");
    expect(hants?.neighbours).toEqual(["865", "802", "916", "938", "869", "867", "803", "937", "931", "855"]);
    expect(data.neighbourModel).toMatch(/2025/);
  });

  it("is what the committed generated module holds (rebuild with npm run benchmarks:build)", () => {
    const committed = readFileSync(
      join(__dirname, "..", "..", "..", "src", "core", "benchmarks", "dataset.generated.ts"),
      "utf8",
    );
    expect(committed === generatedModule()).toBe(true);
  });
});
