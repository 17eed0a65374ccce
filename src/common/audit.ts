import type pg from "pg";
import type { AuditChain } from "./audit-chain.js";
import { AuditKind, who, type AuditEntry, type UsageCount } from "./audit-entry.js";
import type { Principal } from "./auth.js";
import { SharingClass } from "./datasets.js";
import type { RequestSharing } from "./request-sharing.js";

type Queryable = Pick<pg.Pool | pg.PoolClient, "query">;

export interface OperationInfo {
  name: string | null;
  /** sha256 of the operation text the client sent */
  hash: string;
}

/**
 * After a subgraph answered: one audit entry per CONDITIONAL or RESTRICTED dataset the request read
 * (with the records' keys, or their count), and the usage of every dataset it touched. An answer with
 * audit entries waits for their durable commit on `audit`; usage alone is bookkeeping and goes to the
 * `usage` connections, which commit without waiting for the disk.
 */
export async function recordReads(
  db: { chain: AuditChain; audit: Queryable; usage: UsageBuffer },
  principal: Principal,
  sharing: RequestSharing,
  operation: OperationInfo,
): Promise<void> {
  if (sharing.reads.size === 0) return;
  const entries: AuditEntry[] = [];
  const usage: UsageCount[] = [];
  for (const [dataset, read] of sharing.reads) {
    usage.push({ department: principal.department, dataset, requests: 1, rows_read: read.records.size, rows_contributed: 0 });
    if (read.sharingClass === SharingClass.OPEN) continue;
    entries.push({
      kind: AuditKind.READ,
      ...who(principal),
      dataset,
      sharingClass: read.sharingClass,
      operationName: operation.name,
      operationHash: operation.hash,
      recordCount: read.records.size,
      ...(read.keys.size > 0 ? { recordKeys: [...read.keys].sort() } : {}),
    });
  }
  if (entries.length > 0) await db.chain.append(db.audit, entries, usage);
  else db.usage.add(usage);
}

const USAGE_FLUSH_MS = 1_000;
/** Past this many distinct (department, dataset) lines unflushed (a database away for long), new counts are dropped. */
const USAGE_MAX_LINES = 10_000;

/**
 * Usage counts of reads that need no audit entry, summed in memory and written once a second in one
 * statement: no bookkeeping write per request, and a database that is away holds no request up. Counts
 * are bookkeeping: a crash loses at most the last second's, and a long outage the overflow.
 */
export class UsageBuffer {
  private pending = new Map<string, UsageCount>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly db: Queryable,
    private readonly onError: (e: Error) => void,
  ) {
    this.timer = setInterval(() => void this.flush(), USAGE_FLUSH_MS);
    this.timer.unref();
  }

  add(usage: UsageCount[]): void {
    for (const u of usage) {
      const key = `${u.department}\u0000${u.dataset}`;
      const line = this.pending.get(key);
      if (line) {
        line.requests += u.requests;
        line.rows_read += u.rows_read;
        line.rows_contributed += u.rows_contributed;
      } else if (this.pending.size < USAGE_MAX_LINES) {
        this.pending.set(key, { ...u });
      }
    }
  }

  /** Writes what is pending; on failure the counts are kept for the next flush. */
  flush(): Promise<void> {
    this.flushing ??= (async () => {
      const lines = [...this.pending.values()];
      if (lines.length === 0) return;
      this.pending = new Map();
      try {
        await this.db.query("select hub.record_usage($1::jsonb)", [JSON.stringify(lines)]);
      } catch (e) {
        this.add(lines);
        this.onError(e as Error);
      }
    })().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
