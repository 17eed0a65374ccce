import { Migration } from "@mikro-orm/migrations";

/** Contribution batches, remembered so a replay answers the first answer (kept in the database, not in memory). */
export class Migration20261128000002HubContributionBatches extends Migration {
  override up(): void {
    this.addSql(`create table hub.contribution_batches (
      department text not null, dataset text not null, batch_id text not null,
      content_hash text not null, atomic boolean not null, row_count integer not null,
      accepted integer not null, rejected integer not null, result jsonb not null,
      subject text not null, created_at timestamptz not null default now(),
      primary key (department, dataset, batch_id))`);
  }

  override down(): void {
    this.addSql(`drop table hub.contribution_batches`);
  }
}

/** Each department keeps the versions its contributions replaced, in its own schema. */
export function recordHistoryMigration(schema: string) {
  const name = `Migration20261128000002${schema.replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase())}RecordHistory`;
  const cls = class extends Migration {
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
  return { name, class: cls };
}
