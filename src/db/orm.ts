import { MikroORM, type Options } from "@mikro-orm/postgresql";
import { DEFAULT_DATABASE_TIMEOUTS, type Config } from "../common/config.js";
import type { Logger } from "../common/logger.js";
import { CLIENT_TIMEOUT_MARGIN_MS } from "./pools.js";
import { CountingLogger } from "./query-counter.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityClass = Function;

/** What pg's Client exposes of its state; knex does not check it, so a client stuck on a timed-out query would be reused. */
interface PgClientState {
  _queryable?: boolean;
  _ending?: boolean;
  readyForQuery?: boolean;
}

export function ormOptions(url: string, entities: EntityClass[], timeouts: Config["database"] = DEFAULT_DATABASE_TIMEOUTS, log?: Logger, debug = false): Options {
  return {
    clientUrl: url,
    entities: entities as Options["entities"],
    discovery: { warnWhenNoEntities: false },
    // Lantian's reads are explicit; nothing is flushed implicitly.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: {
      min: 0,
      max: 10,
      // a connection the server dropped, or one whose query timed out client-side, is not handed out again
      validate: (c: PgClientState) => c._queryable !== false && !c._ending && c.readyForQuery !== false,
    } as Options["pool"],
    // Bounded waits, as for the plain pools (databases.ts poolConfig): a database that is down or frozen
    // gives DATABASE_UNAVAILABLE in seconds instead of a request that hangs.
    driverOptions: {
      acquireConnectionTimeout: timeouts.connectTimeoutMs,
      // knex's own notices (a dropped connection it discards) go to our log, not to the console
      ...(log ? { log: { warn: (m: string) => log.warn(`knex: ${m}`), error: (m: string) => log.error(`knex: ${m}`), deprecate: () => undefined, debug: () => undefined } } : {}),
      connection: {
        connectionTimeoutMillis: timeouts.connectTimeoutMs,
        statement_timeout: timeouts.statementTimeoutMs,
        query_timeout: timeouts.statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS,
      },
    },
    debug,
    loggerFactory: (options) => new CountingLogger(options),
    ensureDatabase: false,
  };
}

export async function openOrm(url: string, entities: EntityClass[], timeouts?: Config["database"], log?: Logger, debug = false): Promise<MikroORM> {
  return MikroORM.init(ormOptions(url, entities, timeouts, log, debug));
}
