import { Migration } from "@mikro-orm/migrations";

const PROVENANCE = "contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now()";

/** Vehicle evidence (remote sensing, black smoke, OBD) and the non-road mobile machinery registry. */
export class Migration20261128123340_evidence extends Migration {
  override up(): void {
    this.addSql(`create table environment.remote_sensing_tests (
      test_id text primary key, vin text not null, site_name text not null, at timestamptz not null,
      result text not null check (result in ('PASS', 'FAIL')), measured_values jsonb not null, ${PROVENANCE})`);
    // a vehicle's tests, newest first; the list's order
    this.addSql(`create index remote_sensing_tests_vin_index on environment.remote_sensing_tests (vin, at)`);
    this.addSql(`create index remote_sensing_tests_at_index on environment.remote_sensing_tests (at, test_id)`);

    this.addSql(`create table environment.black_smoke_captures (
      capture_id text primary key, vin text not null, plate text not null, at timestamptz not null,
      camera_site text not null, ringelmann integer not null check (ringelmann between 0 and 5), ${PROVENANCE})`);
    this.addSql(`create index black_smoke_captures_vin_index on environment.black_smoke_captures (vin, at)`);
    this.addSql(`create index black_smoke_captures_at_index on environment.black_smoke_captures (at, capture_id)`);

    // the key's index serves a truck's records newest first
    this.addSql(`create table environment.obd_records (
      vin text not null, at timestamptz not null, nox_ppm double precision not null check (nox_ppm >= 0),
      fault_flags jsonb not null default '[]', ${PROVENANCE}, primary key (vin, at))`);
    this.addSql(`create index obd_records_at_index on environment.obd_records (at, vin)`);

    this.addSql(`create table environment.nonroad_machinery (
      registration_no text primary key, machine_type text not null, engine_stage text not null, owner_credit_code text not null,
      test_result text not null check (test_result in ('PASS', 'FAIL', 'NOT_TESTED')), locator_installed boolean not null,
      region_code text not null, ${PROVENANCE})`);
    this.addSql(`create index nonroad_machinery_region_index on environment.nonroad_machinery (region_code)`);
    this.addSql(`create index nonroad_machinery_owner_index on environment.nonroad_machinery (owner_credit_code)`);
  }

  override down(): void {
    this.addSql(`drop table environment.nonroad_machinery`);
    this.addSql(`drop table environment.obd_records`);
    this.addSql(`drop table environment.black_smoke_captures`);
    this.addSql(`drop table environment.remote_sensing_tests`);
  }
}
