import { Migration } from "@mikro-orm/migrations";

export class Migration20261128110634_init extends Migration {
  override up(): void {
    this.addSql(`create schema if not exists public_security`);
    this.addSql(`create table public_security.vehicles (
      vin text primary key, plate_color text not null, vehicle_type text not null, fuel text not null,
      emission_stage text not null, registered_on date not null, region_code text not null,
      status text not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now())`);
    this.addSql(`create index vehicles_region_code_index on public_security.vehicles (region_code)`);
    // Plates are re-issued: a plate maps to a VIN only for [valid_from, valid_to).
    this.addSql(`create table public_security.plate_registrations (
      plate text not null, valid_from timestamptz not null, vin text not null, valid_to timestamptz,
      primary key (plate, valid_from),
      check (valid_to is null or valid_to > valid_from))`);
    this.addSql(`create index plate_registrations_vin_index on public_security.plate_registrations (vin)`);
    this.addSql(`create unique index plate_registrations_current on public_security.plate_registrations (plate) where valid_to is null`);
    this.addSql(`create table public_security.checkpoints (
      code text primary key, name text not null, region_code text not null,
      latitude double precision not null, longitude double precision not null, road text not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now())`);
    this.addSql(`create index checkpoints_region_code_index on public_security.checkpoints (region_code)`);
  }

  override down(): void {
    this.addSql(`drop schema public_security cascade`);
  }
}
