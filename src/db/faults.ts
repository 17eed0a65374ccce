/**
 * What a database error means for the client. Drivers and the ORM wrap errors in their own classes
 * (MikroORM's DriverException keeps the pg error; knex's timeout error has none), so the causes are walked.
 */

/** SQLSTATE classes and codes, and driver-level failures, that mean "the database cannot answer now". */
const UNAVAILABLE_SQLSTATES = new Set([
  "57P01", // admin_shutdown: pg_terminate_backend, a restart
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up, in recovery
  "57014", // query_canceled: statement_timeout
  "53300", // too_many_connections
  "53100", // disk_full
]);
const UNAVAILABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i, // pg: the server closed the connection, or the connect timeout
  /timeout exceeded when trying to connect/i, // pg.Pool: connectionTimeoutMillis
  /Query read timeout/i, // pg: query_timeout (a server that stopped answering)
  /^timeout expired$/i, // pg: connectionTimeoutMillis, as the connect error itself
  /not queryable/i, // pg: a client whose connection failed
  /Timeout acquiring a connection/i, // knex: acquireConnectionTimeout
  /Connection ended unexpectedly/i,
  /the database system is (starting up|shutting down|in recovery)/i,
];

function causes(e: unknown): unknown[] {
  const seen: unknown[] = [];
  let cur: unknown = e;
  while (cur && typeof cur === "object" && !seen.includes(cur) && seen.length < 8) {
    seen.push(cur);
    const o = cur as { originalError?: unknown; previous?: unknown; cause?: unknown };
    cur = o.originalError ?? o.previous ?? o.cause;
  }
  return seen;
}

function sqlState(e: unknown): string | undefined {
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** True when the error says the database is unreachable, gone, frozen or overloaded: a 503, not a bug. */
export function isDatabaseUnavailable(e: unknown): boolean {
  return causes(e).some((c) => {
    const code = (c as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE_NODE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith("08"))) return true;
    const message = (c as { message?: unknown }).message;
    return typeof message === "string" && UNAVAILABLE_MESSAGES.some((re) => re.test(message));
  });
}

/**
 * True for PostgreSQL's data exceptions (SQLSTATE class 22: a value out of range, an invalid byte
 * sequence, a bad date): the input reached SQL in a form it refuses. The boundary checks refuse these
 * before SQL; this is the safety net that keeps one that slips through a client error, not a 500.
 */
export function isDataException(e: unknown): boolean {
  return causes(e).some((c) => sqlState(c)?.startsWith("22") ?? false);
}
