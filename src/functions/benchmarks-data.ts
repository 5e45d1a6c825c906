/**
 * The add-in's way to the comparator dataset: a dynamic import() that webpack splits into the
 * "benchmarks" chunk, loaded from the add-in's own origin the first time CSC.BENCHMARK or a
 * comparison needs it, so the task pane's first load does not grow.
 */
import { datasetLoader } from "../core/benchmarks";

/** The dataset, loaded on first use and kept. */
export const loadBenchmarks = datasetLoader(
  () => import(/* webpackChunkName: "benchmarks" */ "../core/benchmarks/dataset.generated"),
);
