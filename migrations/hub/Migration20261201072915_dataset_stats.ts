import { Migration } from '@mikro-orm/migrations';

/** Each dataset's size and freshness as its owner reports them, for the catalogue (generated from hub/tables.ts). */
export class Migration20261201072915_dataset_stats extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "hub"."dataset_stats" ("dataset" text not null, "owner" text not null, "row_count" bigint not null, "last_contribution_at" timestamptz null, "counted_at" timestamptz not null, constraint "dataset_stats_pkey" primary key ("dataset"));`);

    this.addSql(`create index contribution_batches_accepted_index on hub.contribution_batches (dataset, created_at) where accepted > 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hub"."dataset_stats" cascade;`);

    this.addSql(`drop index "hub"."contribution_batches_accepted_index";`);
  }

}
