import { HeaderMap } from "@apollo/server";
import pg from "pg";
import { ErrorCode, hubError } from "../common/errors.js";
import type { Logger } from "../common/logger.js";

const FAILURE_LOG_INTERVAL_MS = 60_000;

/**
 * A fixed-window request counter per department, kept in PostgreSQL (`hub.rate_limits`) so that every
 * gateway process on the same database counts against the same limit. One statement per request: an
 * upsert that returns the window's count, and clears the department's past windows as it goes. The
 * window is aligned on the database clock, so processes on hosts with skewed clocks still agree.
 *
 * When the database cannot be reached the request is let through (and logged): the rate limit guards the
 * hub's capacity, and turning a database hiccup into an outage would defeat that.
 */
export class RateLimiter {
  private lastFailureLog = 0;

  constructor(
    private readonly pool: pg.Pool,
    readonly limit: number,
    readonly windowSeconds: number,
    private readonly log: Logger,
  ) {}

  /** Counts one request of `bucket`; throws RATE_LIMITED (HTTP 429, Retry-After) once over the limit. */
  async hit(bucket: string): Promise<void> {
    let hits: number;
    let retryAfter: number;
    try {
      const { rows } = await this.pool.query<{ hits: number; retry_after: number }>(
        `with hit as (
           insert into hub.rate_limits as r (bucket, window_start, hits)
           values ($1, to_timestamp(floor(extract(epoch from now()) / $2::int) * $2::int), 1)
           on conflict (bucket, window_start) do update set hits = r.hits + 1
           returning hits, window_start
         ), past as (
           delete from hub.rate_limits where bucket = $1 and window_start < (select window_start from hit)
         )
         select hits, greatest(1, ceil(extract(epoch from (window_start + make_interval(secs => $2::int) - now()))))::int as retry_after from hit`,
        [bucket, this.windowSeconds],
      );
      hits = rows[0].hits;
      retryAfter = rows[0].retry_after;
    } catch (e) {
      if (Date.now() - this.lastFailureLog > FAILURE_LOG_INTERVAL_MS) {
        this.lastFailureLog = Date.now();
        this.log.error(`rate limit not checked (requests are let through): ${(e as Error).message}`);
      }
      return;
    }
    if (hits > this.limit) {
      throw hubError(
        ErrorCode.RATE_LIMITED,
        `Rate limit reached: ${this.limit} requests per ${this.windowSeconds} s for ${bucket} (LANTIAN_RATE_LIMIT, LANTIAN_RATE_LIMIT_WINDOW); retry in ${retryAfter} s`,
        {
          limit: this.limit,
          found: hits,
          windowSeconds: this.windowSeconds,
          retryAfterSeconds: retryAfter,
          setting: "LANTIAN_RATE_LIMIT",
          http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfter)]]) },
        },
      );
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** A limiter on its own small pool (its statements stay out of the per-request SQL counts), or none. */
export function openRateLimiter(url: string | undefined, limit: number, windowSeconds: number, log: Logger): RateLimiter | undefined {
  if (limit === 0) return undefined;
  if (!url) {
    log.warn("rate limiting is off: the gateway has no database (set DATABASE_URL to share counters between gateways)");
    return undefined;
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // An idle connection dropped by the server must not crash the gateway; the next query reconnects.
  pool.on("error", (e) => log.warn(`rate limit database connection lost: ${e.message}`));
  return new RateLimiter(pool, limit, windowSeconds, log);
}
