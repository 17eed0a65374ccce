import { HeaderMap } from "@apollo/server";
import pg from "pg";
import type { Config } from "../common/config.js";
import { hubError } from "../common/errors.js";
import { ErrorCode } from "../shared/error-codes.js";
import type { Logger } from "../common/logger.js";
import { poolConfig, resilientPool } from "../db/pools.js";

const FAILURE_LOG_INTERVAL_MS = 60_000;
/** After the counters could not be reached, requests go unchecked this long instead of each waiting for them. */
const SKIP_AFTER_FAILURE_MS = 5_000;

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

/**
 * Fixed-window request counters kept in PostgreSQL (`hub.rate_limits`), so every gateway process on the
 * same database counts against the same limits: one per department and one per token, so that one client
 * cannot use up its department's share. One statement per request: it counts the request in every bucket
 * only if none of them is full, so a refused request writes nothing; it also clears past windows. Windows
 * follow the database clock, so processes on hosts with skewed clocks agree.
 *
 * The counters are bookkeeping: their connections commit without waiting for the disk (a crash may lose
 * the last moments' counts, never an acknowledged write). When the database cannot be reached the
 * request is let through (and logged): the rate limit guards the hub's capacity, and turning a database
 * hiccup into an outage would defeat that.
 */
export class RateLimiter {
  private lastFailureLog = 0;
  private skipUntil = 0;

  constructor(
    private readonly pool: pg.Pool,
    readonly windowSeconds: number,
    private readonly log: Logger,
  ) {}

  /** Counts one request in every bucket; throws RATE_LIMITED (HTTP 429, Retry-After) when one is full. */
  async hit(buckets: RateBucket[]): Promise<void> {
    if (Date.now() < this.skipUntil) return;
    let row: { refused: string | null; hits: number | null; retry_after: number };
    try {
      ({
        rows: [row],
      } = await this.pool.query<typeof row>(
        `with w as (select to_timestamp(floor(extract(epoch from now()) / $3::int) * $3::int) as ws),
         lim as (select * from unnest($1::text[], $2::int[]) as l(bucket, lim)),
         refused as (
           select l.bucket, r.hits from lim l
           join hub.rate_limits r on r.bucket = l.bucket and r.window_start = (select ws from w)
           where r.hits >= l.lim
         ),
         hit as (
           insert into hub.rate_limits as r (bucket, window_start, hits)
           select bucket, (select ws from w), 1 from lim where not exists (select 1 from refused)
           on conflict (bucket, window_start) do update set hits = r.hits + 1
         ),
         past as (delete from hub.rate_limits where window_start < (select ws from w))
         select (select bucket from refused order by bucket limit 1) as refused,
                (select hits from refused order by bucket limit 1) as hits,
                greatest(1, ceil(extract(epoch from ((select ws from w) + make_interval(secs => $3::int) - now()))))::int as retry_after`,
        [buckets.map((b) => b.bucket), buckets.map((b) => b.limit), this.windowSeconds],
      ));
    } catch (e) {
      this.skipUntil = Date.now() + SKIP_AFTER_FAILURE_MS;
      if (Date.now() - this.lastFailureLog > FAILURE_LOG_INTERVAL_MS) {
        this.lastFailureLog = Date.now();
        this.log.error(`rate limit not checked (requests are let through): ${(e as Error).message}`);
      }
      return;
    }
    const full = buckets.find((b) => b.bucket === row.refused);
    if (full) throw rateLimited(full, row.hits ?? full.limit, this.windowSeconds, row.retry_after);
  }

  async close(): Promise<void> {
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
    log.warn("rate limiting is off: the gateway has no database (set DATABASE_URL to share counters between gateways)");
    return undefined;
  }
  // Short waits: a slow counter must not hold every request up while the database is away.
  const timeouts = { connectTimeoutMs: Math.min(1_000, config.database.connectTimeoutMs), statementTimeoutMs: 1_000 };
  const pool = resilientPool(poolConfig(url, 2, timeouts, { synchronous_commit: "off" }), log, "rate limit");
  return new RateLimiter(pool, config.limits.rateLimitWindowSeconds, log);
}
