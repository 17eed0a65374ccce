import { DATASET_INFO, type Dataset } from "../common/datasets.js";
import type { Department } from "../shared/departments.js";
import { childrenOf, type RegionRecord } from "../shared/regions.data.js";
import type { Column } from "../db/bulk.js";
import type { DemoTable } from "./demo.types.js";

export const DEMO_BATCH = "demo-2021";
/** Fixed, so two loads of the demo data are identical row for row. */
export const DEMO_CONTRIBUTED_AT = "2022-01-05T10:00:00+08:00";

/** The provenance columns every contributed table ends with. */
export const PROVENANCE_COLUMNS: readonly Column[] = [
  { name: "contributed_by", type: "text" },
  { name: "batch_id", type: "text" },
  { name: "contributed_at", type: "timestamptz" },
];

/**
 * A demo table of a declared dataset (issue 14): its department (the owner), table and columns (the
 * declaration's, in order, then provenance) come from the declaration, so the demo writes only the rows,
 * each in the declaration's column order; the provenance (the owner's, unless another department
 * contributed them) is appended here.
 */
export function demoTable(
  dataset: { decl: { dataset: Dataset }; contribution: { table: string; columns: readonly Column[] } },
  rows: unknown[][],
  contributedBy: Department = DATASET_INFO[dataset.decl.dataset].owner,
): DemoTable {
  return {
    department: DATASET_INFO[dataset.decl.dataset].owner,
    table: dataset.contribution.table,
    columns: [...dataset.contribution.columns, ...PROVENANCE_COLUMNS].map((c) => ({ name: c.name, type: c.type })),
    rows: rows.map((row) => [...row, contributedBy, DEMO_BATCH, DEMO_CONTRIBUTED_AT]),
  };
}

export const text = (name: string): Column => ({ name, type: "text" });
export const instant = (name: string): Column => ({ name, type: "timestamptz" });

export const pad = (n: number, width = 2) => String(n).padStart(width, "0");
export const isoDate = (y: number, m: number, day: number) => `${y}-${pad(m)}-${pad(day)}`;
export const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
/** A city's name without its 市. */
export const shortName = (region: RegionRecord) => region.name.replace(/市$/, "");

/** A lorry: the demo's heavy and medium trucks. */
export const isTruck = (v: { vehicleType: string }) => v.vehicleType === "HEAVY_TRUCK" || v.vehicleType === "MEDIUM_TRUCK";
/** 国三 or older: the stages the plan phases out. */
export const isOldStage = (stage: string) => ["CN1", "CN2", "CN3"].includes(stage);

/** The codes of a city's districts and counties, or the city's own when it has none. */
export function countiesOrSelf(city: RegionRecord): string[] {
  const c = childrenOf(city.code).map((x) => x.code);
  return c.length ? c : [city.code];
}
