export { SharingClass } from "../shared/sharing-class.js";
import { Dataset, DATASET_INFO } from "./datasets.generated.js";
import type { Department } from "../shared/departments.js";

// The names and catalogue entries are generated from the declarations (scripts/registry.js): a dataset
// is declared once, in its owner's folder.
export { Dataset, DATASET_INFO };

export const DATASETS: readonly Dataset[] = Object.values(Dataset);

export const DATASET_OWNER = Object.fromEntries(DATASETS.map((d) => [d, DATASET_INFO[d].owner])) as Record<Dataset, Department>;
