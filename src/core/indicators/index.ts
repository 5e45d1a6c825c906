/** The report's indicators: timeliness, UASC quota, percentage change, rates, RAG, rounding. */
export { timeliness, type TimelinessResult } from "./timeliness";
export { uascQuota, ntsRate } from "./uasc";
export { pctChange, ratePer10k, rag, type Rag } from "./arithmetic";
export { roundHalfUp } from "./rounding";
export { toNumber } from "./numbers";
