import path from "node:path";
import { Migrator } from "@mikro-orm/migrations";
import type { MikroORM, Options } from "@mikro-orm/postgresql";
import { FORMER_NAMES, MIGRATIONS } from "../../migrations/index.js";
import { DEPARTMENT_INFO, DEPARTMENTS } from "../common/departments.js";
import { projectRoot } from "../common/paths.js";
import { HUB, parseSubgraph, type SubgraphId } from "../common/subgraphs.js";

/**
 * Migrations through MikroORM's migrator, one unit at a time: the hub and each department keep their own
 * migrations (migrations/<unit>/), recorded in their own schema (`<schema>.mikro_orm_migrations`), so a
 * department's database can be moved or upgraded on its own.
 */
export type Unit = SubgraphId;
export const UNITS: readonly Unit[] = [HUB, ...DEPARTMENTS];

export function unitSchema(unit: Unit): string {
  return unit === HUB ? "hub" : DEPARTMENT_INFO[unit].dbSchema;
}

/** The unit's folder under migrations/: `hub` or the department's slug. */
export function unitFolder(unit: Unit): string {
  return unit === HUB ? "hub" : DEPARTMENT_INFO[unit].slug;
}

export function parseUnit(value: string): Unit | undefined {
  return parseSubgraph(value);
}

export function migrationsFolder(unit: Unit): string {
  return path.join(projectRoot(), "migrations", unitFolder(unit));
}

/** How the unit's migrations are found and recorded; `snapshot` only when generating (see migrateUnit). */
function migrationsOptions(unit: Unit, snapshot: boolean): NonNullable<Options["migrations"]> {
  return {
    tableName: `${unitSchema(unit)}.mikro_orm_migrations`,
    migrationsList: MIGRATIONS[unit],
    path: migrationsFolder(unit),
    snapshot,
    snapshotName: `.snapshot-${unitFolder(unit)}`,
    silent: true,
    transactional: true,
    allOrNothing: true,
  };
}

/**
 * Applies the unit's pending migrations on `orm`'s database (any ORM on it: running migrations needs no
 * entity). Migrations recorded under a former name are renamed first, in the same transaction.
 */
export async function migrateUnit(orm: MikroORM, unit: Unit): Promise<number> {
  // No snapshot here: the snapshot is the entities' schema as of the last generated migration, written
  // when one is generated; after a run the migrator would overwrite it with every schema of this database.
  orm.config.set("migrations", { ...orm.config.get("migrations"), ...migrationsOptions(unit, false) });
  const migrator = new Migrator(orm.em);
  const table = `${unitSchema(unit)}.mikro_orm_migrations`;
  const renames = Object.entries(FORMER_NAMES[unit] ?? {});
  const done = await orm.em.getConnection().transactional(async (trx) => {
    const [{ exists }] = await orm.em.getConnection().execute<{ exists: boolean }[]>(`select to_regclass(?) is not null as "exists"`, [table], "all", trx);
    if (exists && renames.length > 0) {
      await orm.em
        .getConnection()
        .execute(`update ${table} m set name = r.new from (values ${renames.map(() => "(?, ?)").join(", ")}) as r(old, new) where m.name = r.old`, renames.flat(), "run", trx);
    }
    return migrator.up({ transaction: trx });
  });
  return done.length;
}
