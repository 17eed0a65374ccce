import { Migration } from "@mikro-orm/migrations";

export class Migration20261128110634_init extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists grid`);
    this.addSql(`create table grid.electricity_readings (
      meter_no text not null, day date not null, credit_code text not null,
      kwh double precision not null check (kwh >= 0), contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now(),
      primary key (meter_no, day))`);
    this.addSql(`create index electricity_readings_credit_code_day_index on grid.electricity_readings (credit_code, day)`);
  }

  override down(): void {
    this.addSql(`drop schema grid cascade`);
  }
}
