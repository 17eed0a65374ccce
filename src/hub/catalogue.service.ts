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

  /**
   * Every dataset with its owner, class, fields, size, freshness and grantees. Size and freshness are the
   * figures each owning department reported (see DatasetStats): the hub reads the `hub` schema alone, never
   * a department's tables, which may be on other databases.
   */
  async entries(hub: pg.Pool): Promise<CatalogEntry[]> {
    const [reported, grants] = await Promise.all([
      hub.query<{ dataset: Dataset; owner: Department; row_count: string; last_contribution_at: Date | null; counted_at: Date }>(
        "select dataset, owner, row_count, last_contribution_at, counted_at from hub.dataset_stats",
      ),
      hub.query<{ dataset: Dataset; department: Department; role: string; until: string }>(
        `select dataset, grantee_department as department, grantee_role as role, max(valid_until)::text as until from hub.access_requests
         where status = 'APPROVED' and valid_until >= (now() at time zone 'Asia/Shanghai')::date
         group by dataset, grantee_department, grantee_role order by 1, 2, 3`,
      ),
    ]);
    const fields = this.fields();
    return DATASETS.map((name) => {
      const { owner } = DATASET_INFO[name];
      // figures reported by a department that no longer owns the dataset are not its owner's
      const stats = reported.rows.find((r) => r.dataset === name && r.owner === owner);
      return {
        name,
        owner,
        sharingClass: DATASET_INFO[name].sharingClass,
        description: DATASET_INFO[name].description,
        fields: fields.get(name) ?? [],
        rowCount: Number(stats?.row_count ?? 0),
        lastContributionAt: stats?.last_contribution_at ?? null,
        countedAt: stats?.counted_at ?? null,
        grantees: grants.rows.filter((g) => g.dataset === name).map(({ department, role, until }) => ({ department, role, until })),
      };
    });
  }
}
