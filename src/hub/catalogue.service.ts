import type pg from "pg";
import { DATASET_INFO, DATASETS, type Dataset } from "../common/datasets.js";
import type { Department } from "../shared/departments.js";
import { buildFederatedSchema, type SubgraphDefinition } from "../common/federation.js";
import { sharingDeclarations } from "../common/sharing-enforcement.js";
import type { CatalogEntry, CatalogField } from "./catalogue.types.js";

/**
 * The data catalogue of the subgraphs it is given (the departments'; the hub's own types carry no
 * dataset). It is handed them when the hub's subgraph is assembled, rather than importing the
 * departments itself, so the hub depends on no department.
 */
export class Catalogue {
  private fieldsByDataset: Map<Dataset, CatalogField[]> | undefined;

  constructor(private readonly subgraphs: readonly SubgraphDefinition[]) {}

  /** Every declared field of every subgraph, by dataset: built once, from the schemas enforcement wraps. */
  fields(): Map<Dataset, CatalogField[]> {
    if (this.fieldsByDataset) return this.fieldsByDataset;
    const out = new Map<Dataset, Map<string, CatalogField>>();
    for (const def of this.subgraphs) {
      for (const [type, fields] of sharingDeclarations(buildFederatedSchema(def))) {
        for (const [field, decl] of fields) {
          if (!decl?.dataset) continue;
          const path = `${type}.${field}`;
          const list = out.get(decl.dataset) ?? new Map<string, CatalogField>();
          // a type shared by several subgraphs is one type in the API: list its field once
          if (!list.has(path)) list.set(path, { path, sharingClass: decl.sharingClass, mask: decl.mask });
          out.set(decl.dataset, list);
        }
      }
    }
    this.fieldsByDataset = new Map([...out].map(([d, m]) => [d, [...m.values()].sort((a, b) => a.path.localeCompare(b.path))]));
    return this.fieldsByDataset;
  }

  /** Every dataset with its owner, class, fields, size, freshness and grantees. */
  async entries(hub: pg.Pool): Promise<CatalogEntry[]> {
    // One statement for all counts; the hub's datasets share one database in the default and distributed forms.
    const counts = DATASETS.map((d, i) => `select ${i} as i, count(*)::bigint as n from ${DATASET_INFO[d].table}`).join(" union all ");
    const [rowCounts, lastBatches, grants] = await Promise.all([
      hub.query<{ i: number; n: string }>(counts),
      hub.query<{ dataset: Dataset; at: Date }>("select dataset, max(created_at) as at from hub.contribution_batches where accepted > 0 group by dataset"),
      hub.query<{ dataset: Dataset; department: Department; role: string; until: string }>(
        `select dataset, grantee_department as department, grantee_role as role, max(valid_until)::text as until from hub.access_requests
         where status = 'APPROVED' and valid_until >= (now() at time zone 'Asia/Shanghai')::date
         group by dataset, grantee_department, grantee_role order by 1, 2, 3`,
      ),
    ]);
    const fields = this.fields();
    return DATASETS.map((name, i) => ({
      name,
      owner: DATASET_INFO[name].owner,
      sharingClass: DATASET_INFO[name].sharingClass,
      description: DATASET_INFO[name].description,
      fields: fields.get(name) ?? [],
      rowCount: Number(rowCounts.rows.find((r) => Number(r.i) === i)?.n ?? 0),
      lastContributionAt: lastBatches.rows.find((r) => r.dataset === name)?.at ?? null,
      grantees: grants.rows.filter((g) => g.dataset === name).map(({ department, role, until }) => ({ department, role, until })),
    }));
  }
}
