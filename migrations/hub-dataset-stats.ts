import { Migration } from "@mikro-orm/migrations";

/**
 * The size and freshness of each dataset as its owning department last reported them, for the catalogue:
 * the hub's process reads this table instead of counting the departments' tables itself. Each department
 * writes the rows of its own datasets after each contribution and at start.
 *
 * The index serves the owner's look-up of its last accepted batch, made after each contribution.
 */
export class Migration20261202000001HubDatasetStats extends Migration {
  override up(): void {
    this.addSql(`create table hub.dataset_stats (
      dataset text primary key,
      owner text not null,
      row_count bigint not null,
      last_contribution_at timestamptz,
      counted_at timestamptz not null
    )`);
    this.addSql(`create index contribution_batches_accepted_index on hub.contribution_batches (dataset, created_at) where accepted > 0`);
  }

  override down(): void {
    this.addSql(`drop index hub.contribution_batches_accepted_index`);
    this.addSql(`drop table hub.dataset_stats`);
  }
}

export const hubDatasetStatsMigrations = [{ name: "Migration20261202000001HubDatasetStats", class: Migration20261202000001HubDatasetStats }];
