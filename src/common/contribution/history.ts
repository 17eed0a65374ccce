import { groupByKey, loader, type HubContext } from "../context.js";
import type { Department } from "../../shared/departments.js";
import { historyTable, recordKeySql, type ContributionSpec } from "./contribute.js";
import type { RecordVersion } from "./types.js";

interface HistoryRow {
  record_key: string[];
  values: Record<string, unknown>;
  contributed_by: Department;
  batch_id: string;
  contributed_at: Date;
  superseded_at: Date | null;
  superseded_by_batch: string | null;
  superseded_by: Department | null;
}

/**
 * Every version of records of one dataset, oldest first, the current one last: replaced versions from
 * the department's history table, the current one from the table itself. Two statements per page of
 * records, whatever its size.
 */
export function historyLoader(ctx: HubContext, spec: Pick<ContributionSpec<unknown>, "dataset" | "table" | "key" | "columns">) {
  return loader<string[], RecordVersion[]>(
    ctx,
    `history.${spec.dataset}`,
    async (keys) => {
      const keyJson = keys.map((k) => JSON.stringify(k));
      const typeOf = (k: string) => spec.columns.find((c) => c.name === k)!.type;
      const names = spec.columns.map((c) => c.name);
      const [old, current] = await Promise.all([
        ctx.db.query<HistoryRow>(
          `select record_key, values, contributed_by, batch_id, contributed_at, superseded_at, superseded_by_batch, superseded_by
             from ${historyTable(spec.table)} where dataset = $1 and record_key = any($2::jsonb[]) order by id`,
          [spec.dataset, keyJson],
        ),
        ctx.db.query<HistoryRow>(
          `select ${recordKeySql("t", spec)} as record_key,
                  jsonb_build_object(${names.map((n) => `'${n}', t.${n}`).join(", ")}) as values,
                  t.contributed_by, t.batch_id, t.contributed_at, null as superseded_at, null as superseded_by_batch, null as superseded_by
             from ${spec.table} t
             join unnest(${spec.key.map((_, i) => `$${i + 1}::text[]`).join(", ")}) as k(${spec.key.join(", ")})
               on ${spec.key.map((k) => `t.${k} = k.${k}::${typeOf(k)}`).join(" and ")}`,
          spec.key.map((_, i) => keys.map((k) => k[i])),
        ),
      ]);
      const all = groupByKey(keyJson, [...old.rows, ...current.rows], (r) => JSON.stringify(r.record_key));
      return all.map((versions) =>
        versions.map((r, i) => ({
          version: i + 1,
          current: r.superseded_at === null,
          values: r.values,
          contributedBy: r.contributed_by,
          batchId: r.batch_id,
          contributedAt: new Date(r.contributed_at),
          supersededAt: r.superseded_at ? new Date(r.superseded_at) : null,
          supersededByBatch: r.superseded_by_batch,
          supersededBy: r.superseded_by,
        })),
      );
    },
    (k) => JSON.stringify(k),
  );
}
