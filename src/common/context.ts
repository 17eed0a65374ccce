import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/postgresql";
import type pg from "pg";
import type { AuditChain } from "./audit-chain.js";
import type { ContributionLog } from "./contribution/attempt-log.js";
import type { UsageBuffer } from "./audit.js";
import type { DatasetStats } from "./dataset-stats.js";
import type { Principal } from "./auth.js";
import type { RequestRecord } from "./request-record.js";
import type { RequestSharing } from "./request-sharing.js";
import type { SubgraphId } from "../shared/subgraphs.js";
import type { ExportPlace } from "./export/files.js";

/**
 * Other subgraphs' APIs, asked on behalf of the request's caller: how a department reaches what another
 * department owns (a dataset's contribution path, a shared query) without touching its tables, which may be
 * in another database. The subgraph asked checks the caller as it checks any request. In one process it is
 * called in-process; in the distributed form over HTTP with the caller's token.
 */
export interface Peers {
  /** The data of `query` as `subgraph` answers it for the caller; its first error is thrown. */
  request<T>(subgraph: SubgraphId, query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * What every resolver of a subgraph gets, built anew for each request that reaches the subgraph:
 * the verified principal, a forked EntityManager (no identity map shared across requests) and the
 * request's DataLoaders.
 */
export interface HubContext {
  /** the subgraph answering: a department's, or the hub's own */
  subgraph: SubgraphId;
  principal: Principal;
  em: EntityManager;
  /** the department database's pool, for set-based bulk writes and aggregates (the hub's subgraph: the hub's) */
  db: pg.Pool;
  /** the database holding the hub's grants, audit trail and usage (the shared one; see Databases.hubPool) */
  hub: pg.Pool;
  /** usage counts written to the hub's database in the background (see UsageBuffer) */
  usage: UsageBuffer;
  /** appends to the audit trail, with the hub's key */
  audit: AuditChain;
  /** reports the catalogue's figures (size, last contribution) of a dataset this subgraph's department wrote */
  datasetStats: DatasetStats;
  /** the list of contribution attempts, on the hub's database (`contributionBatches`) */
  contributionLog: ContributionLog;
  /** the request's grants and what it read, for enforcement and the audit trail */
  sharing: RequestSharing;
  loaders: Map<string, DataLoader<unknown, unknown, unknown>>;
  /** other subgraphs' APIs, for this request's caller */
  peers: Peers;
  /** the request's id, trace context and access-line fields (none for a job's own call) */
  request?: RequestRecord;
  /** where this process writes and links bulk export files; none where it serves none */
  exports?: ExportPlace;
}

/**
 * The request's DataLoader of a given name, created on first use. The batch function must return one
 * result per key, in key order (use `byKey`).
 */
export function loader<K, V>(
  ctx: HubContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
  cacheKeyFn?: (key: K) => unknown,
): DataLoader<K, V, unknown> {
  let l = ctx.loaders.get(name) as DataLoader<K, V, unknown> | undefined;
  if (!l) {
    l = new DataLoader<K, V, unknown>(batch, { cacheKeyFn, maxBatchSize: 5000 });
    ctx.loaders.set(name, l as unknown as DataLoader<unknown, unknown, unknown>);
  }
  return l;
}

/** Orders batch results by the requested keys; keys without a row get `fallback`. */
export function byKey<K, R, V = R | null>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  fallback: V = null as V,
): (R | V)[] {
  const map = new Map<K, R>();
  for (const r of rows) map.set(keyOf(r), r);
  return keys.map((k) => (map.has(k) ? (map.get(k) as R) : fallback));
}

/** Groups batch results by key for to-many relations; keys without rows get an empty list. */
export function groupByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
