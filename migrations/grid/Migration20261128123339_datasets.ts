import { Migration } from "@mikro-orm/migrations";

const PROVENANCE = "contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now()";

/** Hourly electricity readings beside the daily ones, and coal-to-electricity households per county and year. */
export class Migration20261128123339_datasets extends Migration {
  override up(): void {
    // -1: the whole day; 0–23: one China-time hour of it
    this.addSql(`alter table grid.electricity_readings add column hour smallint not null default -1 check (hour between -1 and 23)`);
    this.addSql(`alter table grid.electricity_readings drop constraint electricity_readings_pkey`);
    this.addSql(`alter table grid.electricity_readings add constraint electricity_readings_pkey primary key (meter_no, day, hour)`);
    // earlier versions of readings were all whole-day: give them the key and values they have now
    this.addSql(`update grid.record_history
        set record_key = record_key || '["-1"]'::jsonb, values = values || '{"hour": -1}'::jsonb
      where dataset = 'ELECTRICITY_READINGS' and jsonb_array_length(record_key) = 2`);

    this.addSql(`create table grid.coal_to_electricity (
      county_code text not null, year integer not null, households integer not null check (households >= 0), ${PROVENANCE},
      primary key (county_code, year))`);
    this.addSql(`create index coal_to_electricity_year_index on grid.coal_to_electricity (year, county_code)`);
  }

  override down(): void {
    this.addSql(`drop table grid.coal_to_electricity`);
    this.addSql(`delete from grid.record_history where dataset = 'ELECTRICITY_READINGS' and record_key ->> 2 <> '-1'`);
    this.addSql(`update grid.record_history
        set record_key = record_key - 2, values = values - 'hour'
      where dataset = 'ELECTRICITY_READINGS' and jsonb_array_length(record_key) = 3`);
    this.addSql(`delete from grid.electricity_readings where hour <> -1`);
    this.addSql(`alter table grid.electricity_readings drop constraint electricity_readings_pkey`);
    this.addSql(`alter table grid.electricity_readings add constraint electricity_readings_pkey primary key (meter_no, day)`);
    this.addSql(`alter table grid.electricity_readings drop column hour`);
  }
}
