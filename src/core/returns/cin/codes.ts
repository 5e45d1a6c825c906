/**
 * DfE's CIN census code sets (CIN census specification, code tables), for the code-list rules.
 */

/** Source of referral (rule 8866). */
export const REFERRAL_SOURCES: ReadonlySet<string> = new Set(
  ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F"].concat([
    "4",
    "5A",
    "5B",
    "5C",
    "5D",
    "6",
    "7",
    "8",
    "9",
    "10",
  ]),
);

/** Primary need N0 to N9 (rule 8650). */
export const PRIMARY_NEEDS: ReadonlySet<string> = new Set(["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"]);

/** Reason for closure RC1 to RC9 (rule 8640). */
export const CLOSURE_REASONS: ReadonlySet<string> = new Set([
  "RC1",
  "RC2",
  "RC3",
  "RC4",
  "RC5",
  "RC6",
  "RC7",
  "RC8",
  "RC9",
]);

/** Category of abuse (rules 8905, 8910). */
export const ABUSE_CATEGORIES: ReadonlySet<string> = new Set(["NEG", "PHY", "SAB", "EMO", "MUL"]);

/**
 * Factors identified at assessment (rule 8897Q). 18A and 19A stay readable here: from 2020-21
 * the code set has 18B/18C and 19B/19C in their place, and the queries 8945Q and 8950Q ask for
 * those instead (so an old code is one query, not also an invalid-code one).
 */
export const ASSESSMENT_FACTORS: ReadonlySet<string> = new Set(
  ["1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C"].concat(
    ["7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A"],
    ["18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A", "23A", "24A"],
  ),
);

/** GenderCurrent to 2023-24 (0 not known, 1 male, 2 female, 9 not specified; rule 4180). */
export const GENDER_CODES: ReadonlySet<string> = new Set(["0", "1", "2", "9"]);

/** Sex from 2024-25 (M, F, U; rule 4180). */
export const SEX_CODES: ReadonlySet<string> = new Set(["M", "F", "U"]);

/** ReferralNFA's values (rule 8568): the schema's boolean. */
export const NFA_VALUES: ReadonlySet<string> = new Set(["1", "0", "true", "false"]);
