import { Migration } from "@mikro-orm/migrations";

export class Migration20261128110634_init extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists environment`);
    this.addSql(`create table environment.regions (
      code text primary key, name text not null, name_en text not null,
      level text not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
      parent_code text, city_group text)`);
    this.addSql(`create index regions_parent_code_index on environment.regions (parent_code)`);
    this.addSql(`create table environment.monitoring_stations (
      code text primary key, name text not null, region_code text not null,
      latitude double precision not null, longitude double precision not null,
      control_level text not null, station_type text not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now())`);
    this.addSql(`create index monitoring_stations_region_code_index on environment.monitoring_stations (region_code)`);
    this.addSql(`create table environment.performance_grades (
      credit_code text primary key, grade text not null, graded_on date not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now())`);
    this.addSql(`create table environment.indicators (
      region_code text not null, metric text not null, period text not null,
      value double precision not null, unit text not null, source_department text not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now(),
      primary key (region_code, metric, period))`);
    this.addSql(`create table environment.targets (
      region_code text not null, metric text not null, period text not null,
      comparison text not null check (comparison in ('AT_MOST', 'AT_LEAST')),
      value double precision not null, source_clause text not null,
      primary key (region_code, metric, period))`);
  }

  override down(): void {
    this.addSql(`drop schema environment cascade`);
  }
}
