/**
 * The indicators area's face: the figures computed from the data (timeliness against the
 * 45-working-day standard, the UASC quota, percentage change, rates per 10,000, RAG ratings),
 * rounding as the reports round, the house style for percentages in prose and the one for rates
 * per 10,000. It stands on dates and base only. Code outside this folder imports from here,
 * never from its files.
 */
export * from "./arithmetic";
export * from "./numbers";
export * from "./percent";
export * from "./rate";
export * from "./rounding";
export * from "./timeliness";
export * from "./uasc";
