import type pg from "pg";
import type { AuditChain } from "./audit-chain.js";
import { AuditKind, who, type AuditEntry, type UsageCount } from "./audit-entry.js";
import type { Principal } from "./auth.js";
import { SharingClass } from "./datasets.js";
import type { RequestSharing } from "./request-sharing.js";
import { readAuditCommits, readAuditWait, readAuditWaiting } from "./telemetry.js";

type Queryable = Pick<pg.Pool | pg.PoolClient, "query">;

export interface OperationInfo {
  name: string | null;
  /** sha256 of the operation text the client sent */
  hash: string;
}

/**
 * After a subgraph answered: one audit entry per CONDITIONAL or RESTRICTED dataset the request read
 * (with the records' keys, or their count), and the usage of every dataset it touched. An answer with
 * audit entries waits until the group commit holding them is durable (ReadAuditCommitter), their usage
 * committed with them; usage alone is bookkeeping and goes to the UsageBuffer.
 */
export async function recordReads(
  db: { reads: ReadAuditCommitter; usage: UsageBuffer },
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
  if (entries.length > 0) await db.reads.commit(entries, usage);
  else db.usage.add(usage);
}

/** Usage lines summed per (department, dataset): one line each, as `hub.record_usage` needs (an upsert touches a row once). */
export function sumUsage(lines: Iterable<UsageCount>, into = new Map<string, UsageCount>(), maxLines = Infinity): Map<string, UsageCount> {
  for (const u of lines) {
    const key = `${u.department}\u0000${u.dataset}`;
    const line = into.get(key);
    if (line) {
      line.requests += u.requests;
      line.rows_read += u.rows_read;
      line.rows_contributed += u.rows_contributed;
    } else if (into.size < maxLines) {
      into.set(key, { ...u });
    }
  }
  return into;
}

/** Group commits start at most this often: what arrives meanwhile waits for the next one. */
export const GROUP_COMMIT_MS = 10;

interface Waiting {
  entries: AuditEntry[];
  usage: UsageCount[];
  resolve(): void;
  reject(e: Error): void;
}

/**
 * Group commit of read-audit entries: the entries of concurrent requests are appended to the chain in
 * one transaction (one turn of the chain's lock, one durable commit) instead of one each. A request's
 * `commit` resolves only once the transaction holding its entries committed, and rejects when it did not:
 * the caller then withholds the answer, so a served CONDITIONAL or RESTRICTED read is always audited. A
 * commit starts at once when none ran in the last GROUP_COMMIT_MS, else when that time is up; one runs at
 * a time, taking everything queued (each request's entries in order, requests in arrival order).
 */
export class ReadAuditCommitter {
  private queue: Waiting[] = [];
  private running: Promise<void> | undefined;
  private timer: { cancel(): void } | undefined;
  private lastStart = 0;
  private committing = 0;
  /** transactions committed, and entries in them (for the bench and the tests) */
  readonly stats = { commits: 0, entries: 0 };

  constructor(
    private readonly chain: AuditChain,
    private readonly db: pg.Pool,
  ) {}

  /** Resolves once `entries` (and the request's usage with them) are committed. */
  commit(entries: AuditEntry[], usage: UsageCount[]): Promise<void> {
    // the audit write lag at /metrics: how long this answer is held for durability
    const stopTimer = readAuditWait.startTimer();
    readAuditWaiting.inc();
    const done = () => {
      stopTimer();
      readAuditWaiting.dec();
    };
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entries, usage, resolve, reject });
      this.schedule();
    }).finally(done);
  }

  /** Requests whose answer waits for a commit: queued, or in the transaction under way. */
  get waiting(): number {
    return this.queue.length + this.committing;
  }

  private schedule(): void {
    if (this.running || this.timer || this.queue.length === 0) return;
    const run = () => {
      this.timer = undefined;
      this.running = this.run().finally(() => {
        this.running = undefined;
        this.schedule();
      });
    };
    const wait = this.lastStart + GROUP_COMMIT_MS - Date.now();
    if (wait > 0) {
      const t = setTimeout(run, wait);
      this.timer = { cancel: () => clearTimeout(t) };
    } else {
      // setImmediate, not now: the answers finishing in the same turn of the event loop join this commit
      const t = setImmediate(run);
      this.timer = { cancel: () => clearImmediate(t) };
    }
  }

  private async run(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.lastStart = Date.now();
    this.committing = batch.length;
    try {
      await this.chain.append(
        this.db,
        batch.flatMap((w) => w.entries),
        [...sumUsage(batch.flatMap((w) => w.usage)).values()],
      );
      this.stats.commits += 1;
      this.stats.entries += batch.reduce((n, w) => n + w.entries.length, 0);
      readAuditCommits.inc({ outcome: "committed" });
      for (const w of batch) w.resolve();
    } catch (e) {
      readAuditCommits.inc({ outcome: "failed" });
      // exactly these requests go unanswered; the next batch gets a transaction of its own
      for (const w of batch) w.reject(e as Error);
    } finally {
      this.committing = 0;
    }
  }

  /** Commits what is queued now (at shutdown: no request is left waiting on a commit that never comes). */
  async close(): Promise<void> {
    for (;;) {
      this.timer?.cancel();
      this.timer = undefined;
      if (this.running) {
        await this.running;
        continue;
      }
      if (this.queue.length === 0) return;
      this.running = this.run().finally(() => (this.running = undefined));
    }
  }
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
  /** the last write asked for; each flush writes after the one before, so none is skipped */
  private tail: Promise<void> = Promise.resolve();
  private writing = 0;

  constructor(
    private readonly db: Queryable,
    private readonly onError: (e: Error) => void,
  ) {
    // a write still waiting on an unreachable database is not joined by another every second
    this.timer = setInterval(() => this.writing === 0 && void this.flush(), USAGE_FLUSH_MS);
    this.timer.unref();
  }

  add(usage: UsageCount[]): void {
    sumUsage(usage, this.pending, USAGE_MAX_LINES);
  }

  /** Writes every count added before the call; on failure the counts are kept for the next flush. */
  flush(): Promise<void> {
    this.writing += 1;
    this.tail = this.tail.then(() => this.write()).finally(() => (this.writing -= 1));
    return this.tail;
  }

  private async write(): Promise<void> {
    const lines = [...this.pending.values()];
    if (lines.length === 0) return;
    this.pending = new Map();
    try {
      await this.db.query("select hub.record_usage($1::jsonb)", [JSON.stringify(lines)]);
    } catch (e) {
      this.add(lines);
      this.onError(e as Error);
    }
  }

  /** At shutdown: stops the timer and writes what is counted. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
