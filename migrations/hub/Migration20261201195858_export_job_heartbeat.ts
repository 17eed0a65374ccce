import { Migration } from '@mikro-orm/migrations';

export class Migration20261201195858_export_job_heartbeat extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "hub"."export_jobs" add column "heartbeat_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hub"."export_jobs" drop column "heartbeat_at";`);
  }

}
