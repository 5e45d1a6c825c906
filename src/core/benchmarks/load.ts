/**
 * Loading the comparator dataset once, lazily: the caller says how its generated module is
 * imported (the add-in with a dynamic import(), which webpack makes a chunk of its own that the
 * task pane's first load does not carry; the CLI with Node's require when a command needs it),
 * and this parses it once and keeps it. Nothing is fetched from the network: the module is one
 * of the add-in's own files.
 */
import type { BenchmarkDataset } from "./dataset";

/** The generated module's shape (dataset.generated.ts). */
export interface DatasetModule {
  readonly DATASET_JSON: string;
}

/** Parses the generated module's JSON. @throws when it is not a version-1 dataset. */
export function parseDataset(json: string): BenchmarkDataset {
  const d = JSON.parse(json) as Partial<BenchmarkDataset>;
  if (d.version !== 1 || !Array.isArray(d.areas) || typeof d.series !== "object" || d.series === null) {
    throw new Error("The comparator dataset is not one this version reads: rebuild it with npm run benchmarks:build.");
  }
  return d as BenchmarkDataset;
}

/**
 * A loader: the first call imports and parses the dataset, later calls get the same promise.
 * A failed import is not kept, so the next call tries again.
 */
export function datasetLoader(importer: () => Promise<DatasetModule>): () => Promise<BenchmarkDataset> {
  let pending: Promise<BenchmarkDataset> | undefined;
  return () => {
    pending ??= importer().then(
      (m) => parseDataset(m.DATASET_JSON),
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    );
    return pending;
  };
}
