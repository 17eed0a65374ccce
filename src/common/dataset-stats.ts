import type pg from "pg";
import { DATASET_INFO, DATASETS, type Dataset } from "./datasets.js";
import type { Department } from "../shared/departments.js";
import type { Logger } from "./logger.js";

/** How long a report that failed (the hub's database away) waits before it is tried again. */
export const STATS_RETRY_MS = 5_000;

interface Flight {
  /** the count being taken now */
  running?: Promise<void>;
  /** the next count, not started yet: a write committed now is seen by it */
  waiting?: Promise<void>;
}

/**
 * The catalogue's size and freshness of a dataset, reported by the department that owns it: the owner
 * counts its own table and its own accepted batches on its own database, and writes the figures to the
 * hub's (`hub.dataset_stats`). The hub's process reads that table and never a department's, so the
 * catalogue works alike in one process, in one process per subgraph and with a database per department.
 *
 * A dataset is counted after every write that may change it (a contribution, a derived refresh) and
 * every dataset at start. Counting is set-based and exact, so a report is never a delta that a lost
 * write would skew. Writes close together share counts: one count runs at a time per dataset, and writes
 * committed meanwhile wait for the next, which starts after them. So a writer, once `refresh` resolves,
 * finds its rows in the catalogue, and a busy dataset is counted about once per count's duration.
 *
 * The figures are bookkeeping: a report that fails is logged and retried in the background, never the
 * writer's failure (its rows are committed). A stale report never overwrites a newer one.
 */
export class DatasetStats {
  private readonly flights = new Map<Dataset, Flight>();
  private readonly failed = new Set<Dataset>();
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    /** the database of a department whose datasets this process reports; undefined for the others */
    private readonly poolOf: (owner: Department) => pg.Pool | undefined,
    /** the hub's database, where the figures go */
    private readonly hub: pg.Pool,
    private readonly log: Logger,
    private readonly retryMs = STATS_RETRY_MS,
  ) {}

  /** The datasets this process reports: those of the departments whose databases it holds. */
  owned(): Dataset[] {
    return DATASETS.filter((d) => this.poolOf(DATASET_INFO[d].owner) !== undefined);
  }

  /**
   * Counts the given datasets anew and reports them; resolves once figures taken after the call are
   * written, or failed. While a dataset's reports fail (the hub's database away) its writers do not wait
   * for the next one: it runs, and is retried, in the background.
   */
  async refresh(datasets: readonly Dataset[]): Promise<void> {
    await Promise.all(
      datasets.map((d) => {
        const reported = this.refreshOne(d);
        return this.failed.has(d) ? undefined : reported;
      }),
    );
  }

  /** Stops retrying and waits for the counts under way. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await Promise.all([...this.flights.values()].flatMap((f) => [f.running, f.waiting]));
  }

  private refreshOne(dataset: Dataset): Promise<void> {
    const { owner } = DATASET_INFO[dataset];
    const pool = this.poolOf(owner);
    if (!pool) {
      // Counting it would mean reading another department's tables: its owner's process reports it.
      this.log.warn(`${dataset} was written here, but its figures are ${owner}'s to report (this process does not hold its database)`);
      return Promise.resolve();
    }
    let flight = this.flights.get(dataset);
    if (!flight) this.flights.set(dataset, (flight = {}));
    if (flight.waiting) return flight.waiting;
    const f = flight;
    const next: Promise<void> = (f.running ?? Promise.resolve()).then(async () => {
      f.waiting = undefined;
      f.running = next;
      try {
        await this.report(dataset, owner, pool);
      } finally {
        if (f.running === next) f.running = undefined;
      }
    });
    f.waiting = next;
    return next;
  }

  private async report(dataset: Dataset, owner: Department, pool: pg.Pool): Promise<void> {
    try {
      // One snapshot for both figures; its start time orders reports of the same dataset.
      const { rows } = await pool.query<{ n: string; last: Date | null; at: string }>(
        `select (select count(*) from ${DATASET_INFO[dataset].table}) as n,
                (select max(created_at) from hub.contribution_batches where dataset = $1 and accepted > 0) as last,
                statement_timestamp()::text as at`,
        [dataset],
      );
      const { n, last, at } = rows[0];
      await this.hub.query(
        `insert into hub.dataset_stats (dataset, owner, row_count, last_contribution_at, counted_at)
         values ($1, $2, $3, $4, $5::timestamptz)
         on conflict (dataset) do update
           set owner = excluded.owner, row_count = excluded.row_count,
               last_contribution_at = excluded.last_contribution_at, counted_at = excluded.counted_at
         where hub.dataset_stats.counted_at <= excluded.counted_at`,
        [dataset, owner, n, last, at],
      );
      this.failed.delete(dataset);
    } catch (e) {
      if (this.closed) return;
      this.failed.add(dataset);
      this.log.warn(`the catalogue's figures of ${dataset} are not reported yet (tried again in ${this.retryMs / 1000} s): ${(e as Error).message}`);
      this.retry ??= setTimeout(() => {
        this.retry = undefined;
        void this.refresh([...this.failed]);
      }, this.retryMs);
      this.retry.unref();
    }
  }
}
