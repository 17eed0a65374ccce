import { DATASET_INFO, type Dataset } from "../common/datasets.js";
import type { Column } from "../db/bulk.js";
import type { DemoTable } from "./demo.types.js";

/** The provenance columns every contributed table ends with. */
export const PROVENANCE_COLUMNS: readonly Column[] = [
  { name: "contributed_by", type: "text" },
  { name: "batch_id", type: "text" },
  { name: "contributed_at", type: "timestamptz" },
];

/**
 * A demo table of a declared dataset (issue 14): its department (the owner), table and columns (the
 * declaration's, in order, then provenance) come from the declaration, so the demo writes only the rows,
 * each in the declaration's column order.
 */
export function demoTable(dataset: { decl: { dataset: Dataset }; contribution: { table: string; columns: readonly Column[] } }, rows: unknown[][]): DemoTable {
  return {
    department: DATASET_INFO[dataset.decl.dataset].owner,
    table: dataset.contribution.table,
    columns: [...dataset.contribution.columns, ...PROVENANCE_COLUMNS].map((c) => ({ name: c.name, type: c.type })),
    rows,
  };
}
