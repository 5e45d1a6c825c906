/**
 * Builds the comparator dataset from the texts of DfE's files in data/dfe/ (pure: texts in,
 * dataset out; build.ts does the file reading and writing). Every English local authority,
 * region and England that the files hold, every year they hold.
 *
 * Rules, from the files' own conventions:
 * - A row's area is England (geographic_level National), a region (region_code) or a council
 *   (old_la_code, DfE's 3-digit LA number, which the statistical neighbour model uses too).
 *   The workforce file has rows for councils that share a service ("314 / 318" Kingston and
 *   Richmond, "940 / 941" the Northamptonshires): they belong to neither council alone, so
 *   they are skipped rather than given to one of them.
 * - A value that is not a number is DfE's symbol for a figure not published (c, x, z, u,
 *   low, k): kept as the symbol, never read as 0.
 * - Rates per 10,000 that DfE does not publish in these files (children in need, child
 *   protection plans, referrals) are computed as DfE's own dashboard does: the count over the
 *   ONS mid-year under-18 estimate of the calendar year before (mid-2019 for 31 March 2020),
 *   times 10,000, to one decimal place.
 * - Three editions of the looked-after file (CLA_EDITIONS): the newest wins for every year it
 *   holds; each older edition gives only what the newer ones leave empty (the 2023 edition
 *   2019-20 and 2018-19, the 2022 edition 2017-18).
 */
import {
  type Area,
  type BenchmarkDataset,
  type DatasetSource,
  type SeriesValue,
  ENGLAND,
} from "../../src/core/benchmarks";
import { parseCsv } from "./csv";

/** DfE's Children's Social Care outcomes and enablers dashboard, where most files are copied from. */
const DFE_DASHBOARD = "dfe-analytical-services/CSC_outcomes_and_enablers";

/** The files the build reads, with where they come from (data/dfe/README.md says the same). */
export const SOURCES: readonly DatasetSource[] = [
  {
    file: "b1_children_in_need_2013_to_2025.csv",
    title: "Children in need, reporting years 2013 to 2025 (table B1)",
    url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need",
    publication: "Children in need, reporting year 2025 (DfE)",
    repository: DFE_DASHBOARD,
    commit: "2f5d11a431050523dab58810083259d3313029ae",
  },
  {
    file: "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
    title: "Referrals and re-referrals, reporting years 2013 to 2025 (table C1)",
    url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need",
    publication: "Children in need, reporting year 2025 (DfE)",
    repository: DFE_DASHBOARD,
    commit: "2f5d11a431050523dab58810083259d3313029ae",
  },
  {
    file: "d3_cpps_subsequent_plan_2013_to_2025.csv",
    title: "Child protection plans that were a second or subsequent plan (table D3)",
    url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need",
    publication: "Children in need, reporting year 2025 (DfE)",
    repository: DFE_DASHBOARD,
    commit: "2f5d11a431050523dab58810083259d3313029ae",
  },
  {
    file: "d5_cpps_at31march_by_duration_2013_to_2025.csv",
    title: "Child protection plans at 31 March by length of time (table D5)",
    url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need",
    publication: "Children in need, reporting year 2025 (DfE)",
    repository: DFE_DASHBOARD,
    commit: "2f5d11a431050523dab58810083259d3313029ae",
  },
  {
    file: "cla_number_and_rate_per_10k_children.csv",
    title: "Children looked after: numbers and rates per 10,000, 2021 to 2025",
    url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions",
    publication: "Children looked after in England including adoptions, reporting year 2025 (DfE)",
    repository: DFE_DASHBOARD,
    commit: "2f5d11a431050523dab58810083259d3313029ae",
  },
  {
    file: "cla_number_and_rate_per_10k_children_2019_to_2023.csv",
    title: "Children looked after: numbers and rates per 10,000, 2019 to 2023 (earlier edition)",
    url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions",
    publication: "Children looked after in England including adoptions, reporting year 2023 (DfE)",
    repository: DFE_DASHBOARD,
    commit: "43a1b59581c553f2280ea1a31e228be58131fa0a",
  },
  {
    file: "cla_number_and_rate_per_10k_children_2018_to_2022.csv",
    title: "Children looked after: numbers and rates per 10,000, 2018 to 2022 (earlier edition)",
    url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions",
    publication: "Children looked after in England including adoptions, reporting year 2022 (DfE)",
    // DfE's release download from Explore Education Statistics (data/, data-guidance/), kept
    // unchanged in a researcher's public repository: DfE's dashboard repository never held it.
    repository: "BenGoodair/childrens_social_care_data",
    commit: "2f4ee1e1ad96a00acd8d02e621b09e7f9732531d",
  },
  {
    file: "csww_indicators_2017_to_2025.csv",
    title: "Children's social work workforce indicators, 2017 to 2025",
    url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-s-social-work-workforce",
    publication: "Children's social work workforce, reporting year 2025 (DfE)",
    repository: DFE_DASHBOARD,
    commit: "2f5d11a431050523dab58810083259d3313029ae",
  },
  {
    file: "ons_mid-year_population_estimates_2012_to_2024.csv",
    title: "ONS mid-year population estimates, children aged 0 to 17, 2012 to 2024 (as DfE publishes them)",
    url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need",
    publication: "Children in need, reporting year 2025 (DfE)",
    repository: DFE_DASHBOARD,
    commit: "2f5d11a431050523dab58810083259d3313029ae",
  },
  {
    file: "sn_model_2025_wide.csv",
    title: "Children's services statistical neighbours, 2025 model",
    url: "https://www.gov.uk/government/publications/local-authority-interactive-tool-lait",
    publication: "Children's services statistical neighbour benchmarking model, 2025 (DfE)",
    repository: DFE_DASHBOARD,
    commit: "2f5d11a431050523dab58810083259d3313029ae",
  },
];

/** The model the neighbours come from, as the dataset names it. */
export const NEIGHBOUR_MODEL = "DfE children's services statistical neighbour model, 2025 (sn_model_2025_wide.csv)";
/** The licence every file is published under, with its attribution statement. */
export const LICENCE =
  "Contains public sector information licensed under the Open Government Licence v3.0 (Department for Education; Office for National Statistics).";

/**
 * The looked-after table's editions, newest first. DfE revises earlier years in each release
 * (and, from the 2023 edition, recomputed rates on the post-2021-census population estimates), so
 * the newest edition holding a year is the one used; an older edition only fills what the newer
 * ones leave empty: 2019-20 and 2018-19 from the 2023 edition, 2017-18 from the 2022 edition.
 */
const CLA_EDITIONS = [
  "cla_number_and_rate_per_10k_children.csv",
  "cla_number_and_rate_per_10k_children_2019_to_2023.csv",
  "cla_number_and_rate_per_10k_children_2018_to_2022.csv",
] as const;

type Row = Record<string, string>;

/** Collects values into series[indicator][area][slot] and the areas they belong to. */
class Builder {
  readonly areas = new Map<string, Area>();
  /** The latest year a council's row was seen in, so its latest name and codes win. */
  private readonly seen = new Map<string, number>();
  /** Every name DfE's files give a council, so each stays findable ("St Helens", "St. Helens"). */
  private readonly names = new Map<string, Set<string>>();
  readonly series: Record<string, Record<string, SeriesValue[]>> = {};
  constructor(
    readonly firstYear: number,
    readonly years: number,
  ) {}

  /** The area of a row (adding it on first sight), or undefined for a row to skip. */
  area(r: Row): string | undefined {
    const level = r.geographic_level;
    if (level === "National") {
      if (!this.areas.has(ENGLAND))
        this.areas.set(ENGLAND, { code: ENGLAND, kind: "england", name: "England", ons: ENGLAND });
      return ENGLAND;
    }
    if (level === "Regional") {
      const code = r.region_code ?? "";
      if (!code) return undefined;
      if (!this.areas.has(code)) this.areas.set(code, { code, kind: "region", name: r.region_name ?? code, ons: code });
      return code;
    }
    if (level === "Local authority") {
      const code = (r.old_la_code ?? "").trim();
      // Councils reported together (workforce: "314 / 318") belong to neither alone.
      if (!/^\d{3}$/.test(code)) return undefined;
      const year = Number(r.time_period);
      // The latest row's names and codes win (North Yorkshire's ONS code changed in 2023).
      if (year >= (this.seen.get(code) ?? -Infinity)) {
        this.seen.set(code, year);
        const name = r.la_name || code;
        this.areas.set(code, { code, kind: "la", name, ons: r.new_la_code ?? "", region: r.region_code ?? "" });
      }
      if (r.la_name) this.alsoNamed(code, r.la_name);
      return code;
    }
    return undefined;
  }

  /** Records a name a file gives the council `code`; those other than its latest are its otherNames. */
  alsoNamed(code: string, name: string): void {
    const names = this.names.get(code) ?? new Set<string>();
    names.add(name.trim());
    this.names.set(code, names);
    const area = this.areas.get(code);
    if (!area) return;
    const { otherNames: _, ...latest } = area;
    const other = [...names].filter((n) => n !== latest.name).sort();
    this.areas.set(code, other.length > 0 ? { ...latest, otherNames: other } : latest);
  }

  set(indicator: string, area: string, startYear: number, value: SeriesValue, overwrite = true): void {
    const slot = startYear - this.firstYear;
    if (slot < 0 || slot >= this.years) throw new Error(`year ${startYear} is outside the dataset's years`);
    const byArea = (this.series[indicator] ??= {});
    const values = (byArea[area] ??= Array.from({ length: this.years }, () => null));
    if (overwrite || values[slot] === null) values[slot] = value;
  }

  get(indicator: string, area: string, startYear: number): SeriesValue {
    return this.series[indicator]?.[area]?.[startYear - this.firstYear] ?? null;
  }
}

/** A cell as a number, or DfE's symbol when it is not one (never 0 for a symbol). */
export function cellValue(raw: string | undefined): SeriesValue {
  const s = (raw ?? "").trim();
  if (s === "") return null;
  const n = Number(s.replace(/,/g, ""));
  return Number.isFinite(n) ? n : s;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Files the build needs, by name. */
export type SourceTexts = Readonly<Record<string, string>>;

function rows(texts: SourceTexts, file: string): Row[] {
  const text = texts[file];
  if (text === undefined) throw new Error(`data/dfe/${file} is missing: the build needs every file in SOURCES.`);
  return parseCsv(text);
}

/** Reads DfE's files into the dataset. */
export function assembleDataset(texts: SourceTexts): BenchmarkDataset {
  // 2012-13 (the first population estimate's year) to 2025-26 (the workforce's 30 September 2025).
  const b = new Builder(2012, 14);
  // Year ending 31 March Y is the financial year starting Y - 1.
  const march = (r: Row) => Number(r.time_period) - 1;
  const take = (file: string, columns: Readonly<Record<string, string>>, year: (r: Row) => number) => {
    for (const r of rows(texts, file)) {
      const area = b.area(r);
      if (area === undefined) continue;
      for (const [indicator, column] of Object.entries(columns)) b.set(indicator, area, year(r), cellValue(r[column]));
    }
  };
  take("b1_children_in_need_2013_to_2025.csv", { cin: "At31_episodes" }, march);
  take(
    "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
    { referrals: "referral_count", rereferral_rate: "rereferral_percent" },
    march,
  );
  take(
    "d5_cpps_at31march_by_duration_2013_to_2025.csv",
    { cp: "CPP_At31", cp_2plus: "2_years_or_more_percent" },
    march,
  );
  take("d3_cpps_subsequent_plan_2013_to_2025.csv", { cp_subsequent: "CPP_subsequent_percent" }, march);
  // The workforce census counts at 30 September Y: the financial year starting Y.
  take(
    "csww_indicators_2017_to_2025.csv",
    { sw_vacancy: "vacancy_rate_fte", sw_turnover: "turnover_rate_fte", sw_agency: "agency_rate_fte" },
    (r) => Number(r.time_period),
  );

  const cla = (file: string, overwrite: boolean) => {
    for (const r of rows(texts, file)) {
      // The 2025 edition: population_type "...on 31 March...", children_count; the 2023 and 2022
      // editions: population_count "...at 31 March...", number.
      if (!/looked after (on|at) 31 March/i.test(r.population_type ?? r.population_count ?? "")) continue;
      const area = b.area(r);
      if (area === undefined) continue;
      b.set("cla", area, march(r), cellValue(r.children_count ?? r.number), overwrite);
      b.set("cla_rate", area, march(r), cellValue(r.rate_per_10000), overwrite);
    }
  };
  CLA_EDITIONS.forEach((file, i) => cla(file, i === 0));

  // Rates per 10,000 over the ONS estimate of the mid-year before 31 March.
  const population = new Map<string, number>();
  for (const r of rows(texts, "ons_mid-year_population_estimates_2012_to_2024.csv")) {
    const area = b.area(r);
    const v = cellValue(r.population_estimate);
    if (area !== undefined && typeof v === "number") population.set(`${area}|${r.time_period}`, v);
  }
  for (const [count, rate] of [
    ["cin", "cin_rate"],
    ["cp", "cp_rate"],
    ["referrals", "referrals_rate"],
  ] as const) {
    for (const [area, values] of Object.entries(b.series[count] ?? {})) {
      values.forEach((v, slot) => {
        const startYear = b.firstYear + slot;
        // 31 March (startYear + 1) uses the mid-startYear estimate.
        const pop = population.get(`${area}|${startYear}`);
        if (typeof v === "number") b.set(rate, area, startYear, pop ? round1((v / pop) * 10_000) : null);
        else if (v !== null) b.set(rate, area, startYear, v);
      });
    }
  }

  // The statistical neighbours, closest first.
  for (const r of rows(texts, "sn_model_2025_wide.csv")) {
    const a = b.areas.get((r.old_la_code ?? "").trim());
    if (!a) continue;
    const neighbours = Array.from({ length: 10 }, (_, i) => (r[`SN_${i + 1}`] ?? "").trim()).filter((c) => c !== "");
    b.areas.set(a.code, { ...a, neighbours });
    if (r.la_name) b.alsoNamed(a.code, r.la_name);
  }

  const kindOrder = { england: 0, region: 1, la: 2 } as const;
  const areas = [...b.areas.values()].sort(
    (x, y) => kindOrder[x.kind] - kindOrder[y.kind] || x.name.localeCompare(y.name),
  );
  return {
    version: 1,
    firstYear: b.firstYear,
    years: b.years,
    neighbourModel: NEIGHBOUR_MODEL,
    licence: LICENCE,
    sources: SOURCES,
    areas,
    series: b.series,
  };
}
