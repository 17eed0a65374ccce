import pg from "pg";
import type { Config } from "../common/config.js";
import type { Logger } from "../common/logger.js";
import { watchPool } from "../common/telemetry.js";

/**
 * The client gives up this long after the server's statement_timeout would have: normally the server
 * cancels first (a clean error, the connection kept); only a server that stopped answering hits this.
 */
export const CLIENT_TIMEOUT_MARGIN_MS = 500;

/**
 * pg.Pool settings for every pool of the hub: bounded waits for a connection and for a statement (the
 * server's statement_timeout, and a client-side limit a little longer for a server that stopped
 * answering altogether), and `extra` session settings.
 */
export function poolConfig(url: string, max: number, timeouts: Config["database"], settings: Record<string, string> = {}): pg.PoolConfig {
  const options = Object.entries(settings)
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(" ");
  return {
    connectionString: url,
    max,
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    statement_timeout: timeouts.statementTimeoutMs,
    query_timeout: timeouts.statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS,
    ...(options ? { options } : {}),
  };
}

/** A pool that survives its connections being dropped (a restart, a DBA's pg_terminate_backend). */
export function resilientPool(config: pg.PoolConfig, log: Logger, name: string): pg.Pool {
  const pool = new pg.Pool(config);
  // Without a listener, an idle client's error (the server ended it) is an uncaught 'error' event that
  // ends the process. The pool has already dropped that client; the next query opens a new one.
  pool.on("error", (e) => log.warn(`${name} database connection lost (it is replaced on next use): ${e.message}`));
  // A client checked out between two queries has no pool listener: its connection dying then would be an
  // uncaught 'error' too. Its next query fails instead, and the pool drops it when it is released.
  pool.on("connect", (client) => client.on("error", (e) => log.debug(`${name} database connection lost while in use: ${e.message}`)));
  // in use, idle and waiting at /metrics: an exhausted pool shows as queries waiting
  watchPool(name, pool);
  return pool;
}
