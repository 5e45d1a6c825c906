/**
 * The indicators of the comparator dataset: what each figure is, which DfE file and column it
 * comes from and when it is measured. docs/benchmarks.md explains them for officers.
 *
 * Years: every figure is filed under the financial year it belongs to, as the report labels
 * years ("2019-20" has startYear 2019). The children in need census and the children looked
 * after return report the year ending 31 March (DfE's time_period 2020 is 2019-20); the social
 * work workforce census counts at 30 September (time_period 2020 is 30 September 2020, in
 * 2020-21).
 *
 * Section 47 enquiries are not among them: none of the files the dataset is built from holds
 * them (DfE publishes them in the children in need tables C2/C3, not in these open-data files).
 */

/** How a figure reads: a count of children, a percentage (0-100 as DfE writes it) or a rate per 10,000 children. */
export type IndicatorUnit = "count" | "percent" | "rate";

/** One indicator of the dataset. */
export interface IndicatorDef {
  readonly id: string;
  /** Short label for tables and the CLI. */
  readonly label: string;
  readonly unit: IndicatorUnit;
  /** The DfE file (in data/dfe/) and column it is read from, or how it is computed. */
  readonly source: string;
  /** When the figure is measured ("at 31 March", "during the year", "at 30 September"). */
  readonly when: string;
  /** The indicator whose per-10,000 rate compares councils of different size, for counts. */
  readonly rate?: string;
}

/** The indicators, in the order the CLI lists them. */
export const INDICATORS: readonly IndicatorDef[] = [
  {
    id: "referrals",
    label: "Referrals",
    unit: "count",
    source: "c1_children_in_need_referrals_and_rereferrals: referral_count",
    when: "during the year to 31 March",
    rate: "referrals_rate",
  },
  {
    id: "referrals_rate",
    label: "Referrals per 10,000 children",
    unit: "rate",
    source: "referral_count / ONS mid-year under-18 estimate of the year before x 10,000 (computed)",
    when: "during the year to 31 March",
  },
  {
    id: "rereferral_rate",
    label: "Re-referrals within 12 months (%)",
    unit: "percent",
    source: "c1_children_in_need_referrals_and_rereferrals: rereferral_percent",
    when: "during the year to 31 March",
  },
  {
    id: "cin",
    label: "Children in need at 31 March",
    unit: "count",
    source: "b1_children_in_need: At31_episodes",
    when: "at 31 March",
    rate: "cin_rate",
  },
  {
    id: "cin_rate",
    label: "Children in need per 10,000 children",
    unit: "rate",
    source: "At31_episodes / ONS mid-year under-18 estimate of the year before x 10,000 (computed)",
    when: "at 31 March",
  },
  {
    id: "cp",
    label: "Children on a child protection plan at 31 March",
    unit: "count",
    source: "d5_cpps_at31march_by_duration: CPP_At31",
    when: "at 31 March",
    rate: "cp_rate",
  },
  {
    id: "cp_rate",
    label: "Child protection plans per 10,000 children",
    unit: "rate",
    source: "CPP_At31 / ONS mid-year under-18 estimate of the year before x 10,000 (computed)",
    when: "at 31 March",
  },
  {
    id: "cp_2plus",
    label: "Plans at 31 March open 2 years or more (%)",
    unit: "percent",
    source: "d5_cpps_at31march_by_duration: 2_years_or_more_percent",
    when: "at 31 March",
  },
  {
    id: "cp_subsequent",
    label: "Plans started that were a second or subsequent plan (%)",
    unit: "percent",
    source: "d3_cpps_subsequent_plan: CPP_subsequent_percent",
    when: "during the year to 31 March",
  },
  {
    id: "cla",
    label: "Children looked after at 31 March",
    unit: "count",
    source: "cla_number_and_rate_per_10k_children: children_count (looked after on 31 March)",
    when: "at 31 March",
    rate: "cla_rate",
  },
  {
    id: "cla_rate",
    label: "Children looked after per 10,000 children",
    unit: "rate",
    source: "cla_number_and_rate_per_10k_children: rate_per_10000 (as DfE publishes it)",
    when: "at 31 March",
  },
  {
    id: "sw_vacancy",
    label: "Social worker vacancy rate (%)",
    unit: "percent",
    source: "csww_indicators: vacancy_rate_fte",
    when: "at 30 September",
  },
  {
    id: "sw_turnover",
    label: "Social worker turnover rate (%)",
    unit: "percent",
    source: "csww_indicators: turnover_rate_fte",
    when: "in the year to 30 September",
  },
  {
    id: "sw_agency",
    label: "Agency social worker rate (%)",
    unit: "percent",
    source: "csww_indicators: agency_rate_fte",
    when: "at 30 September",
  },
];

/** The indicator with this id, or undefined. */
export function indicatorById(id: string): IndicatorDef | undefined {
  const key = id.trim().toLowerCase();
  return INDICATORS.find((i) => i.id === key);
}
