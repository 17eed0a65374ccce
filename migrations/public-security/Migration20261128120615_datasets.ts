import { Migration } from "@mikro-orm/migrations";

/** Registrations gain use, current plate and owner; entry permits; checkpoint passages. */
export class Migration20261128120615_datasets extends Migration {
  override up(): void {
    this.addSql(`alter table public_security.vehicles
      add column plate text, add column use text not null default 'NON_OPERATING',
      add column owner_name text, add column owner_id_number text`);
    this.addSql(`update public_security.vehicles v set plate = r.plate
      from public_security.plate_registrations r where r.vin = v.vin and r.valid_to is null`);
    this.addSql(`create index vehicles_plate_index on public_security.vehicles (plate)`);
    this.addSql(`create table public_security.entry_permits (
      permit_no text primary key, vin text not null, city_code text not null,
      valid_from date not null, valid_to date not null, zones jsonb not null, status text not null, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now(),
      check (valid_to >= valid_from))`);
    this.addSql(`create index entry_permits_vin_index on public_security.entry_permits (vin)`);
    this.addSql(`create table public_security.passages (
      checkpoint_code text not null, plate text not null, passed_at timestamptz not null,
      direction text not null check (direction in ('INBOUND', 'OUTBOUND')), vin text, contributed_by text not null, batch_id text not null, contributed_at timestamptz not null default now(),
      primary key (checkpoint_code, passed_at, plate))`);
    this.addSql(`create index passages_vin_time_index on public_security.passages (vin, passed_at)`);
  }

  override down(): void {
    this.addSql(`drop table public_security.passages`);
    this.addSql(`drop table public_security.entry_permits`);
    this.addSql(`alter table public_security.vehicles drop column plate, drop column use, drop column owner_name, drop column owner_id_number`);
  }
}
