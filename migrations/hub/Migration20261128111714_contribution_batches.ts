import { Migration } from "@mikro-orm/migrations";

/** Contribution batches, remembered so a replay answers the first answer (kept in the database, not in memory). */
export class Migration20261128111714_contribution_batches extends Migration {
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
