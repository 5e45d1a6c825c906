/**
 * The benchmarks area's face: DfE's published comparator figures (the dataset's shape, matching
 * the council, its neighbours and region, querying and comparing). It stands on dates and base
 * only. The generated dataset itself (dataset.generated.ts) is not re-exported: it is the area's
 * second entry point, imported lazily by each host so the add-in carries it as a chunk of its
 * own. Code outside this folder imports from here (or that module), never from its other files.
 */
export * from "./compare";
export * from "./councils";
export * from "./dataset";
export * from "./indicators";
export * from "./load";
export * from "./match";
export * from "./query";
export * from "./summary";
