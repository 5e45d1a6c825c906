/** The committed comparator dataset, parsed as the loaders parse it, for the tests. */
import { DATASET_JSON } from "../../../src/core/benchmarks/dataset.generated";
import { parseDataset } from "../../../src/core/benchmarks/load";

export const dataset = parseDataset(DATASET_JSON);
