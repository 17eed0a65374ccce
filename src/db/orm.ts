import { MikroORM, type Options } from "@mikro-orm/postgresql";
import { CountingLogger } from "./query-counter.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityClass = Function;

export function ormOptions(url: string, entities: EntityClass[], debug = false): Options {
  return {
    clientUrl: url,
    entities: entities as Options["entities"],
    discovery: { warnWhenNoEntities: false },
    // Lantian's reads are explicit; nothing is flushed implicitly.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    debug,
    loggerFactory: (options) => new CountingLogger(options),
    ensureDatabase: false,
  };
}

export async function openOrm(url: string, entities: EntityClass[], debug = false): Promise<MikroORM> {
  return MikroORM.init(ormOptions(url, entities, debug));
}
