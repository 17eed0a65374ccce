import { Migration } from "@mikro-orm/migrations";

/** Hourly observations of the monitoring stations, and heavy-pollution warnings per city. */
export class Migration20261128112947_air_quality extends Migration {
  override up(): void {
    this.addSql(`create table environment.observations (
      station_code text not null, hour timestamptz not null,
      pm25 double precision, pm10 double precision, so2 double precision, no2 double precision,
      co double precision, o3 double precision,
      minutes_sampled integer check (minutes_sampled between 0 and 60), valid boolean not null,
      contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now(), primary key (station_code, hour))`);
    this.addSql(`create index observations_hour_index on environment.observations (hour)`);
    this.addSql(`create table environment.warnings (
      id text primary key, region_code text not null,
      level text not null check (level in ('YELLOW', 'ORANGE', 'RED')),
      starts_at timestamptz not null, ends_at timestamptz, lifted_at timestamptz,
      reason text not null, issued_by text not null, issued_at timestamptz not null default now(),
      check (ends_at is null or ends_at > starts_at))`);
    this.addSql(`create index warnings_region_code_index on environment.warnings (region_code, starts_at)`);
    // Step one of HJ 663 kept up to date on every write: each region's hourly mean of its stations
    // (a station counts for its own region and, when that is a county, for its city).
    this.addSql(`create table environment.region_hourly (
      region_code text not null, hour timestamptz not null,
      pm25 double precision, pm10 double precision, so2 double precision, no2 double precision,
      co double precision, o3 double precision, primary key (region_code, hour))`);
  }

  override down(): void {
    this.addSql(`drop table environment.region_hourly`);
    this.addSql(`drop table environment.warnings`);
    this.addSql(`drop table environment.observations`);
  }
}
