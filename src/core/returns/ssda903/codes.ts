/**
 * The SSDA903 code lists the figures' columns are checked against (SSDA903 guidance, the
 * data items' valid codes; the 100-series rules of DfE's validation specification).
 */

/** SEX (rule 101): 1 male, 2 female. */
export const SEX_CODES: ReadonlySet<string> = new Set(["1", "2"]);

/** ETHNIC (rule 103): DfE's ethnicity codes, REFU refused, NOBT information not yet obtained. */
export const ETHNIC_CODES: ReadonlySet<string> = new Set(
  "WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT".split(" "),
);

/** RNE (rule 143): S started, P placement change, L legal status change, T both, U both (same day), B both (2013 on). */
export const RNE_CODES: ReadonlySet<string> = new Set(["S", "P", "L", "T", "U", "B"]);

/** LS (rule 144): the legal statuses. */
export const LS_CODES: ReadonlySet<string> = new Set("C1 C2 D1 E1 V2 V3 V4 J1 J2 J3 L1 L2 L3".split(" "));

/** REC (rule 149): the reasons an episode ceased; X1 is "episode ceased and new one began". */
export const REC_CODES: ReadonlySet<string> = new Set(
  "E11 E12 E2 E3 E4A E4B E13 E41 E45 E46 E47 E48 E5 E6 E7 E8 E9 E14 E15 E16 E17 X1".split(" "),
);

/** UASC (rule 105): 0 not UASC, 1 UASC. */
export const UASC_CODES: ReadonlySet<string> = new Set(["0", "1"]);
