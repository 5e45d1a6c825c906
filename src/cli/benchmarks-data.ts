/**
 * The CLI's way to the comparator dataset: the generated module is required only when a command
 * needs it (benchmarks, generate --compare, the cross-check), so other commands start as fast.
 */
import { datasetLoader, type DatasetModule } from "../core/benchmarks";

/** The dataset, loaded on first use and kept. */
export const loadBenchmarks = datasetLoader(
  async () => require("../core/benchmarks/dataset.generated") as DatasetModule,
);
