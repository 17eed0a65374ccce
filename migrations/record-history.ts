import { Migration } from "@mikro-orm/migrations";

/**
 * Each department keeps the versions its contributions replaced, in its own schema: the same table in
 * every department's, made by one migration of each (`Migration20261128111714_record_history`).
 */
export function recordHistory(schema: string) {
  return class extends Migration {
    override up(): void {
      this.addSql(`create table ${schema}.record_history (
        id bigserial primary key, dataset text not null, record_key jsonb not null, values jsonb not null,
        contributed_by text not null, batch_id text not null, contributed_at timestamptz not null,
        superseded_at timestamptz not null, superseded_by_batch text not null, superseded_by text not null)`);
      this.addSql(`create index record_history_key_index on ${schema}.record_history (dataset, record_key)`);
    }

    override down(): void {
      this.addSql(`drop table ${schema}.record_history`);
    }
  };
}
