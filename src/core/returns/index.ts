/**
 * The returns area's face: the statutory child-level returns (SSDA903, the children in need
 * census) read and checked against DfE's rules. It stands on workbook, benchmarks, indicators,
 * dates and base, never on report. Code outside this folder imports from here, never from its
 * files.
 */
export * from "./types";
