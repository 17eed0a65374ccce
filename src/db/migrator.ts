import fs from "node:fs";
import path from "node:path";
import { Migrator, TSMigrationGenerator } from "@mikro-orm/migrations";
import { MikroORM, type MigrationDiff, type Options } from "@mikro-orm/postgresql";
import { FORMER_NAMES, MIGRATIONS, TABLES } from "../../migrations/index.js";
import { applyNotes, recordHistoryTable } from "../../migrations/tables.js";
import { DEPARTMENT_INFO, DEPARTMENTS } from "../shared/departments.js";
import { projectRoot } from "../common/paths.js";
import { HUB, type SubgraphId } from "../shared/subgraphs.js";
import { SUBGRAPHS } from "../departments/index.js";
import { ormOptions } from "./orm.js";

/**
 * Migrations through MikroORM's migrator, one unit at a time: the hub and each department keep their own
 * migrations (migrations/<unit>/), recorded in their own schema (`<schema>.mikro_orm_migrations`), so a
 * department's database can be moved or upgraded on its own. New ones are generated from the entities
 * against the unit's snapshot (`npm run migration:create -- <unit> <name>`, see create-migration.ts).
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

export function migrationsFolder(unit: Unit): string {
  return path.join(projectRoot(), "migrations", unitFolder(unit));
}

/** The schema the unit's entities described when its last migration was generated. */
export function snapshotFile(unit: Unit): string {
  return path.join(migrationsFolder(unit), `.snapshot-${unitFolder(unit)}.json`);
}

/** How the unit's migrations are found and recorded; `snapshot` only when generating (see migrateUnit). */
function migrationsOptions(unit: Unit, snapshot: boolean): NonNullable<Options["migrations"]> {
  return {
    tableName: `${unitSchema(unit)}.mikro_orm_migrations`,
    migrationsList: MIGRATIONS[unit],
    path: migrationsFolder(unit),
    snapshot,
    snapshotName: `.snapshot-${unitFolder(unit)}`,
    generator: unitGenerator(unitSchema(unit)),
    silent: true,
    transactional: true,
    allOrNothing: true,
  };
}

/**
 * The ORM the migrator of one unit compares and generates with: the unit's runtime entities, plus the
 * tables it keeps with plain SQL and the notes on its tables (migrations/<unit>/tables.ts); a department's
 * also the contribution engine's record_history, in every department's schema.
 */
export async function openMigratorOrm(url: string, unit: Unit, opts: { connect?: boolean } = {}): Promise<MikroORM> {
  const tables = TABLES[unit] ?? { tables: [], notes: {} };
  const entities = [
    ...(unit === HUB ? [] : [...SUBGRAPHS[unit].entities, recordHistoryTable(unitSchema(unit), `${unit}_RECORD_HISTORY`)]),
    ...tables.tables,
  ];
  const base = ormOptions(url, entities as never);
  return MikroORM.init({
    ...base,
    connect: opts.connect ?? true,
    extensions: [Migrator],
    discovery: {
      ...base.discovery,
      onMetadata: (meta) => {
        // the hook sees this ORM's own copy of each entity's metadata: the runtime ORMs never carry these notes
        applyNotes(meta, tables.notes);
      },
    },
    migrations: migrationsOptions(unit, true),
  });
}

/**
 * What the entities (with migrations/<unit>/tables.ts) and the unit's schema in the database differ by,
 * as the SQL that would make the schema match: empty when they agree. Only the unit's schema is compared
 * (MikroORM's own migrator would compare every schema of the database with the unit's entities).
 */
export async function schemaDifference(orm: MikroORM, unit: Unit): Promise<string> {
  return (await orm.schema.getUpdateSchemaSQL({ schema: unitSchema(unit), wrap: false })).trim();
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

/**
 * Writes migrations as MikroORM does, with one fix: MikroORM 6.6.16 renames an index without naming its
 * schema (`alter index "x" rename to "y"`, PostgreSqlSchemaHelper.getRenameIndexSQL), which fails for a
 * table outside the search path; every table of a unit is in the unit's schema, so that is the one.
 */
function unitGenerator(schema: string): NonNullable<NonNullable<Options["migrations"]>["generator"]> {
  return class extends TSMigrationGenerator {
    override generateMigrationFile(className: string, diff: MigrationDiff): string {
      const qualify = (sql: string) => sql.replace(/^alter index "([^".]+)" rename to/, `alter index "${schema}"."$1" rename to`);
      return super.generateMigrationFile(className, { up: diff.up.map(qualify), down: diff.down.map(qualify) });
    }
  };
}

/** The snapshot of a unit that has none yet (a new department): no table, so its first migration creates them all. */
export function writeEmptySnapshot(unit: Unit): void {
  fs.mkdirSync(migrationsFolder(unit), { recursive: true });
  fs.writeFileSync(snapshotFile(unit), JSON.stringify({ namespaces: [], name: "public", tables: [], nativeEnums: {} }, null, 2) + "\n");
}
