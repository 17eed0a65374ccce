import { HeaderMap } from "@apollo/server";
import pg from "pg";
import type { Config } from "../common/config.js";
import { hubError } from "../common/errors.js";
import { ErrorCode } from "../shared/error-codes.js";
import type { Logger } from "../common/logger.js";
import { poolConfig, resilientPool } from "../db/pools.js";

const FAILURE_LOG_INTERVAL_MS = 60_000;
/** How often a gateway sends its counts to the shared counters and learns the others' (when it counted any). */
export const RATE_SYNC_MS = 250;
/** After a failed sync, requests of buckets new to this process do not wait for the counters this long. */
const ALONE_AFTER_FAILURE_MS = 5_000;

/** One counter a request is held to: its name in `hub.rate_limits`, its limit and the setting that sets it. */
export interface RateBucket {
  bucket: string;
  limit: number;
  setting: string;
  /** what the limit is for, in the refusal's message */
  what: string;
}

function rateLimited(b: RateBucket, found: number, windowSeconds: number, retryAfter: number) {
  return hubError(
    ErrorCode.RATE_LIMITED,
    `Rate limit reached: ${b.limit} requests per ${windowSeconds} s for ${b.what} (${b.setting}, LANTIAN_RATE_LIMIT_WINDOW); retry in ${retryAfter} s`,
    {
      limit: b.limit,
      found,
      windowSeconds,
      retryAfterSeconds: retryAfter,
      setting: b.setting,
      http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfter)]]) },
    },
  );
}

/** One bucket's count in one window, as this process knows it. */
interface Counter {
  /** the window's start, seconds since the epoch on the database's clock */
  window: number;
  /** whether a sync has told the shared count yet */
  known: boolean;
  /** the shared count at the last sync (every gateway's hits, this one's included) */
  shared: number;
  /** this process's hits being sent, and those not sent yet */
  sending: number;
  pending: number;
}

/**
 * Fixed-window request counters, one per department and one per token (so that one client cannot use up
 * its department's share), shared by every gateway on the same database through `hub.rate_limits`.
 * A request is checked and counted in this process's memory, against the shared count as of the last
 * sync plus this process's own hits since: no statement per request (the first request of a bucket in a
 * window waits for one sync, to learn its shared count). Every RATE_SYNC_MS, when it counted
 * anything, the process adds its hits to the shared counters and reads back the totals, in one statement.
 * So the limit holds exactly for one gateway, and across several within one sync interval: each may
 * let through what the others let through since its last sync. A refused request is not counted. Windows
 * follow the database clock (its offset from this host's is learnt at each sync), so gateways on hosts
 * with skewed clocks agree.
 *
 * The counters are bookkeeping: their connections commit without waiting for the disk (a crash may lose
 * the last moments' counts, never an acknowledged write). When the database cannot be reached the
 * process keeps counting alone (and logs it), sending its counts once it can: the rate limit guards the
 * hub's capacity, and turning a database hiccup into an outage would defeat that.
 */
export class RateLimiter {
  private lastFailureLog = 0;
  private readonly counters = new Map<string, Counter>();
  /** the database clock minus this host's, in ms */
  private clockOffsetMs = 0;
  private readonly timer: NodeJS.Timeout;
  private syncing: Promise<void> | undefined;
  private dirty = false;
  /** the sync the first requests of new buckets wait for */
  private learning: Promise<void> | undefined;
  /** after a failed sync, until then, new buckets start from this process's own count without waiting */
  private aloneUntil = 0;

  constructor(
    private readonly pool: pg.Pool,
    readonly windowSeconds: number,
    private readonly log: Logger,
  ) {
    this.timer = setInterval(() => this.dirty && !this.syncing && void this.sync(), RATE_SYNC_MS);
    this.timer.unref();
  }

  /**
   * Counts one request in every bucket; throws RATE_LIMITED (HTTP 429, Retry-After) when one is full.
   * Only the first request of a bucket in a window waits, for a sync that learns the shared count (so a
   * gateway that just started, or a window that just began, does not count from zero).
   */
  async hit(buckets: RateBucket[]): Promise<void> {
    let at = this.count(buckets);
    if (at.counters.some((c) => !c.known) && Date.now() >= this.aloneUntil) {
      await (this.learning ??= this.sync().finally(() => (this.learning = undefined)));
      at = this.count(buckets);
    }
    const { now, window, counters } = at;
    const full = buckets.findIndex((b, i) => counters[i].shared + counters[i].sending + counters[i].pending >= b.limit);
    if (full >= 0) {
      const c = counters[full];
      throw rateLimited(buckets[full], c.shared + c.sending + c.pending, this.windowSeconds, Math.max(1, Math.ceil(window + this.windowSeconds - now)));
    }
    for (const c of counters) c.pending += 1;
    this.dirty = true;
  }

  /** The counters of `buckets` in the current window (on the database's clock), new ones at zero. */
  private count(buckets: RateBucket[]): { now: number; window: number; counters: Counter[] } {
    const now = (Date.now() + this.clockOffsetMs) / 1000;
    const window = Math.floor(now / this.windowSeconds) * this.windowSeconds;
    const counters = buckets.map((b) => {
      let c = this.counters.get(b.bucket);
      if (!c || c.window !== window) this.counters.set(b.bucket, (c = { window, known: false, shared: 0, sending: 0, pending: 0 }));
      return c;
    });
    return { now, window, counters };
  }

  /**
   * Sends this process's hits to the shared counters and learns every bucket's total in its window (one
   * statement); clears past windows, here and in the table. Resolves when done, also when it failed (the
   * hits are then kept for the next sync).
   */
  sync(): Promise<void> {
    const run = async () => {
      this.dirty = false;
      const nowWindow = Math.floor((Date.now() + this.clockOffsetMs) / 1000 / this.windowSeconds) * this.windowSeconds;
      for (const [k, c] of this.counters) if (c.window < nowWindow && c.pending === 0) this.counters.delete(k);
      const sent = [...this.counters].map(([bucket, c]) => {
        c.sending = c.pending;
        c.pending = 0;
        return { bucket, c, window: c.window, n: c.sending };
      });
      if (sent.length === 0) return;
      try {
        const { rows } = await this.pool.query<{ bucket: string; ws: string; hits: number; now_ms: string }>(
          `with d as (select * from unnest($1::text[], $2::bigint[], $3::int[]) as d(bucket, ws, n)),
           up as (
             insert into hub.rate_limits as r (bucket, window_start, hits)
             select bucket, to_timestamp(ws), n from d where n > 0
             on conflict (bucket, window_start) do update set hits = r.hits + excluded.hits
             returning r.bucket, r.window_start, r.hits
           ),
           past as (delete from hub.rate_limits where window_start < to_timestamp(floor(extract(epoch from now()) / $4::int) * $4::int))
           select d.bucket, d.ws::text as ws, coalesce(up.hits, r.hits, 0) as hits, (extract(epoch from clock_timestamp()) * 1000)::bigint::text as now_ms
           from d left join up on up.bucket = d.bucket and up.window_start = to_timestamp(d.ws)
                  left join hub.rate_limits r on r.bucket = d.bucket and r.window_start = to_timestamp(d.ws)`,
          [sent.map((x) => x.bucket), sent.map((x) => x.window), sent.map((x) => x.n), this.windowSeconds],
        );
        if (rows[0]) this.clockOffsetMs = Number(rows[0].now_ms) - Date.now();
        const hits = new Map(rows.map((r) => [`${r.bucket}\u0000${r.ws}`, r.hits]));
        for (const { bucket, c, window } of sent) {
          c.shared = hits.get(`${bucket}\u0000${window}`) ?? c.shared + c.sending;
          c.sending = 0;
          c.known = true;
        }
      } catch (e) {
        for (const { c } of sent) {
          c.pending += c.sending;
          c.sending = 0;
        }
        this.dirty = true;
        this.aloneUntil = Date.now() + ALONE_AFTER_FAILURE_MS;
        if (Date.now() - this.lastFailureLog > FAILURE_LOG_INTERVAL_MS) {
          this.lastFailureLog = Date.now();
          this.log.error(`rate limit counters not shared (each gateway counts alone until they are): ${(e as Error).message}`);
        }
      }
    };
    // one at a time, each after the one before: a sync asked for during another sends what came since
    const next: Promise<void> = (this.syncing ?? Promise.resolve()).then(run).finally(() => {
      if (this.syncing === next) this.syncing = undefined;
    });
    this.syncing = next;
    return next;
  }

  /** At shutdown: sends what is counted, then closes the pool. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.sync();
    await this.pool.end();
  }
}

/**
 * Requests without a valid token, counted per client address in this process: they are refused before
 * anything else happens, so they never reach the database, and counting them there would let a stranger
 * write to it.
 */
export class AnonymousLimiter {
  private window = 0;
  private readonly hits = new Map<string, number>();

  constructor(
    readonly limit: number,
    readonly windowSeconds: number,
  ) {}

  /** Counts one refused-for-authentication request of `address`; throws RATE_LIMITED when over. */
  hit(address: string): void {
    const now = Date.now() / 1000;
    const window = Math.floor(now / this.windowSeconds);
    if (window !== this.window) {
      this.window = window;
      this.hits.clear();
    }
    const found = (this.hits.get(address) ?? 0) + 1;
    this.hits.set(address, found);
    if (found > this.limit) {
      const retryAfter = Math.max(1, Math.ceil((window + 1) * this.windowSeconds - now));
      throw rateLimited({ bucket: address, limit: this.limit, setting: "LANTIAN_RATE_LIMIT_ANONYMOUS", what: `requests without a valid token from ${address}` }, found, this.windowSeconds, retryAfter);
    }
  }
}

/**
 * The limiter of a gateway on its own small pool (its statements stay out of the per-request SQL counts),
 * or none: `LANTIAN_RATE_LIMIT=0` turns every rate limit off, and a gateway without a database has none.
 */
export function openRateLimiter(config: Config, url: string | undefined, log: Logger): RateLimiter | undefined {
  if (config.limits.rateLimit === 0) return undefined;
  if (!url) {
    log.warn("rate limiting is off: the gateway has no database (set DATABASE_URL_HUB or DATABASE_URL, the hub's, to share counters between gateways)");
    return undefined;
  }
  // Short waits: a slow counter must not hold every request up while the database is away.
  const timeouts = { connectTimeoutMs: Math.min(1_000, config.database.connectTimeoutMs), statementTimeoutMs: 1_000 };
  const pool = resilientPool(poolConfig(url, 2, timeouts, { synchronous_commit: "off" }), log, "rate limit");
  return new RateLimiter(pool, config.limits.rateLimitWindowSeconds, log);
}
