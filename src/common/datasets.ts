export { SharingClass } from "../shared/sharing-class.js";
import { Dataset, DATASET_INFO } from "./datasets.generated.js";
import type { Department } from "../shared/departments.js";
import type { SharingClass } from "../shared/sharing-class.js";

// The names and catalogue entries are generated from the declarations (scripts/registry.js): a dataset
// is declared once, in its owner's folder.
export { Dataset, DATASET_INFO };

export interface DatasetInfo {
  owner: Department;
  /** the class of the dataset's fields; a field of personal data may be stricter (see `Shared`) */
  sharingClass: SharingClass;
  description: string;
  /** where its records are, for the catalogue's row count */
  table: string;
}

export const DATASETS: readonly Dataset[] = Object.values(Dataset);

export const DATASET_OWNER = Object.fromEntries(DATASETS.map((d) => [d, DATASET_INFO[d].owner])) as Record<Dataset, Department>;
