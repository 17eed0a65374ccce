import { Migration } from "@mikro-orm/migrations";

/**
 * The gateway's per-department request counters: one row per department and window, shared by every
 * gateway process that uses this database, so the limit holds however many gateways run.
 */
export class Migration20261128133526_rate_limits extends Migration {
  override up(): void {
    this.addSql(`create table hub.rate_limits (
      bucket text not null,
      window_start timestamptz not null,
      hits integer not null,
      primary key (bucket, window_start)
    )`);
  }

  override down(): void {
    this.addSql(`drop table hub.rate_limits`);
  }
}
