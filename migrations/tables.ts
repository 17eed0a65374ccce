import { EntitySchema, type EntityMetadata } from "@mikro-orm/core";

/**
 * What the migrator compares and generates from, beyond the runtime entities (see src/db/migrator.ts):
 *
 * - `tables`: tables the code reads and writes with plain SQL only, so no runtime entity describes
 *   them (the hub's records, environment's region_hourly; each department's record history is
 *   `recordHistoryTable` below). They are described here as entity schemas used by the migrator alone.
 * - `notes`: what a table made by the hand-written migrations holds that its entity does not declare
 *   yet: the database's own guards (check constraints), indexes the declaration does not list, column
 *   defaults. The migrator adds them to the entity's metadata; at runtime nothing reads them.
 *
 * Not compared by MikroORM at all: functions and triggers (the hub's audit chain, usage counters) and
 * the contribution engine's staging table, a temporary table that lives for one transaction. The
 * functions and triggers are kept by hand-written migrations; test/migrations.test.ts compares them
 * between a fresh database and an upgraded one.
 */
export interface UnitTables {
  tables: EntitySchema[];
  /** by `schema.table` */
  notes: Record<string, TableNotes>;
}

export interface TableNotes {
  /**
   * check constraints; `property` names the column of a one-column check (named `<table>_<column>_check`).
   * The expression as PostgreSQL prints it (`pg_get_constraintdef` without `CHECK`), e.g.
   * `(minutes_sampled >= 0) AND (minutes_sampled <= 60)`: MikroORM compares the text.
   */
  checks?: { name?: string; property?: string; expression: string }[];
  /** text columns whose check allows a fixed list of values (named `<table>_<column>_check`) */
  enums?: Record<string, string[]>;
  /** indexes by properties (named `<table>_<columns>_index`), or by name and SQL for partial and operator-class indexes */
  indexes?: ({ properties: string[] } | { name: string; expression: string })[];
  /** column defaults as SQL, by property */
  defaults?: Record<string, string>;
}

/**
 * Adds a table's notes to its entity's metadata, before MikroORM processes it (`discovery.onMetadata`),
 * and the one note every contributed table shares: contributed_at defaults to the time of the write.
 */
export function applyNotes(meta: EntityMetadata, notes: Record<string, TableNotes>): void {
  const contributedAt = meta.properties["contributedAt" as never] as { fieldName?: string; defaultRaw?: string } | undefined;
  if (contributedAt && (contributedAt.fieldName ?? "contributed_at") === "contributed_at") contributedAt.defaultRaw ??= "now()";
  const table = `${meta.schema}.${meta.tableName ?? meta.collection}`;
  const n = notes[table];
  if (!n) return;
  const prop = (name: string) => {
    const p = meta.properties[name as never];
    if (!p) throw new Error(`${table}: no property ${name} (migrations/*/tables.ts)`);
    return p;
  };
  for (const c of n.checks ?? []) meta.checks.push({ ...c, property: c.property as never });
  for (const [name, items] of Object.entries(n.enums ?? {})) Object.assign(prop(name), { enum: true, items });
  for (const i of n.indexes ?? []) meta.indexes.push(i as never);
  for (const [name, sql] of Object.entries(n.defaults ?? {})) Object.assign(prop(name), { defaultRaw: sql });
}

/**
 * The versions a department's contributions replaced, which the contribution engine writes with plain SQL:
 * the same table in every department's schema (src/db/migrator.ts adds it to each department's).
 */
export function recordHistoryTable(schema: string, className: string): EntitySchema {
  return new EntitySchema<Record<string, unknown>>({
    name: className,
    tableName: "record_history",
    schema,
    properties: {
      id: { type: "bigint", columnType: "bigint", primary: true, autoincrement: true },
      dataset: { type: "text" },
      record_key: { type: "jsonb" },
      values: { type: "jsonb" },
      contributed_by: { type: "text" },
      batch_id: { type: "text" },
      contributed_at: { type: "timestamptz" },
      superseded_at: { type: "timestamptz" },
      superseded_by_batch: { type: "text" },
      superseded_by: { type: "text" },
    },
    indexes: [{ name: "record_history_key_index", properties: ["dataset", "record_key"] }],
  });
}
