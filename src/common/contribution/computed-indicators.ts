import type { HubContext } from "../context.js";
import { DATASET_OWNER, Dataset } from "../datasets.js";
import type { ContributionIssue } from "./types.js";

/** A region's value of the metric being contributed. */
export interface IndicatorValue {
  regionCode: string;
  value: number;
}

const STORED = `query StoredIndicators($metric: Metric!, $period: String!, $after: String) {
  indicators(filter: { metric: $metric, period: $period }, first: 1000, after: $after) {
    edges { node { region { code } value } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const CONTRIBUTE = `mutation ContributeComputedIndicators($batchId: ID!, $rows: [IndicatorInput!]!) {
  contributeIndicators(batchId: $batchId, atomic: true, rows: $rows) { accepted errors { row field code message } }
}`;

interface Stored {
  indicators: { edges: { node: { region: { code: string }; value: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/**
 * Contributes the values a department computed of a metric it owns, for one period, the way any client
 * would: the indicators dataset's contribution mutation, asked of the subgraph that owns the dataset, as the
 * request's caller. The department never touches the indicator table (it may be in another database); the
 * rows get the checks, history and audit entry of any contribution. Only values that differ from the stored
 * ones are sent; returns how many were (0, and nothing contributed, when none changed).
 */
export async function contributeComputedIndicators(
  ctx: HubContext,
  metric: string,
  period: string,
  values: readonly IndicatorValue[],
  batchPrefix: string,
  at: Date = new Date(),
): Promise<number> {
  const owner = DATASET_OWNER[Dataset.INDICATORS];
  const stored = new Map<string, number>();
  for (let after: string | null = null; ; ) {
    const page: Stored = await ctx.peers.request<Stored>(owner, STORED, { metric, period, after });
    for (const { node } of page.indicators.edges) stored.set(node.region.code, node.value);
    if (!page.indicators.pageInfo.hasNextPage) break;
    after = page.indicators.pageInfo.endCursor;
  }
  const changed = values.filter((v) => stored.get(v.regionCode) !== v.value);
  if (changed.length === 0) return 0;
  // a new id per run: the same values may come back after a change in between, and must then be written again
  const batchId = `${batchPrefix}@${at.toISOString()}`;
  const rows = changed.map((v) => ({ regionCode: v.regionCode, metric, period, value: v.value }));
  const { contributeIndicators: result } = await ctx.peers.request<{ contributeIndicators: { accepted: number; errors: ContributionIssue[] } }>(owner, CONTRIBUTE, { batchId, rows });
  if (result.errors.length > 0) {
    // computed values the dataset refuses are a bug of the computation, not the caller's mistake
    const first = result.errors[0];
    throw new Error(`${metric} ${period}: the indicators refused ${result.errors.length} computed row(s), e.g. ${rows[first.row].regionCode}: ${first.code} ${first.message}`);
  }
  return result.accepted;
}
