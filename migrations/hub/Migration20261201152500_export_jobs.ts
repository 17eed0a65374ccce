import { Migration } from '@mikro-orm/migrations';

/** Bulk export jobs (issue 22), generated from hub/tables.ts. */
export class Migration20261201152500_export_jobs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "hub"."export_jobs" ("id" uuid not null, "dataset" text not null, "owner" text not null, "format" text not null, "filter" jsonb not null, "department" text not null, "role" text not null, "subject" text not null, "status" text not null, "reason" text null, "row_count" bigint null, "size_bytes" bigint null, "sha256" text null, "requested_at" timestamptz not null default now(), "started_at" timestamptz null, "finished_at" timestamptz null, "expires_at" timestamptz null, constraint "export_jobs_pkey" primary key ("id"));`);
    this.addSql(`create index "export_jobs_department_index" on "hub"."export_jobs" ("department", "requested_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hub"."export_jobs" cascade;`);
  }

}
