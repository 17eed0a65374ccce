import { Migration } from '@mikro-orm/migrations';

/** Every contribution attempt, written, refused or checked, for the list of batches (generated from hub/tables.ts). */
export class Migration20261201142219_contribution_log extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "hub"."contribution_log" ("id" bigserial primary key, "department" text not null, "dataset" text not null, "batch_id" text not null, "subject" text not null, "at" timestamptz not null default now(), "row_count" int not null, "accepted" int not null, "rejected" int not null, "atomic" boolean not null, "check_only" boolean not null, "replayed" boolean not null, "error_count" int not null, "errors" jsonb not null);`);
    this.addSql(`create index "contribution_log_department_index" on "hub"."contribution_log" ("department", "id");`);
    this.addSql(`create index "contribution_log_dataset_index" on "hub"."contribution_log" ("dataset", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hub"."contribution_log" cascade;`);
  }

}
