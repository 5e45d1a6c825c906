/**
 * The base area's face: what every other area of core stands on and nothing of core lies beneath.
 * Cell addresses, the CellError value and its one catalogue of messages, the statutory and
 * default numbers, long work in slices, a grid's fingerprint. It imports nothing of the
 * project's. Code outside this folder imports from here, never from its files.
 */
export * from "./address";
export * from "./error-messages";
export * from "./errors";
export * from "./fingerprint";
export * from "./number-text";
export * from "./slices";
export * from "./standards";
export * from "./text-limits";
